import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, parseDocument } from 'yaml';
import {
  appendRegisterRecord,
  applyTextEdits,
  EditError,
  newRecordFile,
  replaceText,
  safeRecordFileName,
  setField,
} from '../../../../src/core/edit';
import { findFrontMatter } from '../../../../src/core/parse/frontMatter';

/** Lines of `after` that are not lines of `before`, in order (a cheap line diff for "only these changed"). */
function addedLines(before: string, after: string): string[] {
  const { from, to } = changedLines(before, after);
  assert.equal(from.length, 0, `lines were changed or removed:\n${from.join('\n')}`);
  return to;
}

/** The lines that differ between two texts, after their common prefix and suffix. */
function changedLines(before: string, after: string): { from: string[]; to: string[] } {
  const b = before.split('\n');
  const a = after.split('\n');
  let p = 0;
  while (p < b.length && p < a.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < b.length - p && s < a.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { from: b.slice(p, b.length - s), to: a.slice(p, a.length - s) };
}

const recordsOf = (text: string): unknown[] => (parse(text.replace(/^\ufeff/, '')) as { records: unknown[] }).records;

const REGISTER = `# Corrective actions of Acme Ltd — ISO 27001 10.2
isms: corrective-actions
defaults: { owner: &owner Sam Smith }   # an anchor, flow style
records:
  # 2026
  - id: CA-2026-001
    title: 'Quoted: title'     # keep me
    source: IA-2026-01-F1
    owner: *owner
    status: open
    notes: |
      line one

      line three

  - id: CA-2026-002   # second
    title: "Ünïcödé — Zoë's laptop"
    status: closed
# end of register
`;

const CA = {
  id: 'CA-2026-003',
  title: 'Remove leaver accounts within 24 hours',
  source: 'IA-2026-03-F1',
  due: '2026-04-30',
  status: 'open',
  effectiveness: null,
};

describe('edit: appendRegisterRecord', () => {
  it('appends after the last entry, indented like the others, keeping every other byte', () => {
    const after = applyTextEdits(REGISTER, appendRegisterRecord(REGISTER, CA));
    const added = addedLines(REGISTER, after);
    assert.deepEqual(added, [
      '', // the register separates its entries by a blank line
      '  - id: CA-2026-003',
      '    title: Remove leaver accounts within 24 hours',
      '    source: IA-2026-03-F1',
      '    due: 2026-04-30',
      '    status: open',
      '    effectiveness:',
    ]);
    assert.ok(after.endsWith('    effectiveness:\n# end of register\n'), 'the trailing comment stays last');
    const doc = parseDocument(after);
    assert.deepEqual(doc.errors, []);
    const records = recordsOf(after) as Record<string, unknown>[];
    assert.equal(records.length, 3);
    assert.deepEqual(records[2], { ...CA });
    assert.equal(records[0].owner, 'Sam Smith', 'the alias still resolves');
  });

  it('matches a non-default entry style (indentless `-`, wider gap)', () => {
    const text = 'isms: incidents\nrecords:\n-   id: INC-1\n    title: a\n';
    const after = applyTextEdits(text, appendRegisterRecord(text, { id: 'INC-2', title: 'b' }));
    assert.deepEqual(addedLines(text, after), ['-   id: INC-2', '    title: b']);
  });

  it('keeps CRLF line breaks and the byte order mark', () => {
    const text = '\ufeffisms: corrective-actions\r\nrecords:\r\n  - id: CA-1\r\n    title: x\r\n';
    const after = applyTextEdits(text, appendRegisterRecord(text, { id: 'CA-2', title: 'Zoë' }));
    assert.equal(after, '\ufeffisms: corrective-actions\r\nrecords:\r\n  - id: CA-1\r\n    title: x\r\n  - id: CA-2\r\n    title: Zoë\r\n');
  });

  it('handles a file without a final line break', () => {
    const text = 'isms: risks\nrecords:\n  - id: R-1';
    const after = applyTextEdits(text, appendRegisterRecord(text, { id: 'R-2' }));
    assert.equal(after, 'isms: risks\nrecords:\n  - id: R-1\n  - id: R-2');
  });

  it('starts the list when `records:` is empty, `[]`, null, or missing', () => {
    const cases: [string, string][] = [
      ['isms: risks\nrecords:\n', 'isms: risks\nrecords:\n  - id: R-1\n'],
      ['isms: risks\nrecords: # none yet\nother: 1\n', 'isms: risks\nrecords: # none yet\n  - id: R-1\nother: 1\n'],
      ['isms: risks\nrecords: []\n', 'isms: risks\nrecords:\n  - id: R-1\n'],
      ['isms: risks\nrecords: [] # none\n', 'isms: risks\nrecords: # none\n  - id: R-1\n'],
      ['isms: risks\nrecords: ~\n', 'isms: risks\nrecords:\n  - id: R-1\n'],
      ['isms: risks\n', 'isms: risks\nrecords:\n  - id: R-1\n'],
      ['isms: risks # register\n', 'isms: risks # register\nrecords:\n  - id: R-1\n'],
      ['', 'records:\n  - id: R-1\n'],
    ];
    for (const [before, expected] of cases) {
      const after = applyTextEdits(before, appendRegisterRecord(before, { id: 'R-1' }));
      assert.equal(after, expected, JSON.stringify(before));
      assert.deepEqual(recordsOf(after), [{ id: 'R-1' }]);
    }
  });

  it('keeps a blank line between entries when the register separates them so', () => {
    const text = 'isms: risks\nrecords:\n  - id: R-1\n\n  - id: R-2\n';
    const after = applyTextEdits(text, appendRegisterRecord(text, { id: 'R-3' }));
    assert.equal(after, 'isms: risks\nrecords:\n  - id: R-1\n\n  - id: R-2\n\n  - id: R-3\n');
    const dense = 'isms: risks\nrecords:\n  - id: R-1\n  - id: R-2\n';
    assert.equal(applyTextEdits(dense, appendRegisterRecord(dense, { id: 'R-3' })), `${dense}  - id: R-3\n`);
  });

  it('appends in flow style to a flow list', () => {
    const text = 'isms: risks\nrecords: [{ id: R-1 }]  # flow\n';
    const after = applyTextEdits(text, appendRegisterRecord(text, { id: 'R-2', title: 'a, b' }));
    assert.deepEqual(recordsOf(after), [{ id: 'R-1' }, { id: 'R-2', title: 'a, b' }]);
    assert.ok(after.endsWith('  # flow\n'));
  });

  it('refuses a file with YAML errors or without a list', () => {
    assert.throws(() => appendRegisterRecord('isms: risks\nrecords: [\n', { id: 'x' }), EditError);
    assert.throws(() => appendRegisterRecord('isms: risks\nrecords: 3\n', { id: 'x' }), EditError);
    assert.throws(() => appendRegisterRecord('- a\n- b\n', { id: 'x' }), EditError);
  });

  it('property: any record appended to a register parses back as before + [record]', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        ' ',
        ':',
        '#',
        "'",
        '"',
        '\n',
        '\r',
        '\t',
        '-',
        '[',
        '{',
        ',',
        '&',
        '*',
        '!',
        '|',
        '>',
        '%',
        '@',
        '`',
        'é',
        '日',
        '🙂',
        '\u2028',
        '\\',
      ),
    });
    const value = fc.oneof(
      text,
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('true', 'null', '123', '2026-04-30', '~', '- x', ': y', '#', ''),
    );
    const record = fc.dictionary(fc.constantFrom('id', 'title', 'owner', 'root-cause', 'text'), value, { minKeys: 1 });
    const registers = fc.constantFrom(
      REGISTER,
      REGISTER.replace(/\n/g, '\r\n'),
      '\ufeff' + REGISTER,
      'isms: corrective-actions\nrecords: []\n',
      'isms: corrective-actions\nrecords:\n',
      'isms: corrective-actions\nrecords:\n- id: A\n  title: x\n  # trailing\n',
      'isms: corrective-actions\nrecords:\n  - id: A\n    text: |+\n      keep\n\n\n',
    );
    fc.assert(
      fc.property(registers, record, (register, rec) => {
        const after = applyTextEdits(register, appendRegisterRecord(register, rec));
        const doc = parseDocument(after);
        assert.deepEqual(doc.errors, []);
        assert.deepEqual((doc.toJS().records as unknown[]).at(-1), { ...rec });
        assert.deepEqual(
          (parse(register.replace(/^\ufeff/, '')) as { records: unknown[] | null }).records ?? [],
          (doc.toJS().records as unknown[]).slice(0, -1),
        );
      }),
      { seed: process.env.FUZZ ? undefined : 1125, numRuns: 400 * Number(process.env.FUZZ ?? 1) },
    );
  });
});

