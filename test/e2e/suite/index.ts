/**
 * The end-to-end entry: loaded by the extension host of a real VS Code (code-server via the kit's
 * run-tests.mjs, or desktop VS Code via electron.mjs). ISMS_E2E_SUITE picks the suite:
 *   trusted (default)  every *.test.js except restricted.test.js
 *   restricted         restricted.test.js only (the folder is opened untrusted)
 * ISMS_E2E_FILES (comma-separated names without .test.js) narrows the trusted suite while developing.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** The trusted suite's order: reads first, then writes, so later tests see earlier edits undone. */
const ORDER = ['activation', 'diagnostics', 'tree', 'controls', 'quickFix', 'logCorrectiveAction', 'documents', 'commands'];

export function run(): Promise<void> {
  const suite = process.env.ISMS_E2E_SUITE === 'restricted' ? 'restricted' : 'trusted';
  const only = process.env.ISMS_E2E_FILES?.split(',').map((f) => f.trim());
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .filter((f) => (suite === 'restricted' ? f === 'restricted.test.js' : f !== 'restricted.test.js'))
    .filter((f) => !only || only.includes(f.replace(/\.test\.js$/, '')))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`e2e (${suite}): ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}

/** Kills the language server until the client gives up on it: nothing can run after it. */
const LAST = 'serverRecovery';

function rank(file: string): number {
  const name = file.replace(/\.test\.js$/, '');
  if (name === LAST) return ORDER.length + 1;
  const i = ORDER.indexOf(name);
  return i < 0 ? ORDER.length : i;
}
