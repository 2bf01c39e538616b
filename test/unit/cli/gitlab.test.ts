/**
 * `isms check --format gitlab` against GitLab's Code Quality report format (test/fixtures/
 * gitlab-codequality.schema.json, written from https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format),
 * and its fingerprints: the same across runs and across unrelated edits (lines inserted above, another
 * file changed), distinct for identical findings in one file.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { fingerprintFindings, type AnchoredFinding } from '../../../src/cli/fingerprint';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SCHEMA = path.join(REPO, 'test', 'fixtures', 'gitlab-codequality.schema.json');
const TODAY = '2026-11-25';

interface Issue {
  type: string;
  check_name: string;
  description: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}
interface JsonFinding {
  file: string;
  line: number;
  severity: string;
  code: string;
}

function run(args: string[], cwd = REPO): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  assert.equal(r.stderr, '');
  return { status: r.status, stdout: r.stdout };
}

const gitlab = (args: string[], cwd = REPO): Issue[] => JSON.parse(run([...args, '--format', 'gitlab'], cwd).stdout) as Issue[];

describe('isms check --format gitlab', function () {
  this.timeout(60_000);
  let validate: ValidateFunction;
  let issues: Issue[];
  let raw: string;

  before(function () {
    assert.ok(existsSync(CLI), `${CLI} is missing: build first with \`node esbuild.mjs\``);
    validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    const r = run(['examples/acme', '--today', TODAY, '--format', 'gitlab']);
    assert.equal(r.status, 1);
    raw = r.stdout;
    issues = JSON.parse(raw) as Issue[];
  });

  it("validates against GitLab's Code Quality report format", () => {
    assert.ok(issues.length > 10);
    assert.ok(validate(issues), JSON.stringify(validate.errors, null, 2));
    // GitLab's parser refuses a byte order mark
    assert.notEqual(raw.charCodeAt(0), 0xfeff);
  });

  it('the schema check has teeth: a missing fingerprint, an unknown severity or a ./ path is rejected', () => {
    const broken = (change: (i: Partial<Issue> & Pick<Issue, 'location'>) => void): boolean => {
      const copy = JSON.parse(raw) as Issue[];
      change(copy[0]);
      return validate(copy);
    };
    assert.equal(
      broken((i) => delete i.fingerprint),
      false,
    );
    assert.equal(
      broken((i) => (i.severity = 'error')),
      false,
    );
    assert.equal(
      broken((i) => (i.location.path = `./${i.location.path}`)),
      false,
    );
    assert.equal(
      broken((i) => (i.location.lines.begin = 0)),
      false,
    );
  });

  it('matches the JSON output: same findings, same paths and lines, severities mapped to major/minor/info', () => {
    const json = JSON.parse(run(['examples/acme', '--today', TODAY, '--format', 'json']).stdout) as JsonFinding[];
    assert.equal(issues.length, json.length);
    const mapped: Record<string, string> = { error: 'major', warning: 'minor', information: 'info', hint: 'info' };
    issues.forEach((issue, i) => {
      assert.deepEqual(
        [issue.location.path, issue.location.lines.begin, issue.check_name, issue.severity],
        [json[i].file, json[i].line, json[i].code, mapped[json[i].severity]],
      );
      assert.ok(issue.description.includes(json[i].code), issue.description);
    });
    assert.ok(issues.some((i) => i.severity === 'major') && issues.some((i) => i.severity === 'minor'));
  });

  it('every fingerprint is unique and the same on a second run', () => {
    const fingerprints = issues.map((i) => i.fingerprint);
    assert.equal(new Set(fingerprints).size, fingerprints.length);
    assert.deepEqual(
      gitlab(['examples/acme', '--today', TODAY]).map((i) => i.fingerprint),
      fingerprints,
    );
  });

  it('fingerprints survive lines inserted above and an edit to another file', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'isms-gitlab-'));
    try {
      cpSync(path.join(REPO, 'examples', 'acme'), path.join(scratch, 'acme'), { recursive: true });
      const before = gitlab(['acme', '--today', TODAY], scratch);
      // the register with the most findings gets three comment lines at its top
      const counts = new Map<string, number>();
      for (const i of before.filter((i) => i.location.path.endsWith('.yaml'))) {
        counts.set(i.location.path, (counts.get(i.location.path) ?? 0) + 1);
      }
      const register = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      const registerPath = path.join(scratch, register);
      writeFileSync(registerPath, `# reviewed by the ISMS manager\n# next review in March\n\n${readFileSync(registerPath, 'utf8')}`);
      // another file changes in a way no rule looks at
      const readme = path.join(scratch, 'acme', 'README.md');
      writeFileSync(readme, `${readFileSync(readme, 'utf8')}\nA paragraph added for the auditors.\n`);

      const after = gitlab(['acme', '--today', TODAY], scratch);
      const key = (i: Issue): string => `${i.check_name} ${i.location.path} ${i.fingerprint}`;
      assert.deepEqual(after.map(key).sort(), before.map(key).sort());
      // and the findings in the register did move: the line is not part of the fingerprint
      const moved = after.filter((i) => i.location.path === register);
      assert.ok(moved.length > 0);
      for (const i of moved) {
        const was = before.find((b) => b.fingerprint === i.fingerprint)!;
        assert.equal(i.location.lines.begin, was.location.lines.begin + 3);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('fingerprintFindings', () => {
  const finding = (line: number, anchor: string, code = 'ISMS002'): AnchoredFinding => ({
    file: 'isms/registers/risks.yaml',
    line,
    column: 3,
    endLine: line,
    endColumn: 20,
    severity: 'error',
    code,
    rule: 'invalid-date',
    message: `line ${line}`,
    related: [],
    anchor,
  });

  it('ignores the line and the message, and tells two identical findings apart by an ordinal', () => {
    const [a, b, c] = fingerprintFindings([
      finding(4, 'risk:R-1\ndue: 2026-02-30'),
      finding(9, 'risk:R-1\ndue: 2026-02-30'),
      finding(12, 'x'),
    ]);
    const [a2, b2] = fingerprintFindings([finding(40, 'risk:R-1\ndue: 2026-02-30'), finding(90, 'risk:R-1\ndue: 2026-02-30')]);
    assert.equal(a.fingerprint, a2.fingerprint);
    assert.equal(b.fingerprint, b2.fingerprint);
    assert.notEqual(a.fingerprint, b.fingerprint);
    assert.notEqual(a.fingerprint, c.fingerprint);
    assert.match(a.fingerprint, /^[0-9a-f]{32}$/);
  });

  it('depends on the rule, the file and the record', () => {
    const [base] = fingerprintFindings([finding(4, 'risk:R-1\ndue: x')]);
    const [otherRule] = fingerprintFindings([finding(4, 'risk:R-1\ndue: x', 'ISMS006')]);
    const [otherRecord] = fingerprintFindings([finding(4, 'risk:R-2\ndue: x')]);
    const [otherFile] = fingerprintFindings([{ ...finding(4, 'risk:R-1\ndue: x'), file: 'isms/registers/other.yaml' }]);
    assert.equal(new Set([base, otherRule, otherRecord, otherFile].map((f) => f.fingerprint)).size, 4);
  });
});
