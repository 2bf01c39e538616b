/**
 * `isms check` (dist/cli.js as a process) reads what the language server reads: .gitignore files and
 * `exclude:` honoured (issue 13.4), dist/ and out/ skipped (13.3), links out of the ISMS (to /, to an
 * endless /proc file) reported, never followed (14.3, 14.6), within a bounded time.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const audit = (id: string): string => `---\nisms: internal-audit\nid: ${id}\ntitle: Audit ${id}\nplanned: 2026-05-04\n---\n`;

interface Finding {
  file: string;
  code: string;
}

describe('isms check: which files are read', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'isms-cli-scan-')));
    const write = (rel: string, text: string): void => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    };
    write('isms.yaml', 'isms: config\norganisation: Scan Ltd\nexclude:\n  - archive/\n  - "**/*.draft.md"\n');
    write('.gitignore', 'drafts/\n');
    write('audits/.gitignore', 'scratch.md\n');
    write('audits/IA-1.md', audit('IA-1'));
    write('audits/scratch.md', audit('IA-S'));
    write('audits/IA-2.draft.md', audit('IA-2'));
    write('drafts/IA-D.md', audit('IA-D'));
    write('archive/2019/IA-A.md', audit('IA-A'));
    write('dist/IA-B.md', audit('IA-B'));
    write('out/IA-C.md', audit('IA-C'));
    symlinkSync('/', path.join(dir, 'slash'));
    if (existsSync('/proc/self/pagemap')) symlinkSync('/proc/self/pagemap', path.join(dir, 'evidence.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('checks only what the rules let through and reports the links out, in bounded time', () => {
    const args = [CLI, 'check', dir, '--today', '2026-06-01', '--format', 'json'];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.error, undefined, 'the check finished');
    // (the programme's monthly gaps, ISMS103, and the mandatory list, ISMS931, on isms.yaml are beside the point)
    const findings = (JSON.parse(r.stdout) as Finding[])
      .filter((f) => f.code !== 'ISMS103' && f.code !== 'ISMS931')
      .map((f) => `${path.relative(dir, path.resolve(dir, f.file))} ${f.code}`)
      .sort();
    const expected = ['audits/IA-1.md ISMS101', 'slash ISMS009'];
    if (existsSync('/proc/self/pagemap')) expected.push('evidence.md ISMS009');
    assert.deepEqual(findings, expected.sort(), r.stdout);
  });
});
