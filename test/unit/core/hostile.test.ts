/**
 * The hostile-repository corpus of issue 14 as properties: generated workspaces that a pull request
 * could commit (prototype names everywhere, alias bombs, deep nesting, YAML tags, binary and UTF-16
 * text, huge single lines, thousands of duplicates, hostile Markdown bodies). Every case must load and
 * check without a throw, without a rule failing, within a CPU-time and a memory bound. The bounds are
 * generous (seconds, hundreds of MB) so that they catch a hang or a blow-up on a busy shared machine;
 * speed belongs in `npm run bench`. `npm run fuzz` runs the same properties longer with random seeds.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseFile, type Diagnostic } from '../../../src/core';
import { config, workspaceOf } from '../support/memory';

const runs = (n: number): fc.Parameters<unknown> => ({
  seed: process.env.FUZZ ? undefined : 1414,
  numRuns: n * Number(process.env.FUZZ ?? 1),
  endOnFailure: true,
});

/** CPU seconds per case: a linear pass over these inputs takes well under a second; a quadratic one minutes. */
const MAX_SECONDS = 20;
const MAX_HEAP_GROWTH_MB = 768;
const TODAY = '2026-11-25';

const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
];
const protoName = fc.constantFrom(...PROTOTYPE_NAMES);
/** A name from the workspace: a prototype name, a plain one, or anything. */
const anyName = fc.oneof(protoName, fc.constantFrom('CA-1', 'R-1', 'HR', 'Alex Morgan', 'A.5.1', '9.2'), fc.string({ maxLength: 12 }));

/** YAML double-quoted, so that any text is one scalar. */
const q = (s: string): string => JSON.stringify(s);

/** Loads and checks `files`, bounded in time and heap growth; returns the diagnostics. */
function checkBounded(files: Record<string, string>, rules?: Record<string, 'off' | 'error'>): Diagnostic[] {
  const heapBefore = process.memoryUsage().heapUsed;
  // CPU time of this process, not wall time: other work on a shared machine does not count
  const started = process.cpuUsage();
  const ws = workspaceOf(files);
  const diags = ws.check({ today: TODAY, rules }).all();
  for (const name of Object.keys(files)) parseFile(`/isms/${name}`, files[name]);
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  const grownMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  assert.ok(seconds < MAX_SECONDS, `took ${seconds.toFixed(1)} s of CPU`);
  assert.ok(grownMb < MAX_HEAP_GROWTH_MB, `heap grew ${grownMb.toFixed(0)} MB`);
  // a rule that throws becomes a "Rule … failed" diagnostic: there must be none
  assert.deepEqual(
    diags.filter((d) => d.message.includes('failed on this file')),
    [],
  );
  return diags;
}

/** A line of `size` characters made of one troublesome unit repeated. */
const hugeLine = (minKb: number, maxKb: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(
        '(',
        ' ',
        '- ',
        '[',
        '[a](',
        '`',
        '<',
        '*a ',
        '#',
        '\t',
        'a',
        '.',
        '0',
        'a ',
        '\\',
        '"',
        "'",
        ':',
        '{',
        '&a ',
        '*',
        '1. ',
        '> ',
      ),
      fc.integer({ min: minKb, max: maxKb }),
    )
    .map(([unit, kb]) => unit.repeat(Math.ceil((kb * 1024) / unit.length)));

