/** `isms export csv --kind KIND` (issue 19.5): RFC 4180 with a BOM for Excel, the kind's fields as the header, lists and nested lists. */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { KIND_FIELDS } from '../../../src/core/model/kinds';
import { runIsms, type CliRun } from '../support/cliInProcess';

const TODAY = '2026-11-25';
const SAMPLE = path.resolve('examples/acme');

describe('isms export csv', function () {
  this.timeout(60_000);
  let dir: string;
  const isms = (...args: string[]): Promise<CliRun> => runIsms(dir, TODAY, args);
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms-export-csv-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the sample's risks to risks.csv: BOM, CRLF, the kind's fields as the header, lists joined with '; '", async () => {
    const r = await isms('export', 'csv', '--kind', 'risk', SAMPLE);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^isms: wrote risks\.csv \(\d+ risk records, as of 2026-11-25\)$/m);
    const text = readFileSync(path.join(dir, 'risks.csv'), 'utf8');
    assert.ok(text.startsWith('\uFEFFid,title,owner,'), text.slice(0, 40));
    assert.equal(text.split('\r\n')[0], `\uFEFF${Object.keys(KIND_FIELDS.risk).join(',')}`);
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    assert.deepEqual(rows[0], {
      id: 'R-001',
      title: 'Account takeover of a customer administrator',
      owner: 'Priya Shah',
      likelihood: '3',
      impact: '5',
      treatment: 'modify',
      controls: 'A.5.17; A.8.5',
      status: 'treated',
      reviewed: '2026-09-22',
      identified: '',
      residual: '',
      'residual-likelihood': '',
      'residual-impact': '',
      'accepted-by': '',
      accepted: '',
    });
  });

  it('never overwrites without --force; --out - writes to standard output', async () => {
    writeFileSync(path.join(dir, 'risks.csv'), 'mine');
    const r = await isms('export', 'csv', '--kind', 'risks', SAMPLE);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /risks\.csv exists; not overwritten \(use --force/);
    assert.equal(readFileSync(path.join(dir, 'risks.csv'), 'utf8'), 'mine');
    assert.equal((await isms('export', 'csv', '--kind', 'risk', SAMPLE, '--force')).code, 0);
    assert.notEqual(readFileSync(path.join(dir, 'risks.csv'), 'utf8'), 'mine');
    const out = await isms('export', 'csv', '--kind', 'soa', SAMPLE, '--out', '-');
    assert.equal(out.code, 0, out.stderr);
    assert.ok(out.stdout.startsWith('\uFEFFid,control,applicable,justification,implementation,documents,department\r\n'));
  });

  it('writes nested lists as JSON text, extra fields after the table, and keeps a spreadsheet from running a cell as a formula', async () => {
    mkdirSync(path.join(dir, 'isms'));
    writeFileSync(path.join(dir, 'isms', 'isms.yaml'), 'isms: config\norganisation: X\n');
    writeFileSync(
      path.join(dir, 'isms', 'objectives.yaml'),
      'isms: objectives\nrecords:\n  - id: O-1\n    title: "=HYPERLINK(\\"http://x\\")"\n    target: 95\n    results:\n      - { date: 2026-03-01, value: 90 }\n    ticket: T-1\n',
    );
    const r = await isms('export', 'csv', '--kind', 'objective', 'isms', '--out', 'o.csv');
    assert.equal(r.code, 0, r.stderr);
    const [row] = parse(readFileSync(path.join(dir, 'o.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(row.results, '[{"date":"2026-03-01","value":90}]');
    assert.equal(row.title, '\'=HYPERLINK("http://x")');
    assert.equal(row.ticket, 'T-1');
    assert.deepEqual(Object.keys(row), [...Object.keys(KIND_FIELDS.objective), 'ticket']);
    assert.equal(existsSync(path.join(dir, 'objectives.csv')), false);
  });

  it('needs --kind, and a kind kept in a register', async () => {
    assert.equal((await isms('export', 'csv', SAMPLE)).code, 2);
    const r = await isms('export', 'csv', '--kind', 'document', SAMPLE);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /'document' is not a kind kept in a register/);
  });
});
