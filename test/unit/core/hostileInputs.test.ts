/**
 * Regression tests for the hostile-repository items of issue 14 that live in the parser and the core:
 * each input crashed, hung or gave a wrong answer before. Time bounds are generous (seconds): they
 * catch a quadratic blow-up on a busy machine, they are not speed tests.
 */
import * as assert from 'node:assert/strict';
import { KIND_FIELDS, legacyEquivalent, parseFile, REGISTER_KINDS } from '../../../src/core';
import { reviewPack } from '../../../src/core/export';
import { normaliseName, namesPerson } from '../../../src/core/people/names';
import { markdownSections } from '../../../src/core/parse/sections';
import { LineMap } from '../../../src/core/parse/positions';
import { codes, config, workspaceOf } from '../support/memory';

const TODAY = '2026-11-25';

/** Runs `body` and fails when it took more than `seconds` of this process's CPU time (other load does not count). */
function within<T>(seconds: number, what: string, body: () => T): T {
  const started = process.cpuUsage();
  const result = body();
  const used = process.cpuUsage(started);
  const ms = Math.round((used.user + used.system) / 1000);
  assert.ok(ms < seconds * 1000, `${what} took ${ms} ms of CPU (bound ${seconds} s)`);
  return result;
}

const PROTOTYPE_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('hostile inputs (issue 14)', function () {
  this.timeout(120_000);

  it('14.1: a register marked with a built-in object name is an unknown kind, and the rest is still checked', () => {
    for (const name of PROTOTYPE_NAMES) {
      const ws = workspaceOf({
        'isms.yaml': config(),
        'x.yaml': `isms: ${name}\nrecords:\n  - id: X-1\n    ${name}: 1\n`,
        'ca.yaml': 'isms: corrective-actions\nrecords:\n  - { id: CA-1, status: open, due: 2026-01-01, owner: Ann }\n',
      });
      const diags = ws.check({ today: TODAY, rules: { [name]: 'off' } }).all();
      assert.deepEqual(codes(diags, 'ISMS005'), ['x.yaml:1 ISMS005'], name);
      assert.ok(codes(diags, 'ISMS301').includes('ca.yaml:3 ISMS301'), `${name}: the overdue action is still reported`);
      assert.equal(ws.records('corrective-action').length, 1);
    }
    for (const name of PROTOTYPE_NAMES) {
      assert.equal(Object.hasOwn(REGISTER_KINDS, name), false);
      assert.equal(REGISTER_KINDS[name], undefined, name);
      assert.equal(KIND_FIELDS.risk[name], undefined, name);
      assert.equal(legacyEquivalent(name), undefined);
    }
  });

  it('14.1: prototype names as record keys are fields like any other', () => {
    const parsed = parseFile(
      '/isms/r.yaml',
      'isms: risks\nrecords:\n  - id: R-1\n    __proto__: polluted\n    constructor: x\n    toString: y\n',
    );
    const [rec] = parsed.records;
    assert.equal(rec.id, 'R-1');
    assert.deepEqual(Object.keys(rec.fields), ['id', '__proto__', 'constructor', 'toString']);
    assert.equal(Object.getPrototypeOf(rec.fields), null);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('14.2: 3,000 records sharing an id list a bounded number of the others', () => {
    const register = `isms: risks\nrecords:\n${'  - id: R-1\n'.repeat(3000)}`;
    const diags = within(20, 'checking 3,000 duplicates', () =>
      workspaceOf({ 'isms.yaml': config(), 'r.yaml': register }).check({ today: TODAY }).all(),
    );
    const dup = diags.filter((d) => d.code === 'ISMS003');
    assert.equal(dup.length, 3000);
    for (const d of dup) assert.ok((d.related?.length ?? 0) <= 20, `related: ${d.related?.length}`);
    assert.match(dup[0].message, /used by 3000 records\. The first 20 others are listed, and 2979 more\./);
  });

  it('14.4: a record with 100,000 keys parses in linear time, and a repeated key is still an error', () => {
    // quadratic, it took 41–59 s on an idle machine; linear, about a second
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const parsed = within(25, 'parsing 100,000 keys', () => parseFile('/isms/r.md', `---\nisms: risk\nid: R-1\n${keys}\n---\n`));
    assert.equal(parsed.records[0]?.id, 'R-1');
    assert.equal(Object.keys(parsed.records[0].fields).length, 100_002);
    const dup = parseFile('/isms/r.md', '---\nisms: risk\nid: R-1\ntitle: a\nlist: [{ a: 1, a: 2 }]\ntitle: b\n---\n');
    assert.deepEqual(dup.records, []);
    assert.deepEqual(
      dup.problems.map((p) => `${p.range.start.line}:${p.range.start.character} ${p.code}`),
      ['4:15 ISMS001', '5:0 ISMS001'],
    );
    assert.match(dup.problems[1].message, /Map keys must be unique \(‘title’\)/);
  });

  it('14.5: a management review whose body nests lists deeply is read in bounded time, its headings still found', () => {
    const deep = `${'- '.repeat(8000)}x\n`;
    const nested = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i % 40)}- item ${i}`).join('\n');
    for (const body of [deep, `${nested}\n`]) {
      const text = `---\nisms: management-review\nid: MR-1\ndate: 2026-03-01\n---\n## Status of actions\n\n${body}\n## Audit results\n\n\`\`\`\n## not a heading\n\`\`\`\n`;
      const parsed = within(8, `a body of ${body.length} characters`, () => parseFile('/isms/mr.md', text));
      assert.deepEqual([...(parsed.records[0].sections?.keys() ?? [])], ['status of actions', 'audit results']);
    }
    // an ordinary body still goes through remark: setext headings, headings in lists are not sections
    const lines = new LineMap('x');
    const normal = markdownSections('Inputs\n---\n\n- item\n\n  ## nested\n\n## Top *level*\n', 0, lines);
    assert.deepEqual([...normal.keys()], ['inputs', 'top level']);
  });

  it('14.9: a 100 KB attendee name of `(` is compared in linear time', () => {
    const hostile = '('.repeat(100_000);
    within(5, 'normalising the name', () => assert.equal(normaliseName(hostile), ''));
    assert.equal(normaliseName('Alex  Morgan (CEO), (Board'), 'alex morgan board');
    assert.ok(namesPerson('Alex Morgan (CEO)', 'alex morgan'));
    const ws = workspaceOf({
      'isms.yaml': config('top-management: [Alex Morgan, Dana Lee, Sam Roe]\n'),
      'mr.md': `---\nisms: management-review\nid: MR-1\ndate: 2026-03-01\nstatus: done\nattendees: ["${hostile}", "${hostile}x"]\n---\n`,
    });
    const diags = within(10, 'checking the review', () => ws.check({ today: TODAY }).all());
    assert.ok(codes(diags).includes('mr.md:6 ISMS205'), codes(diags).join(' '));
  });

  it('14.10: a 100 KB scope id `a<spaces>x` is looked up in linear time', () => {
    const hostile = `a${' '.repeat(100_000)}x`;
    within(5, 'the 2013 id check', () => assert.equal(legacyEquivalent(hostile), undefined));
    assert.deepEqual(legacyEquivalent('A . 12.3.1'), ['A.8.13']);
    assert.deepEqual(legacyEquivalent('a12.3.1'), ['A.8.13']);
    const ws = workspaceOf({
      'isms.yaml': config(),
      'ia.yaml': `isms: internal-audits\nrecords:\n  - { id: IA-1, planned: 2026-05-12, scope: ["${hostile}"] }\n`,
    });
    const diags = within(10, 'checking the audit', () => ws.check({ today: TODAY }).all());
    assert.ok(codes(diags, 'ISMS004').length === 1);
  });

  it('14.25: YAML merge keys merge, and tags still build nothing', () => {
    const register = `isms: corrective-actions
records:
  - id: CA-1
    title: first
    owner: Ann
    due: 2026-01-01
    <<: &closed
      status: closed
      closed: 2026-01-10
      effectiveness: Verified at the follow-up audit.
  - id: CA-2
    title: second
    owner: Ann
    due: 2026-01-01
    <<: *closed
    when: !!timestamp 2026-01-01
`;
    const ws = workspaceOf({ 'isms.yaml': config(), 'ca.yaml': register });
    const [, ca2] = ws.records('corrective-action');
    assert.equal(ca2.data.status, 'closed');
    assert.equal(ca2.data.when, '2026-01-01', 'the tag builds no Date');
    assert.equal(ca2.data['<<'], undefined);
    // a merged field points at the merge
    assert.equal(ca2.fields.status.keyRange.start.line, 14);
    const diags = ws.check({ today: TODAY }).all();
    assert.deepEqual(
      codes(diags).filter((c) => c.startsWith('ca.yaml')),
      [],
    );
  });

  it('14.29: an opening `---` followed by blanks is front matter', () => {
    for (const blanks of ['     ', '\t\t\t\t\t\t', ' '.repeat(10_000)]) {
      const parsed = parseFile('/isms/a.md', `---${blanks}\nisms: internal-audit\nid: IA-1\nplanned: 2026-01-01\n---\n`);
      assert.equal(parsed.records[0]?.id, 'IA-1');
    }
  });

  it('14.34: front matter that is never closed, or broken by CR only, is reported', () => {
    const unclosed = parseFile('/isms/a.md', '---\nisms: internal-audit\nid: IA-1\nplanned: 2026-01-01\n');
    assert.deepEqual(
      unclosed.problems.map((p) => p.code),
      ['ISMS001'],
    );
    assert.match(unclosed.problems[0].message, /not closed/);
    const mac = parseFile('/isms/a.md', '---\risms: internal-audit\rid: IA-1\rplanned: 2026-01-01\r---\r');
    assert.deepEqual(
      mac.problems.map((p) => p.code),
      ['ISMS001'],
    );
    assert.match(mac.problems[0].message, /CR only/);
    const diags = workspaceOf({ 'isms.yaml': config(), 'a.md': '---\nisms: risk\nid: R-1\n' }).check({ today: TODAY }).all();
    assert.deepEqual(codes(diags.filter((d) => d.file.endsWith('/a.md'))), ['a.md:1 ISMS001']);
    // a Markdown file that opens with a rule and has no `isms:` is somebody else's
    assert.deepEqual(parseFile('/isms/b.md', '---\n\nNotes\n').problems, []);
  });

  it('14.33: ids and references written as numbers keep their text', () => {
    const parsed = parseFile(
      '/isms/ca.yaml',
      'isms: corrective-actions\nrecords:\n  - { id: 007, source: 2026.10 }\n  - { id: 1e3 }\n  - { id: 12345678901234567890 }\n  - { id: 0x1F }\n',
    );
    assert.deepEqual(
      parsed.records.map((r) => r.id),
      ['007', '1e3', '12345678901234567890', '0x1F'],
    );
    assert.equal(parsed.records[0].data.source, '2026.10');
    const audit = parseFile(
      '/isms/ia.md',
      '---\nisms: internal-audit\nid: IA-1\nplanned: 2026-01-01\nscope: [9.10, 10.2]\nfindings:\n  - { id: 010, type: minor-nc }\n---\n',
    );
    assert.deepEqual(audit.records[0].data.scope, ['9.10', '10.2']);
    assert.equal(audit.records[1].id, '010');
    assert.equal(audit.records[1].parentId, 'IA-1');
  });

  it('14.33: `id: true` is reported, not a record without id and without a finding', () => {
    const diags = workspaceOf({ 'isms.yaml': config(), 'r.yaml': 'isms: risks\nrecords:\n  - { id: true, title: Flood }\n' })
      .check({ today: TODAY })
      .all();
    const invalid = diags.filter((d) => d.code === 'ISMS006');
    assert.equal(invalid.length, 1);
    assert.match(invalid[0].message, /‘id’ must be text, not ‘true’/);
  });

  it('14.32: overall phishing rates leave out simulations whose counts contradict each other', () => {
    const ws = workspaceOf({
      'isms.yaml': config(),
      'aw.yaml': `isms: awareness
records:
  - { id: AW-1, type: phishing-simulation, date: 2026-06-01, sent: 100, clicked: 10, reported: 50 }
  - { id: AW-2, type: phishing-simulation, date: 2026-07-01, sent: 100, clicked: 250, reported: 20 }
`,
    });
    const md = reviewPack(ws, TODAY).markdown;
    assert.ok(
      md.includes(
        'overall click rate **10.0 %**, report rate **50.0 %** (100 messages sent; 1 with more clicks or reports than messages left out).',
      ),
      md,
    );
  });
});