describe('hostile workspaces (property suite, issue 14)', function () {
  this.timeout(0);

  it('prototype names as kinds, keys, ids, references, departments, people and rule names', () => {
    fc.assert(
      fc.property(protoName, anyName, anyName, anyName, protoName, (kind, key, id, dep, rule) => {
        const files = {
          'isms.yaml': config(
            `top-management: [${q(dep)}]\ndepartments:\n  - { id: ${q(dep)}, owner: ${q(id)}, owns: [${q(key)}] }\nstandards: [${q(kind)}, iso27001:2022]\n`,
          ),
          'x.yaml': `isms: ${kind}\nrecords:\n  - { id: ${q(id)}, ${q(key)}: ${q(id)} }\n`,
          'ca.yaml': `isms: corrective-actions\nrecords:\n  - { id: ${q(id)}, source: ${q(key)}, owner: ${q(dep)}, department: ${q(dep)}, status: open, due: 2026-01-01, ${q(key)}: 1 }\n`,
          'mr.md': `---\nisms: management-review\nid: ${q(key)}\ndate: 2026-03-01\nattendees: [${q(dep)}]\nstandards: [${q(kind)}]\ninputs: { ${q(key)}: x }\n---\n## ${key}\n`,
          'p.yaml': `isms: people\nrecords:\n  - { id: ${q(id)}, name: ${q(dep)}, department: ${q(dep)} }\n`,
          [`${kind}.md`]: `---\nisms: ${q(key)}\n---\n`,
        };
        const diags = checkBounded(files, { [rule]: 'off', [key]: 'error' });
        assert.ok(
          diags.some((d) => d.code === 'ISMS005' && d.file.endsWith('x.yaml')),
          'the prototype-named kind is unknown',
        );
        assert.ok(
          diags.some((d) => d.code === 'ISMS301'),
          'the overdue action is still reported',
        );
      }),
      runs(40),
    );
  });

  it('alias bombs, deep nesting and YAML tags in records', () => {
    const bomb = fc.integer({ min: 2, max: 9 }).map((levels) => {
      let yaml = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
      for (let i = 1; i <= levels; i++)
        yaml += `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]\n`;
      return yaml;
    });
    const nested = fc
      .tuple(fc.constantFrom('[', '{a: ', '- ', '? '), fc.integer({ min: 100, max: 10_000 }))
      .map(([open, depth]) =>
        open === '- '
          ? Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')
          : `deep: ${open.repeat(depth)}x`,
      );
    const tag = fc.constantFrom(
      '!!binary aGVsbG8=',
      '!!timestamp 2026-01-01',
      '!!set { a, b }',
      '!!omap [ a: 1 ]',
      '!!js/function "() => 1"',
      '!custom { run: true }',
      '!!map {}',
      '!<tag:x> y',
      '!!str 007',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          bomb,
          nested,
          tag.map((t) => `title: ${t}\nstatus: ${t}\nsource: ${t}`),
        ),
        fc.boolean(),
        (yaml, markdown) => {
          const files = {
            'isms.yaml': config(),
            'ok.yaml': 'isms: corrective-actions\nrecords:\n  - { id: CA-1, status: open, due: 2026-01-01, owner: Ann }\n',
            ...(markdown
              ? { 'r.md': `---\nisms: risk\nid: R-1\n${yaml}\n---\n` }
              : { 'r.yaml': `isms: risks\nrecords:\n  - id: R-1\n${yaml.replace(/^/gm, '    ')}\n` }),
          };
          const diags = checkBounded(files);
          assert.ok(
            diags.some((d) => d.code === 'ISMS301'),
            'the rest is still checked',
          );
        },
      ),
      runs(15),
    );
  });

  it('binary, UTF-16 and control characters in ISMS files', () => {
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 4000 }).map((b) => String.fromCharCode(...b));
    const utf16 = fc
      .string({ maxLength: 200 })
      .map((s) => `\ufeff${[...`isms: risks\nrecords:\n  - id: ${s}\n`].map((c) => `${c}\u0000`).join('')}`);
    const controls = fc
      .array(fc.constantFrom('\u0000', '\u001b[2J', '\u0085', '\u2028', '\r', '\r\n', '\ufeff', '\ud800', '::error::x'), { maxLength: 20 })
      .map((a) => a.join('x'));
    fc.assert(
      fc.property(fc.oneof(bytes, utf16, controls), fc.constantFrom('a.md', 'a.yaml'), (junk, name) => {
        checkBounded({
          'isms.yaml': config(),
          [name]: junk,
          [`b-${name}`]: name.endsWith('.md')
            ? `---\nisms: risk\nid: ${q(junk)}\ntitle: ${q(junk)}\n---\n${junk}`
            : `isms: risks\nrecords:\n  - { id: ${q(junk)}, title: ${q(junk)} }\n`,
        });
      }),
      runs(40),
    );
  });

  it('huge single lines in ids, names, scopes, references and review bodies', () => {
    fc.assert(
      fc.property(
        hugeLine(16, 200),
        fc.constantFrom('id', 'title', 'attendees', 'scope', 'owner', 'department', 'source', 'body', 'top-management'),
        (line, where) => {
          const value = q(line);
          const files: Record<string, string> = {
            'isms.yaml': config(
              where === 'top-management'
                ? `top-management: [${value}, Alex Morgan]\n`
                : 'top-management: [Alex Morgan, Dana Lee]\ndepartments:\n  - { id: HR, owner: Dana Lee, owns: [A.6.3] }\n',
            ),
            'mr.md': `---\nisms: management-review\nid: ${where === 'id' ? value : 'MR-1'}\ndate: 2026-03-01\nstatus: done\nattendees: [${where === 'attendees' ? value : 'Alex Morgan'}]\n---\n## Inputs\n\n${where === 'body' ? line : 'Minutes.'}\n`,
            'ia.yaml': `isms: internal-audits\nrecords:\n  - { id: IA-1, planned: 2026-05-12, scope: [${where === 'scope' ? value : 'A.5.1'}], department: ${where === 'department' ? value : 'HR'} }\n`,
            'ca.yaml': `isms: corrective-actions\nrecords:\n  - { id: CA-1, title: ${where === 'title' ? value : 'x'}, owner: ${where === 'owner' ? value : 'Ann'}, source: ${where === 'source' ? value : 'other'}, status: open, due: 2026-01-01 }\n`,
          };
          checkBounded(files);
        },
      ),
      runs(30),
    );
  });

  it('hostile Markdown bodies of management reviews', () => {
    const unit = fc.constantFrom(
      '- ',
      '> ',
      '[a](',
      '*a ',
      '  - x\n',
      '1. ',
      '- x\n  - y\n',
      '`',
      '<a ',
      '![',
      '_a ',
      '\\',
      '## ',
      '```\n',
      '| a |\n',
      '***\n',
      '[^',
      '&#',
      '<!--',
    );
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 3 }), fc.integer({ min: 4, max: 64 }), (units, kb) => {
        const pattern = units.join('');
        const body = pattern.repeat(Math.ceil((kb * 1024) / pattern.length));
        checkBounded({
          'isms.yaml': config(),
          'mr.md': `---\nisms: management-review\nid: MR-1\ndate: 2026-03-01\n---\n${body}\n## Audit results\n`,
        });
      }),
      runs(25),
    );
  });

  it('thousands of records sharing an id, or one record with thousands of keys', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 3000 }), fc.boolean(), fc.constantFrom('R-1', '__proto__', 'toString'), (n, sameId, id) => {
        const register = sameId
          ? `isms: risks\nrecords:\n${`  - { id: ${q(id)}, title: x }\n`.repeat(n)}`
          : `isms: risks\nrecords:\n  - id: ${q(id)}\n${Array.from({ length: n * 10 }, (_, i) => `    k${i}: ${i}`).join('\n')}\n`;
        const diags = checkBounded({
          'isms.yaml': config(),
          'r.yaml': register,
          'ca.yaml': `isms: corrective-actions\nrecords:\n${`  - { id: CA-x, source: ${q(id)} }\n`.repeat(n)}`,
        });
        for (const d of diags) assert.ok((d.related?.length ?? 0) <= 20, `${d.code} lists ${d.related?.length} related places`);
      }),
      runs(6),
    );
  });
});