const AUDIT_MD = `---
# internal audit, March
isms: internal-audit
id: IA-2026-03
title: Access control    # title comment
planned: 2026-03-12
scope: [A.5.15, A.5.18, "9.1"]
status: planned          # planned | done
findings:
  - id: IA-2026-03-F1
    type: minor-nc
    text: Leaver accounts not removed
  - { id: IA-2026-03-F2, type: observation, text: "Badge log: incomplete" }
  - id: IA-2026-03-F3
    type: minor-nc
    corrective-action:     # to be raised
---
Notes about the audit — Zoë interviewed.
`;

/** The range the engine gives a record: where its mapping starts. */
function targetOf(
  file: string,
  text: string,
  needle: string,
): { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  const start = { line: before.length - 1, character: before[before.length - 1].length };
  const lines = text.split('\n');
  return { file, range: { start, end: { line: lines.length - 1, character: 0 } } };
}

function frontMatterOf(text: string): Record<string, unknown> {
  const fm = findFrontMatter(text);
  assert.ok(fm);
  return parse(text.slice(fm.start, fm.end)) as Record<string, unknown>;
}

describe('edit: setField', () => {
  const fmTarget = targetOf('audits/IA-2026-03.md', AUDIT_MD, 'isms: internal-audit');

  it('replaces only the value of a front-matter field, keeping its comment', () => {
    const after = applyTextEdits(AUDIT_MD, setField(AUDIT_MD, fmTarget, ['status'], 'done'));
    assert.deepEqual(changedLines(AUDIT_MD, after), {
      from: ['status: planned          # planned | done'],
      to: ['status: done          # planned | done'],
    });
  });

  it('adds an absent key after the last one, inside the front matter', () => {
    const after = applyTextEdits(AUDIT_MD, setField(AUDIT_MD, fmTarget, 'performed', '2026-03-14'));
    assert.deepEqual(addedLines(AUDIT_MD, after), ['performed: 2026-03-14']);
    assert.equal(frontMatterOf(after).performed, '2026-03-14');
    assert.ok(after.includes('performed: 2026-03-14\n---\nNotes'));
  });

  it("sets a finding's corrective-action by path: block, flow and empty value", () => {
    let after = applyTextEdits(AUDIT_MD, setField(AUDIT_MD, fmTarget, ['findings', 0, 'corrective-action'], 'CA-2026-004'));
    assert.deepEqual(addedLines(AUDIT_MD, after), ['    corrective-action: CA-2026-004']);
    after = applyTextEdits(AUDIT_MD, setField(AUDIT_MD, fmTarget, ['findings', 1, 'corrective-action'], 'CA-2026-005'));
    assert.deepEqual(changedLines(AUDIT_MD, after).to, [
      '  - { id: IA-2026-03-F2, type: observation, text: "Badge log: incomplete", corrective-action: CA-2026-005 }',
    ]);
    assert.equal((frontMatterOf(after).findings as Record<string, unknown>[])[1]['corrective-action'], 'CA-2026-005');
    after = applyTextEdits(AUDIT_MD, setField(AUDIT_MD, fmTarget, ['findings', 2, 'corrective-action'], 'CA-2026-006'));
    assert.deepEqual(changedLines(AUDIT_MD, after).to, ['    corrective-action: CA-2026-006     # to be raised']);
  });

  it('targets a finding record directly (its own range) and a register entry', () => {
    const finding = targetOf('audits/IA-2026-03.md', AUDIT_MD, 'id: IA-2026-03-F3');
    const after = applyTextEdits(AUDIT_MD, setField(AUDIT_MD, finding, 'type', 'major-nc'));
    assert.equal((frontMatterOf(after).findings as Record<string, unknown>[])[2].type, 'major-nc');
    assert.equal((frontMatterOf(after).findings as Record<string, unknown>[])[0].type, 'minor-nc');

    const entry = targetOf('registers/ca.yaml', REGISTER, 'id: CA-2026-002');
    const closed = applyTextEdits(REGISTER, [...setField(REGISTER, entry, 'status', 'verified')]);
    assert.deepEqual(changedLines(REGISTER, closed), { from: ['    status: closed'], to: ['    status: verified'] });
    const dated = applyTextEdits(REGISTER, setField(REGISTER, entry, 'closed', '2026-05-02'));
    assert.deepEqual(addedLines(REGISTER, dated), ['    closed: 2026-05-02']);
    assert.ok(dated.includes('Zoë\'s laptop"\n    status: closed\n    closed: 2026-05-02\n# end of register'));
    const first = targetOf('registers/ca.yaml', REGISTER, 'id: CA-2026-001');
    const updated = applyTextEdits(REGISTER, setField(REGISTER, first, 'updated', '2026-04-02'));
    assert.deepEqual(addedLines(REGISTER, updated), ['    updated: 2026-04-02']);
    assert.equal((recordsOf(updated) as Record<string, unknown>[])[0].notes, 'line one\n\nline three\n', 'the block scalar is intact');
    assert.equal((recordsOf(updated) as Record<string, unknown>[])[0].updated, '2026-04-02');
  });

  it('quotes values that would not read back as the same string; CRLF kept', () => {
    const text = '---\r\nisms: corrective-action\r\nid: CA-1\r\neffectiveness:\r\n---\r\n';
    const target = targetOf('ca.md', text, 'isms:');
    const after = applyTextEdits(text, setField(text, target, 'effectiveness', 'Checked: no leavers # left'));
    assert.equal(after, '---\r\nisms: corrective-action\r\nid: CA-1\r\neffectiveness: "Checked: no leavers # left"\r\n---\r\n');
    const added = applyTextEdits(text, setField(text, target, 'closed', '2026-05-01'));
    assert.equal(added, '---\r\nisms: corrective-action\r\nid: CA-1\r\neffectiveness:\r\nclosed: 2026-05-01\r\n---\r\n');
    for (const v of ['true', '12', 'a\nb', ' x', "it's", '日本 ok']) {
      const t = applyTextEdits(text, setField(text, target, 'effectiveness', v));
      assert.equal(frontMatterOf(t).effectiveness, v);
    }
  });

  it('fails clearly when the path is not there', () => {
    assert.throws(() => setField(AUDIT_MD, fmTarget, ['findings', 7, 'type'], 'x'), /findings\.7/);
    assert.throws(() => setField('no front matter', { file: 'a.md', range: fmTarget.range }, 'status', 'x'), EditError);
  });
});

