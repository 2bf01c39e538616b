/**
 * The gate cannot be switched off by a file in a pull request (issue 14.16): a 5-line `a.md` marked
 * `isms: config` neither removes findings nor turns exit 1 into exit 0.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../../..', 'dist', 'cli.js');

function check(dir: string): { status: number | null; findings: { file: string; code: string }[] } {
  const args = [CLI, 'check', '.', '--today', '2026-11-25', '--format', 'json'];
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, findings: JSON.parse(r.stdout) as { file: string; code: string }[] };
}

describe('isms check: only <root>/isms.yaml configures the ISMS', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: build first`);
    dir = mkdtempSync(path.join(tmpdir(), 'isms-config-'));
    writeFileSync(
      path.join(dir, 'isms.yaml'),
      'isms: config\norganisation: Gate Ltd\ncertification:\n  certificate: IS 9\n  issued: 2022-01-10\n  expires: 2025-01-09\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a.md marked isms: config keeps every finding and exit 1, and is itself reported', () => {
    const before = check(dir);
    assert.equal(before.status, 1);
    assert.ok(
      before.findings.some((f) => f.code === 'ISMS405'),
      'expired certificate',
    );
    writeFileSync(path.join(dir, 'a.md'), '---\nisms: config\norganisation: Gate Ltd\nstandards: [iso27001:2022]\n---\n');
    const after = check(dir);
    assert.equal(after.status, 1);
    const key = (f: { file: string; code: string }): string => `${f.file} ${f.code}`;
    assert.deepEqual(after.findings.filter((f) => f.file !== 'a.md').map(key), before.findings.map(key));
    assert.deepEqual(after.findings.filter((f) => f.file === 'a.md').map(key), ['a.md ISMS005']);
  });
});
