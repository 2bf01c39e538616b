/**
 * The installable CLI package (issue 19.1) as a team uses it: `scripts/pack-cli.mjs` packs
 * packages/cli with `npm pack`, the tarball is installed offline (`npm install --offline`, an empty npm
 * cache) into a scratch project outside this repository, and `npx isms` checks, plans, reports and
 * exports an ISMS there. Nothing of this repository's node_modules is reachable from the scratch project,
 * so a dependency left out of the bundle, a file left out of `files` or a broken `bin` fails here.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import rootPkg from '../../../package.json';
import cliPkg from '../../../packages/cli/package.json';
import { CLEAN_ISMS } from '../support/cleanIsms';

const REPO = path.resolve(__dirname, '../../../..');
const TODAY = '2026-11-25';
const WIN = process.platform === 'win32';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user's shell: none of the npm_* variables `npm test` sets for its scripts, a cache of our own. */
function userEnv(cache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD') env[k] = v;
  return { ...env, npm_config_cache: cache, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Run {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 60_000, shell: WIN });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI package (packages/cli): its manifest', () => {
  it('keeps the version and licence of the root package.json, and the extension manifest stays private', () => {
    assert.equal(cliPkg.version, rootPkg.version, 'packages/cli/package.json must carry the version of package.json');
    assert.equal(cliPkg.license, rootPkg.license);
    assert.equal(rootPkg.private, true);
    assert.equal((cliPkg as { private?: boolean }).private, undefined);
  });

  it('installs `isms` from the bundle, on Node 20 or later, with no dependency to fetch', () => {
    assert.deepEqual(cliPkg.bin, { isms: 'dist/cli.js' });
    assert.equal(cliPkg.engines.node, '>=20');
    assert.deepEqual(cliPkg.files, ['dist/cli.js', 'THIRD-PARTY-NOTICES.md']);
    for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies'])
      assert.equal(key in cliPkg, false, `packages/cli/package.json has ${key}`);
    // no install script runs in the user's repository; prepack only stops a pack of an unbuilt folder
    assert.deepEqual(Object.keys(cliPkg.scripts), ['prepack']);
  });
});

