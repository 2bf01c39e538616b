/**
 * `isms report controls` as users run it (issue 18.4): `node dist/cli.js` in a real process on the sample
 * at a fixed date — text, Markdown, and JSON validated against schemas/reports/controls.schema.json — and
 * on a small ISMS with hostile text and without an SoA.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SCHEMA = path.join(REPO, 'schemas', 'reports', 'controls.schema.json');
const SAMPLE = 'examples/acme';
const TODAY = '2026-11-25';

function isms(args: string[], cwd = REPO): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Control {
  id: string;
  state: string;
  reasons: { text: string; weighs?: string }[];
  evidence: { id: string; state: string; location?: string }[];
  activities: { id: string; state: string; next?: string }[];
}
interface Report {
  today: string;
  roots: {
    root: string;
    soa: boolean;
    counts: Record<string, number>;
    standards: { key: string; groups: { group: string; controls: Control[] }[] }[];
  }[];
}
const controls = (r: Report): Control[] => r.roots[0].standards.flatMap((s) => s.groups.flatMap((g) => g.controls));

describe('isms report controls (dist/cli.js as a process)', function () {
  this.timeout(60_000);
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);

  it('text: the counts, the themes, and each control with its state and the reason for it', () => {
    const r = isms(['report', 'controls', SAMPLE, '--today', TODAY]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^Acme Cloud Ltd \(examples\/acme\) — controls as of 2026-11-25$/m);
    assert.match(r.stdout, /^\d+ applicable controls: 3 failing, 1 not shown, \d+ attention, \d+ not tracked, \d+ operating$/m);
    assert.match(r.stdout, /^ {2}8 Technological controls \(\d+\):$/m);
    assert.match(
      r.stdout,
      /^ {4}A\.8\.13 +Information backup +failing +activity ACT-RESTORE-TEST overdue: the occurrence due 2026-10-31 is not proven \(25 days\)$/m,
    );
    assert.match(r.stdout, /^ {4}A\.5\.15 +Access control +operating +activity ACT-ACCESS-REVIEW on track, next due 2027-01-15$/m);
    assert.match(r.stdout, /^ {4}A\.5\.23 +Information security for use of cloud services +attention +evidence EV-2026-002 renewal due/m);
    assert.doesNotMatch(r.stdout, /^ {4}A\.7\.5 /m, 'not applicable in the sample');
  });

  it('markdown: a table per standard and theme an auditor can be handed', () => {
    const r = isms(['report', 'controls', SAMPLE, '--today', TODAY, '--format', 'markdown']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^## Controls — Acme Cloud Ltd \(examples\/acme\)$/m);
    assert.match(r.stdout, /^### ISO\/IEC 27001:2022 — 8 Technological controls$/m);
    assert.match(
      r.stdout,
      /^\| Control \| Title \| State \| Implementation \| Evidence \| Activity \| Last internal audit \| Open CAs \| Why \|$/m,
    );
    assert.match(
      r.stdout,
      /^\| A\.8\.8 \| Management of technical vulnerabilities \| failing \| implemented \| EV-2025-030 expired to 2026-10-31 \|/m,
    );
    assert.match(
      r.stdout,
      /^\| A\.5\.18 \| Access rights \| attention \| partial \| EV-2026-024 current to 2027-01-13; .* \| ACT-ACCESS-REVIEW on-track, next 2027-01-15 \| IA-2026-03 2026-03-14 \| CA-2026-004 \|/m,
    );
  });

  it('json: valid against the schema, with the same states', () => {
    const r = isms(['report', 'controls', SAMPLE, '--today', TODAY, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
    assert.equal(report.today, TODAY);
    assert.deepEqual(
      report.roots[0].standards.map((s) => s.key),
      ['iso27001:2022', 'iso27701:2019'],
    );
    const byId = new Map(controls(report).map((c) => [c.id, c]));
    assert.equal(byId.get('A.8.13')?.state, 'failing');
    assert.equal(byId.get('A.5.15')?.state, 'operating');
    assert.deepEqual(
      byId.get('A.5.15')?.activities.map((a) => [a.id, a.state, a.next]),
      [['ACT-ACCESS-REVIEW', 'on-track', '2027-01-15']],
    );
    assert.equal(byId.get('A.5.15')?.evidence[0].location, '../evidence/2026/access-review.md');
    assert.equal(report.roots[0].counts.failing, 3);
    // the schema is not a formality: it refuses a state the engine does not have
    const broken = JSON.parse(r.stdout) as Report;
    controls(broken)[0].state = 'fine';
    assert.equal(validate(broken), false);
  });

  describe('on a small ISMS', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'isms-controls-'));
      writeFileSync(path.join(dir, 'isms.yaml'), 'isms: config\norganisation: Test Ltd\nstandards: [iso27001:2022]\n');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('without an SoA: says nothing is applicable, and the JSON says soa: false', () => {
      const text = isms(['report', 'controls', '.', '--today', TODAY], dir);
      assert.equal(text.status, 0, text.stderr);
      assert.match(text.stdout, /no Statement of Applicability/);
      const json = JSON.parse(isms(['report', 'controls', '.', '--today', TODAY, '--format', 'json'], dir).stdout) as Report;
      assert.ok(validate(json), JSON.stringify(validate.errors));
      assert.deepEqual([json.roots[0].soa, json.roots[0].standards], [false, []]);
    });

    it('hostile text reaches neither the terminal nor the Markdown as markup or control characters', () => {
      writeFileSync(
        path.join(dir, 'soa.yaml'),
        'isms: soa\nrecords:\n  - { control: A.6.3, applicable: true, implementation: implemented, justification: y }\n',
      );
      writeFileSync(
        path.join(dir, 'evidence.yaml'),
        'isms: evidence\nrecords:\n  - { id: "EV-1\\u001b[31m|<img>", title: T, controls: [A.6.3], effective: 2026-09-01 }\n',
      );
      const text = isms(['report', 'controls', '.', '--today', TODAY], dir);
      assert.equal(text.status, 0, text.stderr);
      assert.doesNotMatch(text.stdout, /\u001b/);
      assert.match(text.stdout, /operating +evidence EV-1\\x1b\[31m\|<img> current$/m);
      const md = isms(['report', 'controls', '.', '--today', TODAY, '--format', 'markdown'], dir);
      assert.doesNotMatch(md.stdout, /<img>|\u001b/);
      assert.match(md.stdout, /\| operating \| implemented \| EV-1\\\\x1b\\\[31m\\\|\\<img\\> current \|/);
    });
  });
});
