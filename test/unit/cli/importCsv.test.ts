/**
 * `isms import csv FILE --kind KIND [dir]` (issue 19.5), run in process on a temporary ISMS folder: the
 * round trip from `isms export csv`, malformed files (nothing written, row numbers), --skip-bad,
 * --dry-run, comments kept, BOM and CRLF, spreadsheet headers and values.
 */
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadIsmsFolder, type RecordKind } from '../../../src/core';
import { nodeFileHost } from '../../../src/node/fsHost';
import { runIsms, type CliRun } from '../support/cliInProcess';

const TODAY = '2026-11-25';
const SAMPLE = path.resolve('examples/acme');

const RISKS = `# Risk register, kept by hand
isms: risks
records:
  # the first one
  - id: R-001   # from the 2025 assessment
    title: Account takeover
    likelihood: 3
    impact: 5
`;

describe('isms import csv', function () {
  this.timeout(60_000);
  let dir: string;
  const registers = (name: string): string => path.join(dir, 'empty', 'registers', name);
  const csv = (text: string, name = 'in.csv'): string => {
    writeFileSync(path.join(dir, name), text);
    return name;
  };
  const isms = (...args: string[]): Promise<CliRun> => runIsms(dir, TODAY, args);
  /** The records of a kind in a folder, without where they are written: their data only. */
  const data = async (folder: string, kind: RecordKind): Promise<unknown[]> =>
    (await loadIsmsFolder(nodeFileHost, path.join(dir, folder))).records(kind).map((r) => r.data);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms-import-csv-'));
    mkdirSync(path.join(dir, 'empty', 'registers'), { recursive: true });
    writeFileSync(path.join(dir, 'empty', 'isms.yaml'), 'isms: config\norganisation: Acme Cloud Ltd\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // not the risks nor the incidents: the sample gives two risks one id (ISMS003) and an incident 2026-02-30 (ISMS001)
  // on purpose, which the import refuses
  for (const kind of ['corrective-action', 'soa', 'objective', 'person', 'awareness', 'processing-activity', 'dpia'] as const) {
    it(`round trip: the sample's ${kind} records exported, imported into an empty ISMS, are the same records`, async () => {
      cpSync(SAMPLE, path.join(dir, 'sample'), { recursive: true });
      const out = await isms('export', 'csv', '--kind', kind, 'sample', '--out', 'out.csv');
      assert.equal(out.code, 0, out.stderr);
      const r = await isms('import', 'csv', 'out.csv', '--kind', kind, 'empty');
      assert.equal(r.code, 0, r.stderr);
      const before = await data('sample', kind);
      assert.ok(before.length > 0);
      // an empty field (`effectiveness:` with nothing after it) is an empty cell, and an empty cell no field
      const defined = (d: unknown): unknown =>
        Object.fromEntries(Object.entries(d as Record<string, unknown>).filter(([k, v]) => v !== null && k !== 'isms'));
      // the sample's SoA writes commas in flow mappings, which makes keys without values: carried by nothing
      assert.deepEqual(await data('empty', kind), before.map(defined));
    });
  }

  it('a malformed file writes nothing and reports every bad row with its line', async () => {
    writeFileSync(registers('risks.yaml'), RISKS);
    const r = await isms(
      'import',
      'csv',
      csv(
        'Risk ID,Title,Likelihood,Impact,Treatment,Reviewed\n' +
          'R-010,Good row,2,3,modify,2026-01-05\n' +
          'R-011,Bad date,2,3,modify,2026-02-30\n' +
          'R-012,Unknown value,2,3,ignore it,2026-01-05\n' +
          'R-001,Taken id,2,3,modify,2026-01-05\n' +
          'R-010,Twice in the file,2,3,modify,2026-01-05\n' +
          'R-013,Ragged,2,3\n' +
          'R-014,Not a number,high,3,modify,2026-01-05\n' +
          ',No id,2,3,modify,2026-01-05\n',
      ),
      '--kind',
      'risk',
      'empty',
    );
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.deepEqual(r.stderr.trimEnd().split('\n'), [
      "in.csv:3: reviewed: date '2026-02-30' is not a real calendar date",
      "in.csv:4: treatment: 'ignore it' is not one of modify, retain, avoid, share",
      'in.csv:5: id R-001 is already used (risk in risks.yaml)',
      'in.csv:6: id R-010 is also on line 2',
      'in.csv:7: 4 fields, the header has 6',
      "in.csv:8: likelihood: 'high' is not a number",
      'in.csv:9: no id',
      'isms: 7 bad rows; nothing written',
    ]);
    assert.equal(readFileSync(registers('risks.yaml'), 'utf8'), RISKS);
  });

  it('--skip-bad writes the good rows only, keeping the comments of the register', async () => {
    writeFileSync(registers('risks.yaml'), RISKS);
    const file = csv('id,title,likelihood\nR-002,Good,2\nR-003,Bad,two\nR-004,Good too,1\n');
    const r = await isms('import', 'csv', file, '--kind', 'risks', 'empty', '--skip-bad');
    assert.equal(r.code, 1, 'a bad row still fails the run');
    assert.match(r.stderr, /^in\.csv:3: likelihood: 'two' is not a number\nisms: 1 bad row; skipped \(--skip-bad\)$/m);
    assert.match(r.stdout, /^Added 2 risk records to empty\/registers\/risks\.yaml:$/m);
    const text = readFileSync(registers('risks.yaml'), 'utf8');
    assert.ok(text.startsWith(RISKS), text);
    assert.deepEqual(
      (await data('empty', 'risk')).map((d) => (d as { id: string }).id),
      ['R-001', 'R-002', 'R-004'],
    );
  });

  it('--dry-run lists what would be added and writes nothing', async () => {
    const r = await isms('import', 'csv', csv('id,title\nR-002,A risk\n'), '--kind', 'risk', 'empty', '--dry-run');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      'Would add 1 risk record to empty/registers/risks.yaml:\n  in.csv:2: R-002 A risk\nNothing written (--dry-run).\n',
    );
    assert.equal(existsSync(registers('risks.yaml')), false);
  });

  it('reads a BOM and CRLF, maps Excel headers and spreadsheet values, and ignores unknown columns with a notice', async () => {
    const file = csv(
      '\uFEFFControl ID,Applicable?,Justification for inclusion/exclusion,Status,Policies,Notes\r\n' +
        'A.5.1,Yes,Policies are the base,Implemented,POL-001; POL-002,x\r\n' +
        'A.5.7,no,"No threat intelligence, yet",Not implemented,,y\r\n' +
        'A.8.8,TRUE,Scanning,partially implemented,,\r\n',
    );
    const r = await isms('import', 'csv', file, '--kind', 'soa', 'empty');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^isms: ignored column \(no field of soa\): Notes; to keep one, --map "Notes=FIELD"$/m);
    assert.deepEqual(await data('empty', 'soa'), [
      {
        control: 'A.5.1',
        applicable: true,
        justification: 'Policies are the base',
        implementation: 'implemented',
        documents: ['POL-001', 'POL-002'],
      },
      { control: 'A.5.7', applicable: false, justification: 'No threat intelligence, yet', implementation: 'not-implemented' },
      { control: 'A.8.8', applicable: true, justification: 'Scanning', implementation: 'partial' },
    ]);
    // the second import of the same controls is refused: one SoA line per control
    const again = await isms('import', 'csv', file, '--kind', 'soa', 'empty');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^in\.csv:2: control A\.5\.1 is already in the soa register \(soa\.yaml\)$/m);
  });

  it('reads the dates spreadsheets write, --map names columns and keeps an extra field, --into picks the register', async () => {
    const file = csv(
      'CA ref,What,Due date,Owner,State,Ticket\n' +
        'CA-1,First,09.03.2026,Sam,In progress,T-9\n' +
        'CA-2,Second,9 Mar 2026,Sam,open,T-10\n' +
        'CA-3,Third,25/03/2026,Sam,Closed,T-11\n' +
        'CA-4,Fourth,03/04/2026,Sam,wip,T-12\n',
    );
    const r = await isms(
      'import',
      'csv',
      file,
      '--kind',
      'corrective-action',
      'empty',
      '--map',
      'What=title,Ticket=ticket',
      '--into',
      'empty/cas.yaml',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await data('empty', 'corrective-action'), [
      { id: 'CA-1', title: 'First', owner: 'Sam', due: '2026-03-09', status: 'in-progress', ticket: 'T-9' },
      { id: 'CA-2', title: 'Second', owner: 'Sam', due: '2026-03-09', status: 'open', ticket: 'T-10' },
      { id: 'CA-3', title: 'Third', owner: 'Sam', due: '2026-03-25', status: 'closed', ticket: 'T-11' },
      { id: 'CA-4', title: 'Fourth', owner: 'Sam', due: '2026-04-03', status: 'in-progress', ticket: 'T-12' },
    ]);
    assert.match(readFileSync(path.join(dir, 'empty', 'cas.yaml'), 'utf8'), /^isms: corrective-actions$/m);
  });

  it('keeps a column --map names as a field called like an Object method, and refuses isms as a field', async () => {
    const file = csv('id,Note,Kind\nR-1,kept,x\n');
    const r = await isms('import', 'csv', file, '--kind', 'risk', 'empty', '--map', 'Note=constructor,Kind=ignore');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(await data('empty', 'risk'), [{ id: 'R-1', constructor: 'kept' }]);
    const bad = await isms('import', 'csv', file, '--kind', 'risk', 'empty', '--map', 'Kind=isms');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--map: 'isms' is not a field/);
  });

  it('refuses a kind without a register, a missing id column and an --into register of another kind', async () => {
    const file = csv('title\nA\n');
    const doc = await isms('import', 'csv', file, '--kind', 'document', 'empty');
    assert.equal(doc.code, 2);
    assert.match(doc.stderr, /--kind: 'document' is not a kind kept in a register/);
    const noId = await isms('import', 'csv', file, '--kind', 'risk', 'empty');
    assert.equal(noId.code, 2);
    assert.match(noId.stderr, /no column for id \(a risk needs it\)/);
    writeFileSync(registers('risks.yaml'), RISKS);
    const other = await isms(
      'import',
      'csv',
      csv('id\nCA-9\n'),
      '--kind',
      'corrective-action',
      'empty',
      '--into',
      'empty/registers/risks.yaml',
    );
    assert.equal(other.code, 2);
    assert.match(other.stderr, /is a register of risks, not of corrective-actions/);
    assert.equal(readFileSync(registers('risks.yaml'), 'utf8'), RISKS);
  });
});
