#!/usr/bin/env node
// `npm start`: builds the extension, opens the sample ISMS (examples/acme) in a real VS Code with the
// extension loaded from this folder, and prints the URL. VS Code is code-server (the VS Code workbench
// served to a browser; installed by test/e2e/kit/setup.sh from npm), bound to 127.0.0.1 only.
//   npm start [-- --port 8080] [--in-place] [--folder DIR] [--today YYYY-MM-DD|--real-today]
// --in-place opens examples/acme itself (edits are then real); by default a scratch copy is opened.
// The sample's deliberate problems are written for 2026-11-25, so `isms.today` is set to that unless
// --real-today is given.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: o } = parseArgs({
  options: {
    port: { type: 'string' },
    'in-place': { type: 'boolean' },
    folder: { type: 'string' },
    today: { type: 'string', default: '2026-11-25' },
    'real-today': { type: 'boolean' },
  },
});
const say = (s) => console.log(`isms start: ${s}`);

say('building');
const build = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

say('checking the VS Code install (test/e2e/kit/setup.sh; the first run takes about a minute)');
const setup = spawnSync('bash', [join(root, 'test/e2e/kit/setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (setup.status !== 0) process.exit(setup.status ?? 1);
const codeServer = setup.stdout.trim().split('\n').pop();

let workspace = resolve(o.folder ?? join(root, 'examples/acme'));
if (!o['in-place'] && !o.folder) {
  const copy = join(mkdtempSync(join(tmpdir(), 'isms-demo-')), 'acme');
  cpSync(workspace, copy, { recursive: true });
  workspace = copy;
  say(`opening a scratch copy of examples/acme: ${workspace}`);
}
if (!o['real-today']) {
  const settingsFile = join(workspace, '.vscode/settings.json');
  if (!existsSync(settingsFile)) {
    mkdirSync(dirname(settingsFile), { recursive: true });
    writeFileSync(settingsFile, JSON.stringify({ 'isms.today': o.today }, null, 2) + '\n');
    say(`isms.today = ${o.today} in ${settingsFile} (the date the sample is written for; --real-today to skip)`);
  }
}

const port = o.port
  ? Number(o.port)
  : await new Promise((res, rej) => {
      const srv = createServer()
        .listen(0, '127.0.0.1', () => {
          const p = srv.address().port;
          srv.close(() => res(p));
        })
        .on('error', rej);
    });
const state = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'isms-workbench/code-server');
const dirs = { data: join(state, 'data'), ext: join(state, 'extensions') };
mkdirSync(join(dirs.data, 'User'), { recursive: true });
const userSettings = join(dirs.data, 'User/settings.json');
if (!existsSync(userSettings)) {
  writeFileSync(
    userSettings,
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'security.workspace.trust.startupPrompt': 'never',
      },
      null,
      2,
    ),
  );
}
const server = spawn(
  codeServer,
  [
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--user-data-dir',
    dirs.data,
    '--extensions-dir',
    dirs.ext,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    workspace,
  ],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, EXTENSIONS_GALLERY: '{"serviceUrl":""}' } },
);
let out = '';
server.stdout.on('data', (d) => {
  out += d;
});
server.stderr.on('data', (d) => {
  out += d;
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => {
    server.kill('SIGTERM');
    process.exit(0);
  });
server.on('exit', (code) => {
  console.error(out.slice(-3000));
  say(`code-server exited (${code})`);
  process.exit(code ?? 1);
});

const end = Date.now() + 60_000;
for (;;) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {
    /* not up yet */
  }
  if (Date.now() > end) {
    console.error(out.slice(-3000));
    say('code-server did not start');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}
// The extension is loaded from source, the way the e2e kit does it (vscode.mjs): a workbench payload.
const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
const payload = [['extensionDevelopmentPath', remote(root)]];
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
console.log(`\nISMS Workbench is running in VS Code at:\n\n  ${url}\n\nOpen it in a browser on this machine (Ctrl+C stops it).`);