describe('edit: new record files', () => {
  it('writes front matter that the parser reads back, and a body', () => {
    const text = newRecordFile('management-review', {
      id: 'MR-2026-1',
      title: 'Spring review: "all" #1',
      date: '2026-04-20',
      attendees: ['Dana Lee'],
    });
    assert.ok(text.startsWith('---\nisms: management-review\nid: MR-2026-1\n'));
    assert.deepEqual(frontMatterOf(text), {
      isms: 'management-review',
      id: 'MR-2026-1',
      title: 'Spring review: "all" #1',
      date: '2026-04-20',
      attendees: ['Dana Lee'],
    });
    assert.ok(text.endsWith('---\n\n# Spring review: "all" #1\n'));
    assert.ok(newRecordFile('incident', { id: 'I-1' }, '## Timeline\n', '\r\n').endsWith('---\r\n\r\n## Timeline\r\n'));
  });

  it('makes safe, unique file names', () => {
    assert.equal(safeRecordFileName('CA-2026-004', []), 'CA-2026-004.md');
    assert.equal(safeRecordFileName('../../etc/passwd', []), 'etc-passwd.md');
    assert.equal(safeRecordFileName('/abs/path', []), 'abs-path.md');
    assert.equal(safeRecordFileName('C:\\Windows\\x', []), 'C-Windows-x.md');
    assert.equal(safeRecordFileName('CON', []), 'record-CON.md');
    assert.equal(safeRecordFileName('nul.txt', []), 'record-nul.txt.md');
    assert.equal(safeRecordFileName('com1', []), 'record-com1.md');
    assert.equal(safeRecordFileName('...', []), 'record.md');
    assert.equal(safeRecordFileName('Revue de direction — été', []), 'Revue-de-direction-été.md');
    assert.equal(safeRecordFileName('CA-1', ['ca-1.md', 'CA-1-2.md']), 'CA-1-3.md');
    const long = safeRecordFileName('x'.repeat(200), ['x'.repeat(77) + '.md']);
    assert.ok(long.length <= 80 && long.endsWith('-2.md'), long);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.string()), (id, taken) => {
        const name = safeRecordFileName(id, taken);
        assert.ok([...name].length <= 80);
        assert.ok(!/[/\\:*?"<>|\u0000-\u001f]/.test(name) && !name.startsWith('.') && !name.includes('..'), name);
        assert.ok(!taken.some((t) => t.toLowerCase() === name.toLowerCase()));
        assert.ok(!/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name), name);
      }),
    );
  });
});

