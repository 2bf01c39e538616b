/**
 * Dates at the ends of the calendar through the CLI as a process (issue 14.22, 14.23): `--today` near
 * 9999 checks, plans and exports instead of crashing, and .ics dates keep four-digit years.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');

function isms(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CONFIG = `isms: config
organisation: Far Future Ltd
certification:
  decision: 9999-01-10
  issued: 9999-01-12
  expires: 9999-12-31
  audits:
    - { type: certification, date: 9998-12-01, status: done }
    - { type: special, date: 9999-12-31 }
`;
const AUDIT = `---
isms: internal-audit
id: IA-9999-09
planned: 9999-09-10
performed: 9999-09-10
auditor: Dana Lee
findings: []
---
`;

describe('isms CLI: dates at the ends of the calendar', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: build first`);
    dir = mkdtempSync(path.join(tmpdir(), 'isms-dates-'));
    writeFileSync(path.join(dir, 'isms.yaml'), CONFIG);
    writeFileSync(path.join(dir, 'IA-9999-09.md'), AUDIT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('check --today 9999-09-15 runs the rules (no crash, exit 0 or 1)', () => {
    const r = isms(['check', '.', '--today', '9999-09-15', '--format', 'json'], dir);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    const findings = JSON.parse(r.stdout) as { code: string; message: string }[];
    // the programme gap rule ran through to the last month of the calendar
    assert.ok(
      findings.some((f) => f.code === 'ISMS103' && f.message.includes('9999-10')),
      r.stdout,
    );
    assert.ok(!r.stdout.includes('10000'), r.stdout);
  });

  it('plan --today 9999-11-20 ends the programme at 9999-12', () => {
    const r = isms(['plan', '.', '--today', '9999-11-20', '--months', '6'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^9999-12 /m);
    assert.doesNotMatch(r.stdout, /10000|^9999-12 [\s\S]*^9999-12 /m);
  });

  it('export ics: an event on 9999-12-31 has no DTEND in year 10000', () => {
    const out = path.join(dir, 'plan.ics');
    const r = isms(['export', 'ics', '.', '--today', '9999-09-15', '--out', out], dir);
    assert.equal(r.status, 0, r.stderr);
    const ics = readFileSync(out, 'utf8');
    assert.match(ics, /DTSTART;VALUE=DATE:99991231/);
    assert.doesNotMatch(ics, /DT(START|END);VALUE=DATE:\d{9}/);
  });

  it('--today 0000-01-01 is no date (exit 2)', () => {
    const r = isms(['check', '.', '--today', '0000-01-01'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--today/);
  });
});
