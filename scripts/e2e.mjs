#!/usr/bin/env node
// The end-to-end suite in a real VS Code (code-server + Chromium, see test/e2e/kit/README.md):
//   1. the trusted suite on a scratch copy of examples/acme (with --screenshots: the README's pictures into docs/images/),
//   2. the restricted suite on another copy, opened untrusted (Workspace Trust).
//   3. the calendar webview, driven by Playwright (test/e2e/calendar.mjs).
// Needs a build (`npm run build`). Options: --suite trusted|restricted|calendar (default all), --screenshots,
// --verbose, --files a,b (only these trusted test files, names without .test.js).
// The kit's setup (Debian chromium, code-server from npm) runs first; it is idempotent.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kit = join(root, 'test/e2e/kit');
const { values: opts } = parseArgs({
  options: {
    suite: { type: 'string' },
    screenshots: { type: 'boolean' },
    verbose: { type: 'boolean' },
    files: { type: 'string' },
    timeout: { type: 'string', default: '300' },
  },
});
/** The date the sample's deliberate problems are written for (examples/acme/README.md). */
const SAMPLE_TODAY = '2026-11-25';
const started = Date.now();
const secs = (t = started) => ((Date.now() - t) / 1000).toFixed(1);

for (const f of ['dist/extension.js', 'dist/languageClient.js', 'dist/workbench.js', 'dist/server.js', 'out/test/e2e/suite/index.js']) {
  if (!existsSync(join(root, f))) {
    console.error(`e2e: ${f} is missing; run \`npm run build\` first`);
    process.exit(2);
  }
}

const setupLog = join(tmpdir(), 'vscode-e2e-setup.log');
const setup = spawnSync('bash', [join(kit, 'setup.sh')], { encoding: 'utf8' });
writeFileSync(setupLog, `${setup.stdout ?? ''}${setup.stderr ?? ''}`);
if (setup.status !== 0) {
  console.error(`e2e: the kit's setup failed (log: ${setupLog}):\n${(setup.stdout + setup.stderr).split('\n').slice(-40).join('\n')}`);
  process.exit(1);
}

const sample = existsSync(join(root, 'examples/acme/isms.yaml')) ? join(root, 'examples/acme') : join(root, 'test/fixtures/e2e-workspace');

/** A scratch copy of the sample with the date its problems are written for. */
function scratchWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'isms-e2e-'));
  const ws = join(dir, 'acme');
  cpSync(sample, ws, { recursive: true });
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  writeFileSync(join(ws, '.vscode/settings.json'), JSON.stringify({ 'isms.today': SAMPLE_TODAY, 'files.autoSave': 'off' }, null, 2));
  return { dir, ws };
}

function runSuite(suite) {
  const t = Date.now();
  const { dir, ws } = scratchWorkspace();
  const env = { ...process.env, ISMS_E2E_SUITE: suite };
  if (opts.files) env.ISMS_E2E_FILES = opts.files;
  if (opts.screenshots && suite === 'trusted') env.ISMS_E2E_SCREENSHOTS = join(root, 'docs/images');
  const args = [
    join(kit, 'run-tests.mjs'),
    '--extension',
    root,
    '--tests',
    join(root, 'out/test/e2e/suite/index.js'),
    '--workspace',
    ws,
    '--timeout',
    opts.timeout,
  ];
  if (suite === 'restricted') args.push('--restricted');
  if (opts.verbose) args.push('--verbose');
  console.log(`e2e: ${suite} suite on a copy of ${sample.slice(root.length + 1)}`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  rmSync(dir, { recursive: true, force: true });
  console.log(`e2e: ${suite} suite exit ${r.status} after ${secs(t)} s`);
  return r.status ?? 1;
}

/** The calendar webview, driven from the outside by Playwright (its DOM is out of the extension host's reach). */
function runCalendar() {
  const t = Date.now();
  console.log('e2e: calendar webview (Playwright)');
  const r = spawnSync(process.execPath, [join(root, 'test/e2e/calendar.mjs'), ...(opts.screenshots ? ['--screenshots'] : [])], {
    stdio: 'inherit',
  });
  console.log(`e2e: calendar exit ${r.status} after ${secs(t)} s`);
  return r.status ?? 1;
}

const suites = opts.suite ? [opts.suite] : ['trusted', 'restricted', 'calendar'];
let failed = 0;
for (const s of suites) if ((s === 'calendar' ? runCalendar() : runSuite(s)) !== 0) failed++;
console.log(`e2e: ${suites.length - failed}/${suites.length} suites passed in ${secs()} s`);
process.exit(failed ? 1 : 0);