describe('edit: replaceText', () => {
  it('replaces the legacy id inside the range, keeping quotes', () => {
    const text = 'isms: soa\nrecords:\n  - control: "A.12.3.1"   # backups\n';
    const range = { start: { line: 2, character: 13 }, end: { line: 2, character: 23 } };
    assert.equal(
      applyTextEdits(text, replaceText(text, range, 'A.12.3.1', 'A.8.13')),
      'isms: soa\nrecords:\n  - control: "A.8.13"   # backups\n',
    );
    assert.deepEqual(replaceText(text, range, 'A.9.2.1', 'A.5.16'), []);
  });
});

describe('edit: round trips keep every other byte', () => {
  // a BOM, CRLF, an anchor, flow style, comments, non-ASCII names, and a Markdown body indented with tabs
  const TABBED =
    '\ufeff---\r\n# règle : ne pas toucher\r\nisms: corrective-action\r\nid: CA-Ünï-1\r\ntitle: "Zoë\tand 日本"\r\nowner: &who Zoë Ångström\r\n' +
    'approver: *who\r\nstatus: open   # open | closed\r\ntags: [a, b]   # flow\r\n---\r\n# Body\r\n\r\n\tTab-indented paragraph — kept.\r\n\t\t- nested\tlist\r\n```\r\n\tcode\r\n```\r\n';
  const target = targetOf('ca.md', TABBED, 'isms:');
  const body = (text: string): string => text.slice(text.indexOf('# Body'));

  it('changes one value in a tab-indented Markdown record with a BOM and CRLF', () => {
    const after = applyTextEdits(TABBED, setField(TABBED, target, ['status'], 'closed'));
    assert.deepEqual(changedLines(TABBED, after), {
      from: ['status: open   # open | closed\r'],
      to: ['status: closed   # open | closed\r'],
    });
    assert.ok(after.startsWith('\ufeff---\r\n'), 'the BOM is kept');
    assert.equal(body(after), body(TABBED));
  });

  it('adds a key without touching the anchor, the alias, the flow list or the body', () => {
    const after = applyTextEdits(TABBED, setField(TABBED, target, 'closed', '2026-05-02'));
    assert.deepEqual(addedLines(TABBED, after), ['closed: 2026-05-02\r']);
    const fm = frontMatterOf(after.replace(/^\ufeff/, ''));
    assert.equal(fm.approver, 'Zoë Ångström', 'the alias still resolves');
    assert.equal(fm.title, 'Zoë\tand 日本');
    assert.equal(body(after), body(TABBED));
  });

  it('property: setting a field changes only its line, whatever the body, line breaks and BOM', () => {
    const bodyText = fc.array(
      fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\t', '\t\t- item', '---', '```', '  # x', 'status: open')),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        bodyText,
        fc.constantFrom('closed', 'open # not a comment', 'Zoë\t日本'),
        (bom, eol, lines, value) => {
          const text = `${bom ? '\ufeff' : ''}---${eol}isms: corrective-action${eol}id: CA-1${eol}status: open  # keep${eol}---${eol}${lines.join(eol)}${eol}`;
          const after = applyTextEdits(text, setField(text, targetOf('ca.md', text, 'isms:'), ['status'], value));
          const { from, to } = changedLines(text, after);
          assert.deepEqual(from, [`status: open  # keep${eol === '\r\n' ? '\r' : ''}`]);
          assert.equal(to.length, 1);
          assert.equal(frontMatterOf(after.replace(/^\ufeff/, '')).status, value);
          const bodyStart = (t: string): string => t.slice(t.indexOf(`---${eol}`, 4));
          assert.equal(bodyStart(after), bodyStart(text), 'the body is untouched');
        },
      ),
      { seed: process.env.FUZZ ? undefined : 1125, numRuns: 300 * Number(process.env.FUZZ ?? 1) },
    );
  });
});
