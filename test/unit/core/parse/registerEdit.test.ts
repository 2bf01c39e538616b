import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseFile, type ParsedFile } from '../../../../src/core/parse/parseFile';
import { reparseEntry } from '../../../../src/core/parse/registerEdit';
import { applyEntryEdit, entryEdit } from '../../support/registerEdits';

const FILE = '/isms/registers/actions.yaml';

const entry = (n: number, extra = ''): string =>
  `  - id: CA-${n}\n    source: IA-1-F${n}\n    owner: Sam\n    due: 2027-01-1${n % 10}\n${extra}    status: open\n    updated: 2026-11-20\n`;

/** A corrective-action register of `n` entries. */
const register = (n: number, extra = ''): string =>
  `isms: corrective-actions\n# the actions of the ISMS\nrecords:\n${Array.from({ length: n }, (_, i) => entry(i + 1, i === 1 ? extra : '')).join('')}`;

/** Parses `before`, then the edit both ways: the fast path's answer (or undefined) and the full parse. */
function both(before: string, after: string): { fast: ParsedFile | undefined; full: ParsedFile; previous: ParsedFile } {
  const previous = parseFile(FILE, before);
  return { fast: reparseEntry(previous, before, after), full: parseFile(FILE, after), previous };
}

describe('reparseEntry (issue 20.3: one register entry edited is re-read alone)', () => {
  it('re-reads an edit inside the last entry and gives what a full parse gives', () => {
    const before = register(4);
    const after = before.replace(/updated: 2026-11-20\n$/, 'updated: 2026-11-24\n');
    const { fast, full } = both(before, after);
    assert.ok(fast, 'the fast path is taken');
    assert.deepStrictEqual(fast, full);
    assert.equal(fast.records[3].data.updated, '2026-11-24');
  });

  it('keeps the records of the other entries as the same objects when no line is added', () => {
    const before = register(4);
    const after = before.replace('due: 2027-01-12', 'due: 2027-02-12');
    const { fast, full, previous } = both(before, after);
    assert.ok(fast);
    assert.deepStrictEqual(fast, full);
    assert.equal(fast.records[0], previous.records[0]);
    assert.notEqual(fast.records[1], previous.records[1]);
    assert.equal(fast.records[2], previous.records[2]);
  });

  it('moves the records after the entry by the lines an edit adds or removes, at the first entry too', () => {
    const before = `${register(3)}version: 2\n`;
    const added = before.replace('    owner: Sam\n', '    owner: Sam\n    root-cause: training\n');
    const grown = both(before, added);
    assert.ok(grown.fast);
    assert.deepStrictEqual(grown.fast, grown.full);
    assert.equal(grown.fast.records[2].range.start.line, grown.previous.records[2].range.start.line + 1);
    assert.equal(grown.fast.register?.fields.version.keyRange.start.line, grown.previous.register!.fields.version.keyRange.start.line + 1);
    const removed = both(added, before);
    assert.ok(removed.fast);
    assert.deepStrictEqual(removed.fast, removed.full);
  });

  it('carries what it learnt to the next edit: a run of edits equals the full parse each time', () => {
    let text = register(5);
    let parsed = parseFile(FILE, text);
    for (let i = 0; i < 5; i++) {
      const next = text.replace(`id: CA-${i + 1}\n`, `id: CA-${i + 1}\n    notes: edit ${i}\n      goes on\n`);
      const fast = reparseEntry(parsed, text, next);
      assert.ok(fast, `edit ${i} takes the fast path`);
      assert.deepStrictEqual(fast, parseFile(FILE, next));
      [text, parsed] = [next, fast];
    }
  });

  const fallsBack = (name: string, before: string, after: string): void => {
    it(`parses the whole file: ${name}`, () => {
      assert.notEqual(before, after, 'the case edits the text');
      const { fast, full } = both(before, after);
      assert.equal(fast, undefined);
      assert.ok(full.isIsms);
    });
  };
  fallsBack('an edit in the header', register(3), register(3).replace('# the actions', '# all actions'));
  fallsBack('the kind changed', register(3), register(3).replace('isms: corrective-actions', 'isms: risks'));
  fallsBack('an edit after the list', `${register(3)}version: 1\n`, `${register(3)}version: 2\n`);
  fallsBack('an entry split in two', register(3), register(3).replace('    owner: Sam\n', '  - id: CA-9\n    owner: Sam\n'));
  fallsBack('two entries joined', register(3), register(3).replace('  - id: CA-2\n', '    id2: CA-2\n'));
  fallsBack(
    'a syntax error in the entry',
    register(3),
    register(3).replace('owner: Sam\n    due: 2027-01-12', 'owner: [Sam\n    due: 2027-01-12'),
  );
  fallsBack(
    'a quote opened in one entry and closed in the next',
    register(3),
    register(3).replace('id: CA-2\n', 'id: "CA-2\n').replace('id: CA-3\n', 'id: CA-3"\n'),
  );
  fallsBack(
    'an anchor in the entry',
    register(3),
    register(3).replace('owner: Sam\n    due: 2027-01-12', 'owner: &o Sam\n    due: 2027-01-12'),
  );
  fallsBack(
    'an alias anywhere in the register',
    register(3, '    <<: &base { status: open }\n'),
    register(3, '    <<: &base { status: open }\n').replace('due: 2027-01-13', 'due: 2027-03-13'),
  );
  fallsBack(
    'two entries edited',
    register(3),
    register(3).replace('due: 2027-01-11', 'due: 2027-03-11').replace('due: 2027-01-13', 'due: 2027-03-13'),
  );
  fallsBack(
    'a directive',
    `%YAML 1.1\n---\n${register(3)}`,
    `%YAML 1.1\n---\n${register(3).replace('due: 2027-01-12', 'due: 2027-01-19')}`,
  );
  fallsBack(
    'a register in Markdown front matter',
    `---\n${register(3)}---\n`,
    `---\n${register(3).replace('due: 2027-01-12', 'due: 2027-01-19')}---\n`,
  );

  it('re-reads an entry that ends in an empty block scalar: the next entry ends it, as in the file', () => {
    const before = register(3);
    const { fast, full } = both(before, before.replace('    updated: 2026-11-20\n  - id: CA-2', '    notes: |\n  - id: CA-2'));
    assert.ok(fast);
    assert.deepStrictEqual(fast, full);
    assert.equal(fast.records[0].data.notes, '');
  });

  it('parses the whole file when the last parse had errors', () => {
    const broken = register(3).replace('owner: Sam\n    due: 2027-01-12', 'owner: [Sam\n    due: 2027-01-12');
    const previous = parseFile(FILE, broken);
    assert.ok(previous.unparsed);
    assert.equal(reparseEntry(previous, broken, broken.replace('due: 2027-01-11', 'due: 2027-02-11')), undefined);
  });

  describe('property: a fast re-read equals a full parse', () => {
    /** Registers of various shapes: entries at column 0 or indented, CRLF, comments, a key after the list, findings, no final break. */
    const bases = [
      register(4),
      register(1),
      `${register(3)}# trailing comment\n\n`,
      `${register(3)}approved: 2026-01-01\n`,
      register(3).replace(/\n/g, '\r\n'),
      register(3).replace(/\n$/, ''),
      `\ufeff${register(2)}`,
      register(3).replace(/^ {2}/gm, ''),
      register(3, '    notes: |\n      first\n\n      second\n  # between\n\n'),
      'isms: internal-audits\nrecords:\n  - id: IA-1\n    planned: 2026-06-10\n    findings:\n      - id: IA-1-F1\n        type: minor-nc\n      - id: IA-1-F2\n        type: observation\n  - id: IA-2\n    planned: 2026-07-10\n    findings:\n      - id: IA-2-F1\n        type: minor-nc\n',
    ];
    it('holds for any run of edits inside one entry, including ones that break the YAML or add and remove lines', () => {
      let fastTaken = 0;
      let edits = 0;
      fc.assert(
        fc.property(fc.constantFrom(...bases), fc.array(entryEdit, { minLength: 1, maxLength: 6 }), (base, run) => {
          let text = base;
          let parsed = parseFile(FILE, text);
          for (const e of run) {
            const next = applyEntryEdit(text, e);
            if (next === text) continue;
            const fast = reparseEntry(parsed, text, next);
            const full = parseFile(FILE, next);
            // an edit between two clean parses is the fast path's to take, unless it left its entry
            if (!parsed.unparsed && !full.unparsed && full.problems.length === 0) edits++;
            if (fast) {
              fastTaken++;
              assert.deepStrictEqual(fast, full);
            }
            [text, parsed] = [next, fast ?? full];
          }
        }),
        { seed: process.env.FUZZ ? undefined : 20261126, numRuns: 400 * Number(process.env.FUZZ ?? 1) },
      );
      // the property says something only if the fast path is taken often
      assert.ok(fastTaken > edits / 2, `fast path taken ${fastTaken} times in ${edits} edits between clean parses`);
    });
  });
});
