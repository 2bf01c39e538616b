#!/usr/bin/env node
// The same e2e suite in desktop VS Code through @vscode/test-electron, for machines that can download
// VS Code (not run in CI here: this network cannot). Needs a build (`npm run build`).
//   node test/e2e/electron.mjs [--version 1.100.3]
// Only the trusted suite: test-electron opens folders with Workspace Trust disabled; the restricted
// suite runs in the code-server kit (scripts/e2e.mjs).
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { version: { type: 'string', default: '1.100.3' } } });
const dir = mkdtempSync(join(tmpdir(), 'isms-e2e-electron-'));
const ws = join(dir, 'acme');
cpSync(join(root, 'examples/acme'), ws, { recursive: true });
mkdirSync(join(ws, '.vscode'), { recursive: true });
writeFileSync(join(ws, '.vscode/settings.json'), JSON.stringify({ 'isms.today': '2026-11-25' }));
try {
  await runTests({
    version: values.version,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test/e2e/suite/index.js'),
    launchArgs: [ws, '--disable-extensions'],
    extensionTestsEnv: { ISMS_E2E_SUITE: 'trusted' },
  });
} catch (e) {
  console.error(`e2e (electron): ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
