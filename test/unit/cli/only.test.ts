/**
 * `isms check --only FILE…`, the pre-commit hook's command (.pre-commit-hooks.yaml): the whole ISMS is
 * checked, but only the findings in the files being committed are reported and count for --fail-on, so
 * an overdue audit elsewhere does not block a commit.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseArgs } from '../../../src/cli/args';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const TODAY = '2026-11-25';

interface JsonFinding {
  file: string;
  severity: string;
  code: string;
}

function isms(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', '--today', TODAY, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const json = (args: string[], cwd: string): JsonFinding[] => JSON.parse(isms([...args, '--format', 'json'], cwd).stdout) as JsonFinding[];

/**
 * A repository with an ISMS in isms/: an internal audit long overdue (ISMS101, a warning, in isms.yaml's
 * programme: nowhere near the files committed below), a corrective-action register with an impossible
 * date (ISMS002, an error) and a clean policy. README.md lies outside the ISMS.
 */
function repository(): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'isms-only-'));
  const isms = path.join(repo, 'isms');
  mkdirSync(path.join(isms, 'registers'), { recursive: true });
  mkdirSync(path.join(isms, 'policies'), { recursive: true });
  mkdirSync(path.join(isms, 'audits'), { recursive: true });
  writeFileSync(path.join(repo, 'README.md'), '# Our repository\n');
  writeFileSync(path.join(isms, 'isms.yaml'), 'isms: config\norganisation: Example Ltd\n');
  writeFileSync(
    path.join(isms, 'audits', 'IA-2024-01.md'),
    '---\nisms: internal-audit\nid: IA-2024-01\ntitle: Access control\nplanned: 2024-01-15\nscope: [A.5.15]\n---\n',
  );
  writeFileSync(
    path.join(isms, 'registers', 'corrective-actions.yaml'),
    'isms: corrective-actions\nrecords:\n  - id: CA-001\n    title: Fix the backups\n    status: open\n    owner: Alex\n    raised: 2026-02-30\n    due: 2026-12-01\n',
  );
  writeFileSync(
    path.join(isms, 'policies', 'access-control.md'),
    '---\nisms: document\nid: POL-001\ntitle: Access control policy\ntype: policy\nowner: Alex\nversion: "1.0"\nstatus: draft\n---\n\n# Access control\n',
  );
  return repo;
}

describe('isms check --only FILE… (pre-commit)', function () {
  this.timeout(60_000);
  let repo: string;
  let all: JsonFinding[];
  const register = 'isms/registers/corrective-actions.yaml';
  const policy = 'isms/policies/access-control.md';

  before(function () {
    assert.ok(existsSync(CLI), `${CLI} is missing: build first with \`node esbuild.mjs\``);
    repo = repository();
    all = json([], repo);
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('the whole check finds the error in the register and warnings elsewhere (the premise)', () => {
    assert.ok(
      all.some((f) => f.file === register && f.severity === 'error'),
      JSON.stringify(all),
    );
    assert.ok(
      all.some((f) => f.file !== register && f.file !== policy && f.severity === 'warning'),
      JSON.stringify(all),
    );
    assert.ok(!all.some((f) => f.file === policy && f.severity === 'error'), JSON.stringify(all));
  });

  it('a problem in a committed file fails the commit, and only that file is reported', () => {
    const r = isms(['--only', register, policy], repo);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const diagnostics = lines.slice(0, -1);
    assert.ok(diagnostics.length > 0);
    for (const line of diagnostics) assert.ok(line.startsWith(`${register}:`) || line.startsWith(`${policy}:`), line);
    const only = json(['--only', register, policy], repo);
    assert.deepEqual(
      only,
      all.filter((f) => f.file === register || f.file === policy),
    );
  });

  it('an overdue audit elsewhere does not: committing the clean policy passes', () => {
    // even with the overdue audit raised to an error, which fails the whole check
    const strict = ['--rule', 'ISMS101=error'];
    assert.ok(json(strict, repo).some((f) => f.code === 'ISMS101' && f.severity === 'error'));
    const r = isms(['--only', policy, ...strict], repo);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^No problems found/);
  });

  it('--fail-on is honoured for the committed files', () => {
    const audit = all.find((f) => f.severity === 'warning' && f.file !== register)!.file;
    assert.equal(isms(['--only', audit], repo).status, 0);
    assert.equal(isms(['--only', audit, '--fail-on', 'warning'], repo).status, 1);
    assert.equal(isms(['--only', register, '--fail-on', 'never'], repo).status, 0);
  });

  it('files outside any ISMS, and files that do not exist any more, are ignored quietly', () => {
    const r = isms(['--only', 'README.md', 'isms/registers/deleted.yaml'], repo);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^No problems found/);
  });

  it('paths are relative to the working folder, as pre-commit passes them from the repository root', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--today', TODAY, '--only', 'registers/corrective-actions.yaml'], {
      cwd: path.join(repo, 'isms'),
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^registers\/corrective-actions\.yaml:\d+:\d+: error ISMS002 /m);
  });

  it('parses the hook entry with the files pre-commit appends, and --only=FILE', () => {
    assert.deepEqual(parseArgs(['check', '--only', '--fail-on', 'warning', 'a.md', 'b/c.yaml']), {
      command: 'check',
      format: 'text',
      failOn: 'warning',
      rules: [],
      only: ['a.md', 'b/c.yaml'],
    });
    assert.deepEqual((parseArgs(['check', '--only=a.md', 'b.yml']) as { only?: string[] }).only, ['a.md', 'b.yml']);
    assert.throws(() => parseArgs(['check', 'a', 'b']), /takes one folder/);
  });

  it('.pre-commit-hooks.yaml declares the hook as documented', () => {
    const hooks = parseYaml(readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    const hook = hooks.find((h) => h.id === 'isms-check')!;
    assert.equal(hook.entry, 'isms check --only');
    assert.equal(hook.language, 'node');
    assert.equal(hook.pass_filenames, true);
    const files = new RegExp(String(hook.files));
    assert.ok(files.test('isms/registers/risks.yaml') && files.test('a.yml') && files.test('policies/p.md'));
    assert.ok(!files.test('src/main.ts'));
    // the variant that runs the CLI the repository has installed, never one npx would download
    const installed = hooks.find((h) => h.id === 'isms-check-installed')!;
    assert.equal(installed.entry, 'npx --no-install isms check --only');
    assert.deepEqual([installed.files, installed.pass_filenames, installed.require_serial], [hook.files, true, true]);
  });
});
