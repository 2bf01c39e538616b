import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  compareDiagnostics,
  currentText,
  IsmsWorkspace,
  KIND_FIELDS,
  type Diagnostic,
  type FileHost,
  type RecordKind,
} from '../../../../src/core';
import { parseFile } from '../../../../src/core/parse/parseFile';
import { codes, config, memoryHost, ROOT, workspaceOf } from '../../support/memory';
import { applyEntryEdit, entryEdit } from '../../support/registerEdits';

const TODAY = '2026-11-25';

const audit = (id: string, extra = ''): string =>
  `---\nisms: internal-audit\nid: ${id}\nplanned: 2026-06-10\nperformed: 2026-06-10\nauditor: Ravi\nscope: [A.5.18]\nfindings:\n  - id: ${id}-F1\n    type: minor-nc\n${extra}---\n`;
const caRegister = (source: string): string =>
  `isms: corrective-actions\n# keep me\nrecords:\n  - id: CA-1\n    source: ${source}\n    owner: Sam\n    due: 2027-01-10\n    root-cause: x\n    status: open\n    updated: 2026-11-20\n`;

/** A register of three corrective actions; the middle one's source and status vary. */
const multi = (source: string, status: string): string =>
  `isms: corrective-actions\nrecords:\n  - id: CA-1\n    source: IA-1-F1\n    status: open\n  - id: CA-2\n    source: ${source}\n    status: ${status}\n  - id: CA-3\n    source: IA-2-F1\n    status: closed\n`;

/** Every kind's records in the order records(kind) gives them. */
const kindLists = (ws: IsmsWorkspace): string[][] =>
  (Object.keys(KIND_FIELDS) as RecordKind[]).map((kind) => ws.records(kind).map((r) => `${kind} ${r.file} ${r.id} ${r.range.start.line}`));

const strip = (ds: readonly Diagnostic[]): string[] =>
  ds.map((d) => `${d.file}:${d.range.start.line}:${d.range.start.character} ${d.code} ${d.severity} ${d.message}`);

