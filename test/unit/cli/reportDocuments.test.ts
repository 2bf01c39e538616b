/**
 * `isms report documents` as users run it: `node dist/cli.js` in a real process, on the sample ISMS at a
 * fixed date and on a small ISMS in a temp folder (not a git repository) with hostile text.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SAMPLE = 'examples/acme';
const TODAY = '2026-11-25';

function isms(args: string[], cwd = REPO): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonReport {
  today: string;
  roots: {
    root: string;
    history: { available: boolean; reason?: string };
    documents: (Record<string, unknown> & {
      acknowledgement: {
        acknowledged: number;
        expected: number;
        pending: { person: string | null; due: string; overdue: boolean }[];
      } | null;
    })[];
    mandatory: {
      standard: string;
      clause: string;
      reference: string;
      title: string;
      status: string;
      how: string;
      satisfiedBy: { kind: string; id?: string; file: string; line: number }[];
    }[];
  }[];
}

describe('isms report documents (dist/cli.js as a process)', function () {
  this.timeout(60_000);

  describe(`on ${SAMPLE} --today ${TODAY}`, () => {
    it('text: the register with version, owner, status, approval, next review and acknowledgements; the mandatory list with 8.1 MISSING', () => {
      const r = isms(['report', 'documents', SAMPLE, '--today', TODAY]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^Acme Cloud Ltd \(examples\/acme\) — documented information as of 2026-11-25$/m);
      assert.match(r.stdout, /^Document register \(5\):$/m);
      assert.match(r.stdout, /^ {2}POL-001 +Information Security Policy +3\.1 +Jordan Blake +approved +2025-10-15 +2027-04-22 +9\/9 /m);
      assert.match(r.stdout, /^ {2}POL-002 +Acceptable Use Policy +2\.0 +Sam Smith +approved +2025-06-02 +2026-06-02 \(overdue\) +8\/9 /m);
      assert.match(r.stdout, /^ {2}POL-000 +Information Security Policy \(2023\) +2\.4 +Jordan Blake +retired +2023-09-18 +— +— +—$/m);
      assert.match(r.stdout, /^Mandatory documented information \(\d+ of \d+ satisfied, 1 missing\):$/m);
      assert.match(r.stdout, /^ {4}8\.1 +Operational planning and control .* {2}MISSING: add a document with ‘satisfies: \["8\.1"\]’$/m);
      assert.match(r.stdout, /^ {4}5\.2 e +Information security policy +POL-001$/m);
      assert.match(r.stdout, /^ {4}6\.1\.2 +Information security risk assessment process +PRO-001$/m);
      assert.match(r.stdout, /^ {4}4\.3 +Scope of the ISMS +isms\.yaml scope:$/m);
      assert.match(r.stdout, /^ {4}9\.3\.3 +Results of management reviews +3 management reviews: MR-2025-01, MR-2025-02, MR-2026-01$/m);
      assert.match(r.stdout, /^ {2}ISO\/IEC 27701:2019$/m);
    });

    it('json: documents with their register fields and the mandatory items with what satisfies them', () => {
      const r = isms(['report', 'documents', SAMPLE, '--today', TODAY, '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const report = JSON.parse(r.stdout) as JsonReport;
      assert.equal(report.today, TODAY);
      const [root] = report.roots;
      assert.equal(root.root, SAMPLE);
      const pol = root.documents.find((d) => d.id === 'POL-001')!;
      assert.equal(pol.title, 'Information Security Policy');
      assert.equal(pol.version, '3.1');
      assert.equal(pol.status, 'approved');
      assert.equal(pol.nextReview, '2027-04-22');
      assert.equal(pol.reviewState, 'ok');
      // the sample's register: everyone has acknowledged the information security policy
      assert.deepEqual(pol.acknowledgement && [pol.acknowledgement.acknowledged, pol.acknowledgement.expected], [9, 9]);
      assert.equal(pol.file, `${SAMPLE}/policies/information-security-policy.md`);
      assert.ok('changedSinceApproval' in pol);
      // the sample's one gap: Chloé Martin (P-010) has not acknowledged the acceptable use policy
      const aup = root.documents.find((d) => d.id === 'POL-002')!;
      assert.deepEqual(aup.acknowledgement?.pending, [{ person: 'P-010', due: '2026-10-07', overdue: true }]);
      const missing = root.mandatory.filter((m) => m.status === 'missing');
      assert.deepEqual(
        missing.map((m) => `${m.standard} ${m.clause}`),
        ['iso27001:2022 8.1'],
      );
      assert.match(missing[0].how, /satisfies: \["8\.1"\]/);
      const policy = root.mandatory.find((m) => m.clause === '5.2 e')!;
      assert.equal(policy.satisfiedBy.length, 1);
      const [by] = policy.satisfiedBy;
      assert.deepEqual([by.kind, by.id, by.file], ['document', 'POL-001', `${SAMPLE}/policies/information-security-policy.md`]);
      assert.ok(Number.isInteger(by.line) && by.line >= 1);
      assert.ok(root.mandatory.find((m) => m.clause === '6.1.3 d')!.satisfiedBy.every((e) => e.kind === 'soa'));
    });

    it('markdown: a register table and a mandatory table with the missing item', () => {
      const r = isms(['report', 'documents', SAMPLE, '--today', TODAY, '--format', 'markdown']);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^## Documented information — Acme Cloud Ltd \(examples\/acme\)$/m);
      assert.match(
        r.stdout,
        /^\| Id \| Title \| Version \| Owner \| Status \| Approved \| Next review \| Acknowledged \| Changed since approval \|$/m,
      );
      assert.match(
        r.stdout,
        /^\| POL-001 \| Information Security Policy \| 3\.1 \| Jordan Blake \| approved \| 2025-10-15 \| 2027-04-22 \| 9\/9 \|/m,
      );
      assert.match(r.stdout, /^\| Standard \| Clause \| Required \| Satisfied by \|$/m);
      assert.match(
        r.stdout,
        /^\| ISO\/IEC 27001:2022 \| 8\.1 \| Operational planning and control .* \| MISSING: add a document with ‘satisfies: \\\["8\.1"\\\]’ \|$/m,
      );
    });
  });

  describe('on a folder outside git, with hostile text', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'isms-report-documents-'));
      mkdirSync(path.join(dir, 'policies'));
      writeFileSync(path.join(dir, 'isms.yaml'), 'isms: config\norganisation: Test Ltd\nstandards: [iso27001:2022, iso22301:2019]\n');
      writeFileSync(
        path.join(dir, 'policies', 'p.md'),
        [
          '---',
          'isms: document',
          'id: POL-1',
          'title: "Policy \\u001b[31m| *red* ::error::x"',
          'owner: "::warning::Sam"',
          'version: "1.0"',
          'status: approved',
          'approver: Alex',
          'approved: 2026-01-10',
          'satisfies: ["ISO 22301 8.4", "5.2"]',
          '---',
          '# Policy',
          '',
        ].join('\n'),
      );
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('text escapes control characters, says change since approval is not known, and lists the ISO 22301 items', () => {
      const r = isms(['report', 'documents', '.', '--today', TODAY], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(!r.stdout.includes('\u001b'), 'no raw escape character');
      assert.match(r.stdout, /Policy \\x1b\[31m\| \*red\* ::error::x/);
      assert.match(r.stdout, /^ {2}Change since approval not known: /m);
      assert.match(r.stdout, /^ {2}ISO 22301:2019$/m);
      assert.match(r.stdout, /^ {4}8\.4 +Business continuity plans and procedures +POL-1$/m);
      assert.match(r.stdout, /^ {4}5\.2 e +Information security policy +POL-1$/m);
      assert.match(r.stdout, /^ {4}4\.3\.2 +Scope of the BCMS +MISSING: add a document with ‘satisfies: \["iso22301:4\.3\.2"\]’$/m);
    });

    it('markdown escapes the table cell', () => {
      const r = isms(['report', 'documents', '.', '--today', TODAY, '--format', 'markdown'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /\| Policy \\\\x1b\\\[31m\\\| \\\*red\\\* ::error::x \|/);
      assert.ok(!r.stdout.includes('\u001b'));
    });
  });
});
