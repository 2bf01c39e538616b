/**
 * `isms` output in a terminal and in a CI log, run as a process (dist/cli.js) on an ISMS whose every
 * string a pull request could have written (issue 14.18): a newline in an id must not start a line, so
 * no GitHub Actions workflow command (`::error::`, `::add-mask::`, `::stop-commands::`, `##[error]`) and
 * no fake finding reaches the log; ESC/OSC/CSI, C1, bidi and line-separator characters never reach it raw.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const TODAY = '2026-11-25';

const EVIL =
  '\n::error file=README.md,line=1::Fake finding\n::add-mask::secret\r::stop-commands::tok\n  ::warning::indented' +
  '\n##[error]old ##vso[task.complete]x' +
  ' \u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil\u2066\u2028x\u0085y\u0000z\tw';

/** Raw control characters that must never be printed (a newline between lines aside). */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function assertSafe(output: string, what: string): void {
  assert.ok(!RAW.test(output), `${what}: a raw control character: ${JSON.stringify(output.match(RAW)?.[0])}`);
  for (const line of output.split('\n')) {
    assert.ok(!/^\s*::/.test(line), `${what}: a workflow command line: ${JSON.stringify(line)}`);
    assert.ok(!/##\w*\[/.test(line), `${what}: a ##[ command: ${JSON.stringify(line)}`);
  }
}

describe('isms text output in terminals and CI logs (issue 14.18)', function () {
  this.timeout(120_000);
  let dir: string;
  const isms = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms-terminal-'));
    const q = (s: string): string => JSON.stringify(s);
    const certification = 'certification:\n  issued: 2023-03-14\n  expires: 2026-03-13\n';
    const organisation = `organisation: ${q(`::add-mask::Acme${EVIL}`)}\n`;
    writeFileSync(path.join(dir, 'isms.yaml'), `isms: config\n${organisation}standards: [iso27001]\n${certification}`);
    const ca = `  - id: ${q(`CA-1${EVIL}`)}\n    title: ${q(`T${EVIL}`)}\n    status: open\n`;
    writeFileSync(path.join(dir, 'cas.yaml'), `isms: corrective-actions\nrecords:\n${ca}`);
    writeFileSync(
      path.join(dir, 'audits.yaml'),
      `isms: internal-audits\nrecords:\n  - id: ${q(`IA-1${EVIL}`)}\n    title: ${q(`audit${EVIL}`)}\n` +
        '    planned: 2026-12-03\n    scope: [A.5.15]\n' +
        `  - id: ${q(`IA-2${EVIL}`)}\n    title: done\n    planned: 2026-06-01\n    performed: 2026-06-02\n    scope: [A.5.1]\n`,
    );
    const aw = `  - id: ${q(`AW-1${EVIL}`)}\n    title: ${q(`aw${EVIL}`)}\n    type: training\n    date: 2026-10-01\n`;
    writeFileSync(path.join(dir, 'aw.yaml'), `isms: awareness\nrecords:\n${aw}`);
    // a file name is workspace text too
    writeFileSync(path.join(dir, 'evil\n::error::name.md'), '---\nisms: corrective-action\nid: CA-9\nstatus: open\n---\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('check: one line per finding (path:line:col: severity CODE message) and the summary, nothing else', () => {
    const r = isms('check', '.', '--today', TODAY);
    assert.equal(r.status, 1, r.stderr);
    assertSafe(r.stdout, 'check');
    const lines = r.stdout.trimEnd().split('\n');
    const findings = lines.slice(0, -1);
    for (const line of findings) assert.match(line, /^\S.*:\d+:\d+: (error|warning|information|hint) ISMS\d{3} /, line);
    assert.match(lines[lines.length - 1], /^\d+ problems /);
    // the escapes show what the text held
    const shown = 'Corrective action CA-1\\n::error file=README.md,line=1::Fake finding\\n::add-mask::secret\\r::stop';
    assert.ok(r.stdout.includes(shown), r.stdout);
    assert.ok(r.stdout.includes('evil\\n::error::name.md:'), 'the file name is escaped, not split');
    assert.ok(r.stdout.includes('\\x1b]0;pwned\\x07') && r.stdout.includes('\\u202eevil') && r.stdout.includes('##\\x5berror]'));
  });

  it('check --format json and sarif: valid JSON with the same strings, no raw C1, bidi or ##[', () => {
    for (const format of ['json', 'sarif']) {
      const r = isms('check', '.', '--today', TODAY, '--format', format);
      assert.equal(r.status, 1, r.stderr);
      assertSafe(r.stdout, format);
      assert.ok(JSON.stringify(JSON.parse(r.stdout)).includes(JSON.stringify(`CA-1${EVIL}`).slice(1, -1)), `${format} lost the id`);
    }
  });

  const commands = [
    ['plan'],
    ['report', 'coverage'],
    ['report', 'awareness'],
    ['report', 'coverage', '--format', 'json'],
    ['report', 'awareness', '--format', 'json'],
  ];
  for (const args of commands) {
    it(`${args.join(' ')}: no line a terminal or a CI runner would obey`, () => {
      const r = isms(...args, '.', '--today', TODAY);
      assert.equal(r.status, 0, r.stderr);
      assertSafe(r.stdout + r.stderr, args.join(' '));
      if (args.includes('json')) JSON.parse(r.stdout);
    });
  }

  it('report --format markdown and export review-pack --out -: escaped Markdown, one line per line', () => {
    const markdown = [
      ['report', 'coverage', '--format', 'markdown'],
      ['report', 'awareness', '--format', 'markdown'],
      ['export', 'review-pack', '--out', '-'],
    ];
    for (const args of markdown) {
      const r = isms(...args, '.', '--today', TODAY);
      assert.equal(r.status, 0, r.stderr);
      assertSafe(r.stdout, args.join(' '));
    }
  });

  it('export ics --out -: the calendar itself carries no control character and no command line', () => {
    const r = isms('export', 'ics', '.', '--today', TODAY, '--out', '-');
    assert.equal(r.status, 0, r.stderr);
    // TEXT allows TAB, and a tab moves no cursor past a line
    assertSafe(r.stdout.replace(/\r\n/g, '\n').replace(/\t/g, ' '), 'ics');
  });

  it('messages on standard error: a written file and an error name their paths escaped', () => {
    const wrote = isms('export', 'ics', '.', '--today', TODAY, '--out', 'plan\n::error::x.ics');
    assert.equal(wrote.status, 0, wrote.stderr);
    assertSafe(wrote.stderr, 'export message');
    assert.match(wrote.stderr, /^isms: wrote plan\\n::error::x\.ics \(\d+ events, as of 2026-11-25\)\n$/);
    const missing = isms('check', 'no\n::error::such', '--today', TODAY);
    assert.equal(missing.status, 2);
    assertSafe(missing.stderr, 'error message');
    assert.equal(missing.stderr, 'isms: no such folder: no\\n::error::such\n');
  });
});