describe('IsmsWorkspace', () => {
  it('indexes records by id and references both ways', () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'a.md': audit('IA-1'), 'ca.yaml': caRegister('IA-1-F1') });
    assert.equal(ws.recordsById('IA-1-F1')[0].parentId, 'IA-1');
    assert.deepEqual(
      ws.referencesTo('IA-1-F1').map((r) => [r.record.id, r.field]),
      [['CA-1', 'source']],
    );
    assert.equal(ws.recordAt(`${ROOT}/a.md`, { line: 8, character: 8 })?.id, 'IA-1-F1', 'innermost record: the finding');
    assert.equal(ws.recordAt(`${ROOT}/a.md`, { line: 3, character: 2 })?.id, 'IA-1');
  });

  it('re-checks a finding when a corrective action naming it appears in another file', () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'a.md': audit('IA-1') });
    const first = ws.check({ today: TODAY });
    assert.deepEqual(codes(first.all(), 'ISMS305'), ['a.md:9 ISMS305']);
    ws.setFile(`${ROOT}/ca.yaml`, caRegister('IA-1-F1'));
    const second = ws.check({ today: TODAY });
    assert.deepEqual(codes(second.all(), 'ISMS305'), []);
    assert.ok(second.changed.has(`${ROOT}/a.md`), 'the audit file is republished');
  });

  it('reports only files whose diagnostics changed', () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'a.md': audit('IA-1'), 'b.md': audit('IA-2') });
    ws.check({ today: TODAY });
    ws.setFile(`${ROOT}/b.md`, audit('IA-2').replace('auditor: Ravi\n', ''));
    const result = ws.check({ today: TODAY });
    assert.deepEqual([...result.changed], [`${ROOT}/b.md`]);
    assert.equal(ws.check({ today: TODAY }).changed.size, 0, 'nothing changed, nothing to publish');
  });

  it('publishes an empty list for a deleted file once, then forgets it', () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'bad.md': '---\nisms: nonsense\n---\n' });
    assert.equal(codes(ws.check({ today: TODAY }).all(), 'ISMS005').length, 1);
    ws.deleteFile(`${ROOT}/bad.md`);
    const result = ws.check({ today: TODAY });
    assert.deepEqual(result.byFile.get(`${ROOT}/bad.md`), []);
    assert.ok(result.changed.has(`${ROOT}/bad.md`));
    assert.equal(ws.check({ today: TODAY }).byFile.has(`${ROOT}/bad.md`), false);
  });

  it("keeps each kind's records in file order when an earlier file is edited, added or emptied", () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'b.md': audit('IA-2'), 'd.md': audit('IA-4') });
    const order = () => ws.records('internal-audit').map((r) => r.id);
    assert.deepEqual(order(), ['IA-2', 'IA-4']);
    const held = ws.records('internal-audit');
    ws.setFile(`${ROOT}/b.md`, audit('IA-3'));
    assert.deepEqual(order(), ['IA-3', 'IA-4'], 'edited in place');
    ws.setFile(`${ROOT}/a.md`, audit('IA-1'));
    ws.setFile(`${ROOT}/c.md`, audit('IA-5'));
    assert.deepEqual(order(), ['IA-1', 'IA-3', 'IA-5', 'IA-4'], 'new files in their place');
    ws.setFile(`${ROOT}/c.md`, 'not: isms\n');
    ws.deleteFile(`${ROOT}/a.md`);
    assert.deepEqual(order(), ['IA-3', 'IA-4'], 'gone');
    assert.deepEqual(
      held.map((r) => r.id),
      ['IA-2', 'IA-4'],
      'a list handed out before is never changed',
    );
  });

  it("answers one file's diagnostics without the whole map, and refuses to mix a result with a later check", () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'a.md': audit('IA-1'), 'bad.md': '---\nisms: nonsense\n---\n' });
    const first = ws.check({ today: TODAY });
    assert.deepEqual(
      first.diagnosticsOf(`${ROOT}/bad.md`).map((d) => d.code),
      ['ISMS005'],
    );
    assert.deepEqual(first.diagnosticsOf(`${ROOT}/nowhere.md`), []);
    const bad = first.byFile.get(`${ROOT}/bad.md`);
    assert.deepEqual(bad, first.diagnosticsOf(`${ROOT}/bad.md`));
    const second = ws.check({ today: TODAY });
    assert.throws(() => first.all(), /read after a later check/);
    assert.throws(() => first.diagnosticsOf(`${ROOT}/bad.md`), /read after a later check/);
    assert.throws(() => first.byFile, /read after a later check/);
    assert.deepEqual(second.diagnosticsOf(`${ROOT}/bad.md`), bad);
    assert.deepEqual(second.all(), [...second.byFile.values()].flat());
  });

  it('applies severity overrides by code or slug, and "off"', () => {
    const files = { 'isms.yaml': config(), 'a.md': audit('IA-1') };
    const ws = workspaceOf(files);
    assert.equal(
      ws
        .check({ today: TODAY, rules: { ISMS305: 'error' } })
        .all()
        .find((d) => d.code === 'ISMS305')?.severity,
      'error',
    );
    assert.equal(
      ws
        .check({ today: TODAY, rules: { 'nonconformity-without-action': 'off' } })
        .all()
        .some((d) => d.code === 'ISMS305'),
      false,
    );
  });

  it('skips an unsaved buffer over the size limit, as it would the file on disk', () => {
    const ws = workspaceOf({ 'isms.yaml': config() });
    ws.setFile(`${ROOT}/big.yaml`, `isms: risks\nrecords:\n${'  - id: R\n'.repeat(600_000)}`);
    assert.deepEqual(codes(ws.check({ today: TODAY }).all(), 'ISMS009'), ['big.yaml:1 ISMS009']);
    assert.equal(ws.records('risk').length, 0);
  });

  it('reports a file the host skipped', () => {
    const ws = workspaceOf({ 'isms.yaml': config() });
    ws.skipFile(`${ROOT}/huge.yaml`, 'the file is 50.0 MB, over the 5 MB limit for ISMS files');
    const d = ws
      .check({ today: TODAY })
      .all()
      .find((x) => x.code === 'ISMS009');
    assert.match(d?.message ?? '', /50\.0 MB/);
  });

  it('diagnostics are sorted and deterministic', () => {
    const files = { 'isms.yaml': config(), 'b.md': audit('IA-2'), 'a.md': audit('IA-1'), 'c.yaml': caRegister('NOPE') };
    const one = strip(workspaceOf(files).check({ today: TODAY }).all());
    const two = strip(
      workspaceOf(Object.fromEntries(Object.entries(files).reverse()))
        .check({ today: TODAY })
        .all(),
    );
    assert.deepEqual(one, two);
    const all = workspaceOf(files).check({ today: TODAY }).all();
    assert.ok(all.length > 3);
    assert.deepEqual(all, [...all].sort(compareDiagnostics));
  });

  it('re-runs the rules that read files when a note changes its headings or a listed file goes, as a fresh check finds (issue 20.5)', () => {
    const doc =
      '---\nisms: document\nid: POL-1\ntitle: Access\nstatus: approved\n---\nSee [the plan](n.md#plan) and [the report](report.pdf).\n';
    const ev = 'isms: evidence\nrecords:\n  - { id: EV-1, control: A.5.18, performed: 2026-10-01, location: report.pdf }\n';
    const files: Record<string, string> = { 'isms.yaml': config(), 'doc.md': doc, 'ev.yaml': ev, 'n.md': '# Plan\n' };
    const live = workspaceOf(files);
    live.setListing([`${ROOT}/report.pdf`]);
    const found = (): string[] => codes(live.check({ today: TODAY }).all()).filter((c) => / ISMS9(05|63)$/.test(c));
    assert.deepEqual(found(), []);
    // a note that is no record: its heading goes, the link to it breaks
    live.setFile(`${ROOT}/n.md`, '# Other\n');
    assert.deepEqual(found(), ['doc.md:7 ISMS905']);
    // the PDF goes: the link and the evidence lead nowhere
    live.deleteFile(`${ROOT}/report.pdf`);
    assert.deepEqual(found(), ['doc.md:7 ISMS905', 'doc.md:7 ISMS905', 'ev.yaml:3 ISMS963']);
    // a file the host could not read still exists
    live.skipFile(`${ROOT}/report.pdf`, 'the file is unreadable');
    assert.deepEqual(found(), ['doc.md:7 ISMS905']);
    const fresh = workspaceOf({ ...files, 'n.md': '# Other\n' });
    fresh.skipFile(`${ROOT}/report.pdf`, 'the file is unreadable');
    assert.deepEqual(strip(live.check({ today: TODAY }).all()), strip(fresh.check({ today: TODAY }).all()));
  });

  it('keeps ISMS602 reports per department only while its overdue actions are the same, as a fresh check finds (issue 20.5)', () => {
    const ca = (id: string, dep: string, due: string): string =>
      `---\nisms: corrective-action\nid: ${id}\nsource: IA-1-F1\ndepartment: ${dep}\ndue: ${due}\nstatus: open\n---\n`;
    const files: Record<string, string> = {
      'isms.yaml': config('departments:\n  - { id: HR, owner: Sam }\n  - { id: OPS, owner: Ravi }\n'),
      'a.md': audit('IA-1'),
      'ca/7.md': ca('CA-7', 'OPS', '2026-01-01'),
      'ca/9.md': ca('CA-9', 'HR', '2026-03-01'),
    };
    const live = workspaceOf(files);
    const seen = (ws: IsmsWorkspace): string[] =>
      ws
        .check({ today: TODAY })
        .all()
        .filter((d) => d.code === 'ISMS602')
        .map((d) => `${d.message} ${JSON.stringify(d.related)}`);
    assert.equal(seen(live).length, 2);
    const steps: [string, string | undefined][] = [
      ['ca/8.md', ca('CA-8', 'OPS', '2026-02-01')],
      ['ca/8.md', ca('CA-8', 'HR', '2026-02-01')],
      ['ca/7.md', undefined],
      ['ca/9.md', ca('CA-9', 'HR', '2025-12-01')],
    ];
    for (const [file, text] of steps) {
      if (text === undefined) {
        live.deleteFile(`${ROOT}/${file}`);
        delete files[file];
      } else {
        live.setFile(`${ROOT}/${file}`, text);
        files[file] = text;
      }
      assert.deepEqual(seen(live), seen(workspaceOf(files)), `after ${file}`);
    }
  });

  describe('property: incremental re-check equals a check from scratch', () => {
    const fileNames = ['isms.yaml', 'a.md', 'b.md', 'ca.yaml', 'mr.md', 'n.md', 'ev.yaml'];
    const texts = [
      config(
        'certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n  audits:\n    - { type: surveillance-1, date: 2026-02-09, status: done }\n    - { type: surveillance-2, date: 2027-01-08 }\n',
      ),
      config(),
      audit('IA-1'),
      audit('IA-2', '    corrective-action: CA-1\n'),
      audit('IA-1'),
      caRegister('IA-1-F1'),
      caRegister('IA-2-F1'),
      caRegister('missing'),
      '---\nisms: management-review\nid: MR-1\ndate: 2026-01-10\nactions:\n  - id: A1\n    status: open\n---\n## Audit results\n',
      '---\nisms: management-review\nid: MR-2\ndate: 2026-09-10\n---\n',
      'isms: corrective-actions\nrecords: [',
      // a register with one broken entry between two good ones, and an audit whose front matter does not parse (issue 15.3)
      multi('[IA-1-F1', 'open'),
      multi('IA-1-F1', 'open').replace('  - id: CA-2\n', '  - id: CA-2\n   owner: Sam\n'),
      audit('IA-1', '    type: [minor\n'),
      '---\nisms: internal-audit\nid: IA-9\nplanned: 2026-02-30\n---\n',
      'not: isms\n',
      // registers that differ in one entry, or shift every entry: exercise the reuse of unchanged records
      multi('IA-1-F1', 'open'),
      multi('IA-1-F1', 'closed'),
      multi('missing', 'open'),
      `isms: corrective-actions\nrecords:\n  - id: CA-0\n    source: IA-2-F1\n${multi('IA-1-F1', 'open').split('records:\n')[1]}`,
      '---\nisms: management-review\nid: MR-1\ndate: 2026-01-10\nactions:\n  - id: A1\n    status: open\n---\n## Audit results\n## Risk assessment and treatment\n',
      // a longer register with a key after the list, for edits inside its entries (issue 20.3)
      `${multi('IA-1-F1', 'open')}${multi('IA-2-F1', 'closed').split('records:\n')[1].replace(/CA-/g, 'CA-1')}approved: 2026-01-05\n`,
      // issue 20.5: rules that read files (ISMS905 headings and files, ISMS963 files) re-run only when files
      // come and go or a Markdown text changes; ISMS602 and ISMS931 keep what they read across checks
      config('standards: [iso27001:2022]\ndepartments:\n  - { id: HR, owner: Sam, owns: [A.5.18] }\n'),
      '---\nisms: document\nid: POL-1\ntitle: Access\nstatus: approved\nimplements: [A.5.18]\nsatisfies: ["6.1.2"]\n---\nSee [the plan](n.md#plan), [the proof](ev.yaml#EV-1) and [the report](report.pdf).\n',
      '# Plan\n\nNotes.\n',
      '# Other\n',
      'isms: evidence\nrecords:\n  - { id: EV-1, control: A.5.18, performed: 2026-10-01, location: n.md }\n  - { id: EV-2, control: A.5.18, performed: 2026-10-02, location: report.pdf }\n',
      'isms: soa\nrecords:\n  - { control: A.5.18, applicable: true, justification: x, implementation: implemented }\n',
      // ISMS602 keeps each department's report while its overdue actions are the same objects, and the
      // workspace follows the per-kind list's splices without comparing it: two departments, actions moving between them
      config('departments:\n  - { id: HR, owner: Sam }\n  - { id: OPS, owner: Ravi }\n'),
      '---\nisms: corrective-action\nid: CA-7\nsource: IA-1-F1\nowner: Ravi\ndue: 2026-01-01\nstatus: open\n---\n',
      '---\nisms: corrective-action\nid: CA-8\nsource: IA-1-F1\ndepartment: HR\ndue: 2026-01-01\nstatus: in-progress\n---\n',
      '---\nisms: corrective-action\nid: CA-8\nsource: IA-1-F1\ndepartment: OPS\ndue: 2026-02-01\nstatus: in-progress\n---\n',
    ];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), file: fc.constantFrom(...fileNames), text: fc.constantFrom(...texts) }),
      fc.record({ kind: fc.constant('delete' as const), file: fc.constantFrom(...fileNames) }),
      fc.record({ kind: fc.constant('check' as const), today: fc.constantFrom('2026-11-25', '2027-03-01') }),
      // typing inside one entry of the register: re-read alone, it must give what a full parse gives
      fc.record({ kind: fc.constant('entry' as const), edit: entryEdit }),
      // a file that is no record (a PDF) listed by the host, or removed
      fc.record({ kind: fc.constant('pdf' as const), present: fc.boolean() }),
    );
    it('holds for any sequence of edits, deletes and checks', () => {
      fc.assert(
        fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
          const live = new IsmsWorkspace(ROOT);
          const files = new Map<string, string>();
          // a file that does not parse keeps what was last read from it (issue 15.3): the last text that parsed
          const lastGood = new Map<string, string>();
          let today = TODAY;
          // undefined: the host never listed the folder
          let pdf: boolean | undefined;
          const set = (file: string, text: string): void => {
            live.setFile(`${ROOT}/${file}`, text);
            files.set(file, text);
            const parsed = parseFile(`${ROOT}/${file}`, text);
            if (parsed.unparsed) return;
            if (parsed.isIsms) lastGood.set(file, text);
            else lastGood.delete(file);
          };
          for (const o of ops) {
            if (o.kind === 'set') set(o.file, o.text);
            else if (o.kind === 'entry') {
              const text = files.get('ca.yaml');
              if (text !== undefined) set('ca.yaml', applyEntryEdit(text, o.edit));
            } else if (o.kind === 'pdf') {
              if (o.present) live.setListing([...files.keys(), 'report.pdf'].map((f) => `${ROOT}/${f}`));
              else live.deleteFile(`${ROOT}/report.pdf`);
              if (o.present || pdf !== undefined) pdf = o.present;
            } else if (o.kind === 'delete') {
              live.deleteFile(`${ROOT}/${o.file}`);
              files.delete(o.file);
              lastGood.delete(o.file);
            } else {
              today = o.today;
              live.check({ today });
              kindLists(live); // every per-kind list exists now: later edits must splice them right
            }
          }
          const fresh = workspaceOf(Object.fromEntries(lastGood));
          if (pdf !== undefined) fresh.setListing(pdf ? [`${ROOT}/report.pdf`] : []);
          for (const [file, text] of files) fresh.setFile(`${ROOT}/${file}`, text);
          const [liveResult, freshResult] = [live.check({ today }), fresh.check({ today })];
          assert.deepEqual(strip(liveResult.all()), strip(freshResult.all()));
          // a report kept across checks (ISMS602) points at the actions as they are now
          const related = (ds: readonly Diagnostic[]): string[] => ds.map((d) => JSON.stringify(d.related ?? []));
          assert.deepEqual(related(liveResult.all()), related(freshResult.all()));
          assert.deepEqual(
            [...liveResult.byFile.keys()].filter((f) => live.has(f)),
            [...freshResult.byFile.keys()],
          );
          // the per-kind lists, spliced file by file on every edit, are those a fresh index builds
          assert.deepEqual(kindLists(live), kindLists(fresh));
          // every record as read, ranges included: a register entry re-read alone equals the full parse
          assert.deepStrictEqual(live.records(), fresh.records());
          for (const kind of ['corrective-action', 'internal-audit'] as const)
            assert.deepStrictEqual(live.registers(kind), fresh.registers(kind));
        }),
        { seed: process.env.FUZZ ? undefined : 20261125, numRuns: 300 * Number(process.env.FUZZ ?? 1) },
      );
    });

    // issue 20.4: the language server holds the texts of open files only, a hash of the others, and reads a
    // closed file again when an edit is computed for it; a file changed on disk meanwhile is parsed again
    const diskOp = fc.oneof(
      op,
      fc.record({ kind: fc.constant('open' as const), file: fc.constantFrom(...fileNames) }),
      fc.record({ kind: fc.constant('close' as const), file: fc.constantFrom(...fileNames) }),
      // the file changes on disk, and no event says so (a pull, another editor) until it is read again
      fc.record({ kind: fc.constant('disk' as const), file: fc.constantFrom(...fileNames), text: fc.constantFrom(...texts) }),
      fc.record({ kind: fc.constant('read' as const), file: fc.constantFrom(...fileNames) }),
    );
    it('holds when only open files keep their text and closed ones are read again from disk', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(diskOp, { maxLength: 25 }), async (ops) => {
          const live = new IsmsWorkspace(ROOT, { holdTexts: 'open' });
          const disk = new Map<string, string>();
          const host = (): FileHost => memoryHost(Object.fromEntries([...disk].map(([f, t]) => [`${ROOT}/${f}`, t])));
          // what the workspace last read of each file; the disk may be ahead of it
          const read = new Map<string, string>();
          const lastGood = new Map<string, string>();
          const open = new Set<string>();
          let today = TODAY;
          const noteRead = (file: string, text: string): void => {
            read.set(file, text);
            const parsed = parseFile(`${ROOT}/${file}`, text);
            if (parsed.unparsed) return;
            if (parsed.isIsms) lastGood.set(file, text);
            else lastGood.delete(file);
          };
          const feed = (file: string, text: string): void => {
            live.setFile(`${ROOT}/${file}`, text);
            noteRead(file, text);
          };
          for (const o of ops) {
            const path = 'file' in o ? `${ROOT}/${o.file}` : '';
            if (o.kind === 'set') {
              disk.set(o.file, o.text);
              feed(o.file, o.text);
            } else if (o.kind === 'entry') {
              const text = read.get('ca.yaml');
              if (text !== undefined && open.has('ca.yaml')) feed('ca.yaml', applyEntryEdit(text, o.edit));
            } else if (o.kind === 'delete') {
              live.deleteFile(path);
              disk.delete(o.file);
              read.delete(o.file);
              lastGood.delete(o.file);
            } else if (o.kind === 'open') {
              open.add(o.file);
              live.setOpen(path, true);
              const text = read.get(o.file);
              if (text !== undefined) live.setFile(path, text);
            } else if (o.kind === 'close') {
              open.delete(o.file);
              live.setOpen(path, false);
            } else if (o.kind === 'disk') {
              if (!open.has(o.file) && read.has(o.file)) disk.set(o.file, o.text);
            } else if (o.kind === 'read') {
              const text = await currentText(host(), live, path);
              if (!read.has(o.file)) assert.equal(text, undefined);
              else {
                // held (open, Markdown, isms.yaml): what was read; else the disk as it is now, which the index then follows
                const expected =
                  open.has(o.file) || !o.file.endsWith('.yaml') || o.file === 'isms.yaml' ? read.get(o.file) : disk.get(o.file);
                assert.equal(text, expected);
                if (text !== undefined) noteRead(o.file, text);
              }
            } else if (o.kind === 'check') {
              today = o.today;
              live.check({ today });
              kindLists(live);
            }
          }
          // only open files, Markdown files and the isms.yaml keep their text; the others a hash
          for (const file of read.keys())
            assert.equal(live.textOf(`${ROOT}/${file}`) !== undefined, open.has(file) || !/^(ca|ev)\.yaml$/.test(file), file);
          const fresh = workspaceOf(Object.fromEntries(lastGood));
          for (const [file, text] of read) fresh.setFile(`${ROOT}/${file}`, text);
          const [liveResult, freshResult] = [live.check({ today }), fresh.check({ today })];
          assert.deepEqual(strip(liveResult.all()), strip(freshResult.all()));
          assert.deepEqual(kindLists(live), kindLists(fresh));
          assert.deepStrictEqual(live.records(), fresh.records());
        }),
        { seed: process.env.FUZZ ? undefined : 20261126, numRuns: 150 * Number(process.env.FUZZ ?? 1) },
      );
    });
  });
});
