/**
 * The `isms` CLI as users and CI run it: `node dist/cli.js` in a real process (the npm test script
 * builds dist/ first), on the sample ISMS at a fixed date and on small ISMSs written to a temp folder.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import pkg from '../../../package.json';
import { CLEAN_ISMS } from '../support/cleanIsms';

// the bundle runs from out/test/unit; the repository root is three levels up
const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SAMPLE = 'examples/acme';
const TODAY = '2026-11-25';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function isms(args: string[], cwd = REPO): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `path:line:col: severity CODE message` */
const DIAGNOSTIC = /^(\S+):(\d+):(\d+): (error|warning|information|hint) (ISMS\d{3}) \S/;
const diagnosticLines = (out: string): string[] => out.split('\n').filter((l) => DIAGNOSTIC.test(l));

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  rule: string;
  message: string;
  related: { file: string; line: number; column: number; message: string }[];
}

describe('isms CLI (dist/cli.js as a process)', function () {
  this.timeout(60_000);

  before(function () {
    assert.ok(existsSync(CLI), `${CLI} is missing: build first with \`node esbuild.mjs\` (npm test does)`);
  });

  describe(`check ${SAMPLE} --today ${TODAY}`, () => {
    let text: Run;
    before(() => {
      text = isms(['check', SAMPLE, '--today', TODAY]);
    });

    it('exits 1 because the sample has errors', () => {
      assert.equal(text.status, 1, text.stderr);
      assert.equal(text.stderr, '');
    });

    it('prints path:line:col: severity CODE message lines with paths relative to the working folder', () => {
      const lines = diagnosticLines(text.stdout);
      assert.ok(lines.length > 10, text.stdout);
      for (const line of lines) {
        const [, file, l, c] = DIAGNOSTIC.exec(line)!;
        assert.ok(file.startsWith(`${SAMPLE}/`), line);
        assert.ok(existsSync(path.join(REPO, file)), `no such file: ${file}`);
        assert.ok(Number(l) >= 1 && Number(c) >= 1, line);
      }
      // every line of the output is a diagnostic except the summary at the end
      const all = text.stdout.trimEnd().split('\n');
      assert.equal(all.length, lines.length + 1);
      assert.match(
        all[all.length - 1],
        new RegExp(
          `^${lines.length} problems \\(\\d+ errors?, \\d+ warnings?.*\\) in \\d+ files; checked 1 ISMS \\(${SAMPLE}\\), \\d+ files, as of ${TODAY}\\.$`,
        ),
      );
    });

    it('reports every rule family the sample uses: data, internal audits, reviews, corrective actions, cycle, awareness, departments, privacy, documents', () => {
      const codes = new Set(diagnosticLines(text.stdout).map((l) => DIAGNOSTIC.exec(l)![5]));
      for (const family of ['ISMS0', 'ISMS1', 'ISMS2', 'ISMS3', 'ISMS4', 'ISMS5', 'ISMS6', 'ISMS7', 'ISMS9']) {
        assert.ok(
          [...codes].some((c) => c.startsWith(family)),
          `no ${family}xx diagnostic in:\n${text.stdout}`,
        );
      }
    });

    it('points at the deliberate problems of the sample', () => {
      const out = text.stdout;
      const expect = (file: string, code: string): void =>
        assert.match(out, new RegExp(`^${SAMPLE}/${file.replace(/\./g, '\\.')}:\\d+:\\d+: \\w+ ${code} `, 'm'), `${code} in ${file}`);
      expect('audits/2026/IA-2026-10-business-continuity.md', 'ISMS101'); // overdue audit
      expect('registers/incidents.yaml', 'ISMS002'); // 2026-02-30
      expect('registers/risks.yaml', 'ISMS003'); // R-008 twice
      expect('registers/risks.yaml', 'ISMS004'); // A.5.99
      expect('audits/2026/IA-2026-07-backup-logging.md', 'ISMS008'); // A.12.3.1
      expect('registers/incidents.yaml', 'ISMS007'); // CA-2026-099
      expect('registers/people.yaml', 'ISMS502'); // a joiner without induction training
      expect('registers/incidents.yaml', 'ISMS701'); // INC-2026-006 past the 72 hours
      expect('registers/platform-incidents.yaml', 'ISMS705'); // INC-2026-102: the processor has not told the controller
      expect('registers/processing-activities.yaml', 'ISMS702'); // PA-003 not reviewed
      expect('registers/dpias.yaml', 'ISMS704'); // DPIA-002 high risk, no prior consultation
      expect('policies/acceptable-use-policy.md', 'ISMS901'); // not reviewed since 2025-06-02
      expect('policies/supplier-security-standard.md', 'ISMS902'); // approved, no approver
      expect('policies/information-security-policy.md', 'ISMS903'); // approved by the CISO
      expect('policies/acceptable-use-policy.md', 'ISMS904'); // links to the retired 2023 policy
      expect('policies/information-security-policy.md', 'ISMS905'); // a heading that does not exist
      expect('policies/acceptable-use-policy.md', 'ISMS907'); // Chloé Martin has not acknowledged POL-002 2.0
      expect('registers/objectives.yaml', 'ISMS911'); // OBJ-2026-04 without owner
      expect('registers/objectives.yaml', 'ISMS912'); // OBJ-2026-02 not measured since June
      expect('registers/objectives.yaml', 'ISMS913'); // OBJ-2026-03 75 % against 90 %
      expect('registers/soa.yaml', 'ISMS921'); // A.8.33 missing from the SoA
      expect('registers/soa.yaml', 'ISMS922'); // A.8.17 without justification
      expect('registers/soa.yaml', 'ISMS923'); // A.5.8 applicable without implementation status
      expect('registers/risks.yaml', 'ISMS924'); // R-007 treated with A.8.14, excluded in the SoA
      expect('registers/soa.yaml', 'ISMS925'); // version 6 in review
    });

    it(`is the output that ${SAMPLE}/README.md shows`, () => {
      const readme = readFileSync(path.join(REPO, SAMPLE, 'README.md'), 'utf8');
      const shown = /^\$ npx isms check examples\/acme --today 2026-11-25\n([\s\S]*?)^\$ echo \$\?\n1\n/m.exec(readme);
      assert.ok(shown, 'the README lost its `isms check` example');
      assert.equal(
        shown[1],
        text.stdout,
        `${SAMPLE}/README.md is out of date: paste in the output of \`node dist/cli.js check ${SAMPLE} --today ${TODAY}\``,
      );
    });

    it('reads the sample in its git checkout: no once-only "cannot tell" note of ISMS906, and no change since approval', () => {
      assert.doesNotMatch(text.stdout, / ISMS906 /);
    });

    it('--format json gives the same findings as the text output, 1-based and relative', () => {
      const json = isms(['check', SAMPLE, '--today', TODAY, '--format', 'json']);
      assert.equal(json.status, 1, json.stderr);
      const findings = JSON.parse(json.stdout) as JsonFinding[];
      const lines = diagnosticLines(text.stdout);
      assert.equal(findings.length, lines.length);
      findings.forEach((f, i) => {
        assert.equal(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}`, lines[i]);
        assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), JSON.stringify(f));
        assert.match(f.rule, /^[a-z0-9-]+$/);
        assert.ok(Array.isArray(f.related));
        for (const r of f.related) assert.ok(!path.isAbsolute(r.file) && r.line >= 1, JSON.stringify(r));
      });
    });

    it('is deterministic: two runs print the same bytes', () => {
      const again = isms(['check', SAMPLE, '--today', TODAY]);
      assert.equal(again.stdout, text.stdout);
    });

    it('--fail-on never exits 0 with the same findings; --fail-on warning still exits 1', () => {
      const never = isms(['check', SAMPLE, '--today', TODAY, '--fail-on', 'never']);
      assert.equal(never.status, 0, never.stderr);
      assert.equal(never.stdout, text.stdout);
      assert.equal(isms(['check', SAMPLE, '--today', TODAY, '--fail-on=warning']).status, 1);
    });

    it('--rule CODE=off silences a rule and --rule CODE=error hardens one', () => {
      const off = isms(['check', SAMPLE, '--today', TODAY, '--rule', 'ISMS101=off']);
      assert.doesNotMatch(off.stdout, / ISMS101 /);
      assert.equal(diagnosticLines(off.stdout).length, diagnosticLines(text.stdout).filter((l) => !l.includes(' ISMS101 ')).length);
      const hard = isms(['check', SAMPLE, '--today', TODAY, '--rule', 'ISMS101=error']);
      assert.match(hard.stdout, /: error ISMS101 /);
    });

    it('runs from inside the ISMS folder too, with paths relative to it', () => {
      const inside = isms(['check', '--today', TODAY, '--format', 'json'], path.join(REPO, SAMPLE));
      assert.equal(inside.status, 1, inside.stderr);
      const files = (JSON.parse(inside.stdout) as JsonFinding[]).map((f) => f.file);
      assert.ok(files.includes('isms.yaml'), files.join(' '));
      assert.ok(files.every((f) => !f.startsWith(SAMPLE)));
    });
  });

  describe('usage and I/O errors exit 2 with a message on stderr', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown option', ['check', SAMPLE, '--bogus'], /unknown option '--bogus'/],
      ['an unknown command', ['chek', SAMPLE], /unknown command 'chek'/],
      ['an impossible --today', ['check', SAMPLE, '--today', '2026-02-30'], /--today must be a real calendar date/],
      ['a --today that is not a date', ['check', SAMPLE, '--today', 'yesterday'], /--today must be a real calendar date/],
      ['a bad --format', ['check', SAMPLE, '--format', 'xml'], /--format must be one of text, json, sarif/],
      ['a bad --fail-on', ['check', SAMPLE, '--fail-on', 'sometimes'], /--fail-on must be one of/],
      ['an unknown --rule', ['check', SAMPLE, '--rule', 'ISMS999=off'], /no rule 'ISMS999'/],
      ['a --rule without level', ['check', SAMPLE, '--rule', 'ISMS101'], /CODE=LEVEL/],
      ['an option without its value', ['check', SAMPLE, '--today'], /--today needs a value/],
      ['a missing folder', ['check', 'examples/no-such-isms'], /no such folder: examples\/no-such-isms/],
      ['a file instead of a folder', ['check', 'package.json'], /not a folder: package\.json/],
      ['a bad --months', ['plan', SAMPLE, '--months', '0'], /--months must be a whole number/],
    ];
    for (const [what, args, message] of cases) {
      it(what, () => {
        const r = isms(args);
        assert.equal(r.status, 2, `${r.stdout}${r.stderr}`);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
      });
    }

    it('a folder without any isms.yaml', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'isms-cli-empty-'));
      try {
        writeFileSync(path.join(dir, 'notes.md'), '# Just notes\n');
        const r = isms(['check', dir]);
        assert.equal(r.status, 2);
        assert.match(r.stderr, /no isms\.yaml found under/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('a clean ISMS', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'isms-cli-clean-'));
      const write = (name: string, text: string): void => {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), text);
      };
      for (const [name, text] of Object.entries(CLEAN_ISMS)) write(name, text);
      // kept in git like a real ISMS folder, so whether the approved manual changed can be told (ISMS906)
      const git = (...args: string[]): void => {
        const r = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
          cwd: dir,
          encoding: 'utf8',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'T',
            GIT_AUTHOR_EMAIL: 't@example.com',
            GIT_COMMITTER_NAME: 'T',
            GIT_COMMITTER_EMAIL: 't@example.com',
          },
        });
        assert.equal(r.status, 0, r.stderr);
      };
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'ISMS');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('exits 0 with no findings, even with --fail-on warning', () => {
      const r = isms(['check', '--today', '2026-06-10', '--fail-on', 'warning'], dir);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(diagnosticLines(r.stdout).length, 0, r.stdout);
      assert.match(r.stdout, /^No problems found in 1 ISMS \(\.\), \d+ files, as of 2026-06-10\.\n$/);
    });

    it('--format json prints an empty array and --format sarif an empty result list', () => {
      const json = isms(['check', dir, '--today', '2026-06-10', '--format', 'json']);
      assert.equal(json.status, 0, json.stderr);
      assert.deepEqual(JSON.parse(json.stdout), []);
      const sarif = isms(['check', dir, '--today', '2026-06-10', '--format', 'sarif']);
      assert.equal(sarif.status, 0, sarif.stderr);
      assert.deepEqual((JSON.parse(sarif.stdout) as { runs: { results: unknown[] }[] }).runs[0].results, []);
    });

    it('a finding appears once the date moves on (the audit becomes overdue)', () => {
      const r = isms(['check', '--today', '2026-07-20'], dir);
      assert.match(r.stdout, /^audits\/IA-2026-06\.md:\d+:\d+: \w+ ISMS101 /m);
    });

    it('report awareness: the cadence met, one simulation (no trend yet), no roster to follow training', () => {
      const r = isms(['report', 'awareness', '--today', '2026-06-10'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Some activity every month: met\.$/m);
      assert.match(r.stdout, /^ {2}2026-05 {2}AW-2 +2026-05-11 {2}poster +Clear desk poster$/m);
      assert.match(r.stdout, /^ {2}2026-06 {2}nothing yet this month$/m);
      assert.doesNotMatch(r.stdout, /ISMS501/);
      assert.match(r.stdout, /^ {2}Trend: fewer than two measured simulations, no trend yet\.$/m);
      assert.match(r.stdout, /^Training overdue: no roster of people/m);
      const json = JSON.parse(isms(['report', 'awareness', '--today', '2026-06-10', '--format', 'json'], dir).stdout) as {
        roots: { cadenceMet: boolean; gaps: unknown[]; trainingOverdue?: unknown }[];
      };
      assert.deepEqual([json.roots[0].cadenceMet, json.roots[0].gaps, 'trainingOverdue' in json.roots[0]], [true, [], false]);
    });
  });

  describe(`plan ${SAMPLE} --today ${TODAY}`, () => {
    let plan: Run;
    before(() => {
      plan = isms(['plan', SAMPLE, '--today', TODAY]);
    });

    it('prints the next twelve months of the audit programme, from the current month', () => {
      assert.equal(plan.status, 0, plan.stderr);
      const months = plan.stdout
        .split('\n')
        .filter((l) => /^\d{4}-\d{2} {2}/.test(l))
        .map((l) => l.slice(0, 7));
      assert.deepEqual(months, [
        '2026-11',
        '2026-12',
        '2027-01',
        '2027-02',
        '2027-03',
        '2027-04',
        '2027-05',
        '2027-06',
        '2027-07',
        '2027-08',
        '2027-09',
        '2027-10',
      ]);
    });

    it('lists each audit with its id and state', () => {
      assert.match(plan.stdout, /IA-2026-11a\s+2026-11-12\s+done\s+Change management/);
      assert.match(plan.stdout, /IA-2026-11c\s+2026-11-26\s+planned\s+Inventory/);
      assert.match(plan.stdout, /IA-2027-01a\s+2027-01-12\s+planned/);
    });

    it('shows the cycle milestones with the days left', () => {
      assert.match(plan.stdout, /^ {2}2027-02-08 {2}planned {4}in 75 days {5}Second surveillance audit$/m);
      assert.match(plan.stdout, /^ {2}2028-02-21 {2}planned\s+in 453 days\s+Recertification audit$/m);
      assert.match(plan.stdout, /^ {2}2028-03-13 {2}planned\s+in 474 days\s+Certificate IS 712345 expires$/m);
      assert.match(plan.stdout, /^ {2}2026-02-09 {2}done\s+289 days ago\s+First surveillance audit$/m);
      assert.match(plan.stdout, /^ {2}2026-04-22 {2}done\s+217 days ago\s+Management review MR-2026-01/m);
    });

    it('flags a month with no audit (August 2026, seen from September)', () => {
      const r = isms(['plan', SAMPLE, '--today', '2026-09-01', '--months', '3']);
      const months = r.stdout.split('\n').filter((l) => /^\d{4}-\d{2} {2}/.test(l));
      assert.equal(months.length, 3);
      assert.match(months[0], /^2026-09 {2}done/);
      const early = isms(['plan', SAMPLE, '--today', '2026-08-20', '--months', '1']);
      assert.match(early.stdout, /^2026-08 {2}missing\s+no audit/m);
    });
  });

  describe(`report coverage ${SAMPLE} --today ${TODAY}`, () => {
    let text: Run;
    before(() => {
      text = isms(['report', 'coverage', SAMPLE, '--today', TODAY]);
    });

    it('gives each standard of isms.yaml its count, in the order isms.yaml lists them', () => {
      assert.equal(text.status, 0, text.stderr);
      assert.equal(text.stderr, '');
      assert.match(
        text.stdout,
        /^Acme Cloud Ltd \(examples\/acme\) — internal-audit coverage this certification cycle, 2025-03-14 to 2026-11-25$/m,
      );
      const headlines = text.stdout.split('\n').filter((l) => / — /.test(l) && !l.startsWith('Acme'));
      // the sample grows its privacy records: the 27701 and GDPR counts are checked against the JSON below
      assert.equal(headlines.length, 3, headlines.join('\n'));
      assert.equal(headlines[0], 'ISO/IEC 27001:2022 — 62 of 119 audited');
      assert.match(headlines[1], /^ISO\/IEC 27701:2019 — \d+ of \d+ audited$/);
      assert.match(
        headlines[2],
        /^GDPR \(Regulation \(EU\) 2016\/679\) — informational \(a law, not certified\): \d+ articles? in the scope of internal audits, \d+ audited$/,
      );
    });

    it('says by which audit and when an entry was covered, which audit is planned to cover the rest, and what has none', () => {
      assert.match(text.stdout, /^ {4}9\.1 +Monitoring, measurement, analysis and evaluation +audited by IA-2026-03 2026-03-14$/m);
      assert.match(text.stdout, /^ {4}A\.5\.7 +Threat intelligence +planned in IA-2026-12b 2026-12-08$/m);
      assert.match(text.stdout, /^ {4}6\.3 +Planning of changes +no audit planned$/m);
      // the Annex D links show beside the entries
      assert.match(
        text.stdout,
        /^ {4}gdpr:art-30 +Records of processing activities +planned in IA-2026-12c 2026-12-15 +\[related: iso27701:A\.7\.2\.8, iso27701:A\.7\.5\.3, iso27701:A\.7\.5\.4, iso27701:B\.8\.2\.6\]$/m,
      );
    });

    it('--format json: every entry with its status, audits (1-based line, relative path) and related ids', () => {
      const r = isms(['report', 'coverage', SAMPLE, '--today', TODAY, '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const json = JSON.parse(r.stdout) as {
        today: string;
        roots: {
          root: string;
          standards: {
            key: string;
            certifiable: boolean;
            total: number;
            audited: number;
            entries: {
              id: string;
              status: string;
              audits: { id: string; date: string; file: string; line: number }[];
              planned?: { id: string };
              related?: string[];
            }[];
          }[];
        }[];
      };
      assert.equal(json.today, TODAY);
      assert.equal(json.roots[0].root, SAMPLE);
      const [iso27001, iso27701, gdpr] = json.roots[0].standards;
      assert.deepEqual([iso27001.key, iso27001.total, iso27001.audited], ['iso27001:2022', 119, 62]);
      assert.deepEqual([iso27701.key, iso27701.certifiable], ['iso27701:2019', true]);
      assert.match(text.stdout, new RegExp(`^ISO/IEC 27701:2019 — ${iso27701.audited} of ${iso27701.total} audited$`, 'm'));
      assert.ok(iso27701.total >= 24 + 14, 'clause 5 and the clause 6 guidance at least');
      assert.deepEqual([gdpr.key, gdpr.certifiable], ['gdpr', false]);
      const e = iso27001.entries.find((x) => x.id === '9.1')!;
      assert.equal(e.status, 'audited');
      assert.deepEqual(
        e.audits.map((a) => [a.id, a.date, a.file]),
        [['IA-2026-03', '2026-03-14', `${SAMPLE}/audits/2026/IA-2026-03-access-control.md`]],
      );
      assert.ok(e.audits[0].line >= 1);
      assert.equal(iso27001.entries.find((x) => x.id === 'A.5.7')?.status, 'planned');
      assert.equal(iso27001.entries.find((x) => x.id === '6.3')?.status, 'not-covered');
      assert.deepEqual(iso27701.entries.find((x) => x.id === 'iso27701:A.7.2.8')?.related, ['gdpr:art-30']);
    });

    it("--format markdown and --standard: one standard's tables", () => {
      const r = isms(['report', 'coverage', SAMPLE, '--today', TODAY, '--format', 'markdown', '--standard', 'iso27701']);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^### ISO\/IEC 27701:2019 — \d+ of \d+ audited$/m);
      assert.doesNotMatch(r.stdout, /27001:2022 —/);
      assert.match(
        r.stdout,
        /^\| iso27701:A\.7\.2\.8 \| Records related to processing PII \| IA-2026-12c \(2026-12-15\) \| gdpr:art-30 \|$/m,
      );
    });

    it('a --standard not listed in isms.yaml, or unknown, exits 2 and says why', () => {
      const notListed = isms(['report', 'coverage', SAMPLE, '--standard', 'iso22301']);
      assert.equal(notListed.status, 2);
      assert.match(
        notListed.stderr,
        /iso22301:2019 is not listed in examples\/acme\/isms\.yaml standards: \(it lists iso27001:2022, iso27701:2019, gdpr\)/,
      );
      const unknown = isms(['report', 'coverage', SAMPLE, '--standard', 'soc2']);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /--standard: no standard 'soc2'/);
      const bad = isms(['report', 'coverage', SAMPLE, '--format', 'sarif']);
      assert.match(bad.stderr, /--format must be one of text, json, markdown/);
      assert.match(isms(['report', 'risks', SAMPLE]).stderr, /isms report must be one of coverage, awareness, documents/);
    });
  });

  describe(`report awareness ${SAMPLE} --today ${TODAY}`, () => {
    let text: Run;
    before(() => {
      text = isms(['report', 'awareness', SAMPLE, '--today', TODAY]);
    });

    it('lists the twelve months ISMS501 looks at and this month: activities November 2025 to July 2026, August to October marked', () => {
      assert.equal(text.status, 0, text.stderr);
      assert.equal(text.stderr, '');
      assert.match(text.stdout, /^Acme Cloud Ltd \(examples\/acme\) — awareness programme, 2025-11 to 2026-11 \(today 2026-11-25\)$/m);
      assert.match(
        text.stdout,
        /^Some activity every month: not met — no activity in 2026-08 – 2026-10 \(3 months\), none yet this month\.$/m,
      );
      assert.match(text.stdout, /^Last activity: AW-2026-07 on 2026-07-15\.$/m);
      const months = text.stdout.split('\n').filter((l) => /^ {2}\d{4}-\d{2} /.test(l));
      assert.deepEqual(
        months.map((l) => l.slice(2, 9)),
        [
          '2025-11',
          '2025-12',
          '2026-01',
          '2026-02',
          '2026-03',
          '2026-04',
          '2026-05',
          '2026-06',
          '2026-07',
          '2026-08',
          '2026-09',
          '2026-10',
          '2026-11',
        ],
      );
      assert.match(
        months[0],
        /^ {2}2025-11 {2}AW-2025-11 +2025-11-12 {2}phishing-simulation {2}Phishing simulation — fake invoice from a supplier$/,
      );
      assert.deepEqual(
        months.slice(9, 12).map((l) => l.slice(11)),
        Array(3).fill('!! no awareness activity (ISMS501)'),
      );
      assert.equal(months[12], '  2026-11  nothing yet this month');
    });

    it('gives the phishing table with counts and rates, the trend, and the person overdue on training', () => {
      assert.match(text.stdout, /^Phishing simulations \(3\):$/m);
      assert.match(
        text.stdout,
        /^ {2}2026-03-10 {2}AW-2026-03 +208 +19 +9\.1 % +121 +58\.2 % {2}Phishing simulation Q1 — fake parcel delivery$/m,
      );
      assert.match(
        text.stdout,
        /^ {2}Trend: Over 3 simulations \(2025-11-12 to 2026-06-09\): click rate 15\.7 % → 7\.1 % \(down 8\.5 points\); report rate 37\.4 % → 65\.9 % \(up 28\.5 points\)\.$/m,
      );
      assert.match(text.stdout, /^Training overdue \(1\):\n {2}P-010 +Chloé Martin +Engineering +induction due 2026-10-07$/m);
    });

    it('--format json: months with activities (1-based line, relative path), gaps, simulations, people overdue', () => {
      const r = isms(['report', 'awareness', SAMPLE, '--today', TODAY, '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const json = JSON.parse(r.stdout) as {
        today: string;
        roots: {
          root: string;
          cadenceMonths: number;
          cadenceMet: boolean;
          lastActivity: { id: string; date: string };
          months: {
            month: string;
            gap: boolean;
            current: boolean;
            activities: { id: string; type: string; file: string; line: number }[];
          }[];
          gaps: { first: string; last: string; months: number; open: boolean }[];
          phishing: {
            simulations: {
              id: string;
              sent: number;
              clicked: number;
              reported: number;
              clickRate: number;
              reportRate: number;
              file: string;
              line: number;
            }[];
            trend: string;
          };
          trainingOverdue: { id: string; name: string; department: string; basis: string; due: string; file: string; line: number }[];
        }[];
      };
      assert.equal(json.today, TODAY);
      const [root] = json.roots;
      assert.deepEqual([root.root, root.cadenceMonths, root.cadenceMet, root.lastActivity.id], [SAMPLE, 1, false, 'AW-2026-07']);
      assert.deepEqual(
        root.months.filter((m) => m.gap).map((m) => m.month),
        ['2026-08', '2026-09', '2026-10'],
      );
      assert.deepEqual(
        root.months.filter((m) => m.activities.length).map((m) => m.month),
        ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'],
      );
      assert.deepEqual(root.months[12], { month: '2026-11', current: true, gap: false, activities: [] });
      const register = `${SAMPLE}/registers/awareness.yaml`;
      const lines = readFileSync(path.join(REPO, register), 'utf8').split('\n');
      const [first] = root.months[0].activities;
      assert.deepEqual([first.id, first.type, first.file], ['AW-2025-11', 'phishing-simulation', register]);
      assert.match(lines[first.line - 1], /id: AW-2025-11/);
      assert.deepEqual(root.gaps, [{ first: '2026-08', last: '2026-10', months: 3, open: true }]);
      assert.deepEqual(
        root.phishing.simulations.map((p) => [p.id, p.sent, p.clicked, p.reported, p.clickRate, p.reportRate]),
        [
          ['AW-2025-11', 198, 31, 74, 31 / 198, 74 / 198],
          ['AW-2026-03', 208, 19, 121, 19 / 208, 121 / 208],
          ['AW-2026-06', 211, 15, 139, 15 / 211, 139 / 211],
        ],
      );
      assert.match(lines[root.phishing.simulations[2].line - 1], /id: AW-2026-06/);
      assert.match(root.phishing.trend, /^Over 3 simulations/);
      assert.deepEqual(
        root.trainingOverdue.map((p) => [p.id, p.name, p.department, p.basis, p.due, p.file]),
        [['P-010', 'Chloé Martin', 'Engineering', 'induction', '2026-10-07', `${SAMPLE}/registers/people.yaml`]],
      );
    });

    it('--format markdown: the month table, the phishing table and trend, the training table', () => {
      const r = isms(['report', 'awareness', SAMPLE, '--today', TODAY, '--format', 'markdown']);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^## Awareness programme — Acme Cloud Ltd \(examples\/acme\)$/m);
      assert.match(r.stdout, /^\| 2026-07 \| AW-2026-07 \| 2026-07-15 \| refresher \| Data-protection refresher for the support team \|$/m);
      assert.match(r.stdout, /^\| 2026-09 \| — \| — \| — \| no awareness activity \(ISMS501\) \|$/m);
      assert.match(
        r.stdout,
        /^\| 2025-11-12 \| AW-2025-11 \| Phishing simulation — fake invoice from a supplier \| 198 \| 31 \| 15\.7 % \| 74 \| 37\.4 % \|$/m,
      );
      assert.match(r.stdout, /^Trend: Over 3 simulations/m);
      assert.match(r.stdout, /^\| P-010 \| Chloé Martin \| Engineering \| induction \| 2026-10-07 \| — \|$/m);
    });

    it('--standard is for report coverage only: exit 2', () => {
      const r = isms(['report', 'awareness', SAMPLE, '--standard', 'iso27001']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /unknown option '--standard' for isms report awareness/);
    });
  });

  it('--version prints the package version and --help the usage', () => {
    const v = isms(['--version']);
    assert.equal(v.status, 0);
    assert.equal(v.stdout, `${pkg.version}\n`);
    const h = isms(['--help']);
    assert.equal(h.status, 0);
    assert.match(h.stdout, /Usage:\n\s+isms check \[dir\]/);
    assert.match(h.stdout, /Exit codes:/);
  });
});

// A small ISMS with nothing wrong on 2026-06-10: an audit done last month, a complete review last month,
// a phishing simulation this year, and the next audit planned.