describe('the CLI package installed offline in a scratch project', function () {
  this.timeout(180_000);
  let scratch: string;
  let project: string;
  let tarball: string;
  let env: NodeJS.ProcessEnv;
  // `npx isms` as the README says; the other commands run the `bin` link npm made, which is quicker
  const npxIsms = (...args: string[]): Run => run('npx', ['--offline', '--no-install', 'isms', ...args], project, env);
  const isms = (...args: string[]): Run => run(path.join(project, 'node_modules', '.bin', WIN ? 'isms.cmd' : 'isms'), args, project, env);

  before(function () {
    scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'isms-package-')));
    assert.ok(path.relative(REPO, scratch).startsWith('..'), `the scratch project ${scratch} must lie outside ${REPO}`);
    env = userEnv(path.join(scratch, 'npm-cache'));

    const packed = run(process.execPath, [path.join(REPO, 'scripts', 'pack-cli.mjs'), '--out', path.join(scratch, 'pack')], REPO, env);
    assert.equal(packed.status, 0, packed.stderr);
    tarball = packed.stdout.trim().split('\n').pop()!;
    assert.equal(path.basename(tarball), `isms-workbench-cli-${rootPkg.version}.tgz`);

    // a team's ISMS repository: its own package.json, the ISMS in a folder, kept in git
    project = path.join(scratch, 'acme-isms');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), '{ "name": "acme-isms", "private": true }\n');
    const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], project, env);
    assert.equal(installed.status, 0, installed.stdout + installed.stderr);
    cpSync(path.join(REPO, 'examples', 'acme'), path.join(project, 'isms'), { recursive: true });
    for (const [name, text] of Object.entries(CLEAN_ISMS)) {
      mkdirSync(path.dirname(path.join(project, 'tiny', name)), { recursive: true });
      writeFileSync(path.join(project, 'tiny', name), text);
    }
    const git = (...args: string[]): void => {
      const r = run('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], project, {
        ...env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
      });
      assert.equal(r.status, 0, r.stderr);
    };
    writeFileSync(path.join(project, '.gitignore'), 'node_modules/\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'ISMS');
  });
  after(() => scratch && rmSync(scratch, { recursive: true, force: true }));

  it('packs only the bundle, its notices, the README, the licence and the manifest', () => {
    const listed = run('tar', ['-tzf', tarball], scratch, env);
    assert.equal(listed.status, 0, listed.stderr);
    assert.deepEqual(listed.stdout.trim().split('\n').sort(), [
      'package/LICENSE',
      'package/README.md',
      'package/THIRD-PARTY-NOTICES.md',
      'package/dist/cli.js',
      'package/package.json',
    ]);
  });

  it('installs as a dev dependency with nothing else in node_modules, and the bundle requires only Node built-ins', () => {
    const manifest = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    assert.deepEqual(Object.keys(manifest.devDependencies), ['@isms-workbench/cli']);
    const modules = readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    assert.deepEqual(modules, ['@isms-workbench']);
    const bundle = readFileSync(path.join(project, 'node_modules', '@isms-workbench', 'cli', 'dist', 'cli.js'), 'utf8');
    assert.ok(bundle.startsWith('#!/usr/bin/env node\n'));
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
    for (const name of required) assert.match(name, /^(node:)?[a-z_]+(\/[a-z_]+)?$/, `the bundle requires ${name}`);
    assert.ok(!required.has('vscode'));
    // the CLI's version comes from the root manifest, but not the extension's manifest with it
    assert.doesNotMatch(bundle, /isms\.logCorrectiveAction|walkthroughs/);
  });

  it('isms --version prints the package version', () => {
    const r = npxIsms('--version');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${rootPkg.version}\n`);
  });

  it('isms check finds the sample ISMS`s deliberate problems and exits 1', () => {
    const r = npxIsms('check', 'isms', '--today', TODAY);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.stderr, '');
    for (const expected of [
      /^isms\/registers\/corrective-actions\.yaml:\d+:\d+: error ISMS304 Corrective action CA-2026-002 is closed without ‘effectiveness:’/m,
      /^isms\/audits\/2026\/IA-2026-10-business-continuity\.md:\d+:\d+: warning ISMS101 Internal audit IA-2026-10 /m,
      /^isms\/registers\/incidents\.yaml:\d+:\d+: error ISMS701 /m,
      /^\d+ problems \(\d+ errors, \d+ warnings, \d+ information\) in \d+ files; checked 1 ISMS \(isms\), \d+ files, as of 2026-11-25\.$/m,
    ])
      assert.match(r.stdout, expected);
    const sarif = JSON.parse(isms('check', 'isms', '--today', TODAY, '--format', 'sarif').stdout) as { version: string; runs: unknown[] };
    assert.equal(sarif.version, '2.1.0');
  });

  it('isms check on a clean ISMS exits 0 with no problems', () => {
    const r = isms('check', 'tiny', '--today', '2026-06-10', '--fail-on', 'warning');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^No problems found in 1 ISMS \(tiny\), \d+ files, as of 2026-06-10\.\n$/);
  });

  it('isms plan prints the audit programme month by month', () => {
    const r = isms('plan', 'isms', '--today', TODAY);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Acme Cloud Ltd \(isms\) — as of 2026-11-25$/m);
    assert.match(r.stdout, /^2026-11 +planned +3 audits$/m);
    assert.match(r.stdout, /^ +IA-2026-11c +2026-11-26 +planned +Inventory and acceptable use of assets$/m);
  });

  it('isms report coverage and documents report on the sample', () => {
    const coverage = isms('report', 'coverage', 'isms', '--today', TODAY);
    assert.equal(coverage.status, 0, coverage.stderr);
    assert.match(coverage.stdout, /^ISO\/IEC 27001:2022 — \d+ of \d+ audited$/m);
    assert.match(coverage.stdout, /^ {4}A\.5\.7 +Threat intelligence +planned in IA-2026-12b 2026-12-08$/m);
    const documents = isms('report', 'documents', 'isms', '--today', TODAY);
    assert.equal(documents.status, 0, documents.stderr);
    assert.match(documents.stdout, /^Acme Cloud Ltd \(isms\) — documented information as of 2026-11-25$/m);
    assert.match(documents.stdout, /^ {2}POL-001 /m);
    // the folder is in git, so whether a document changed since its approval is told
    assert.match(documents.stdout, /^ {2}POL-002 .* (yes|no)\b/m);
  });

  it('isms export ics writes the audit plan as iCalendar', () => {
    const r = isms('export', 'ics', 'isms', '--today', TODAY, '--out', 'audit-plan.ics');
    assert.equal(r.status, 0, r.stderr);
    const ics = readFileSync(path.join(project, 'audit-plan.ics'), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nEND:VCALENDAR\r\n$/);
    assert.match(ics, /^SUMMARY:.*IA-2026-11c/m);
    assert.ok(existsSync(path.join(project, 'audit-plan.ics')));
  });
});
