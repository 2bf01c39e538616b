/**
 * A large ISMS is read and parsed in worker threads (src/cli/parallelRead.ts): the output of `isms check`
 * must be byte for byte that of one thread, on the sample, on a generated ISMS and on files that are
 * awkward to post between threads; and the parses that come back from a worker equal the core's own.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from '../../../bench/generate';
import { DEFAULT_MIN_FILES, parallelReadOptions, workerReader } from '../../../src/cli/parallelRead';
import { parseFile, type FileRead } from '../../../src/core';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const TODAY = '2026-11-25';

const ONE_THREAD = { ISMS_PARSE_WORKERS: '0' };
const WORKERS = { ISMS_PARSE_WORKERS: '2', ISMS_PARSE_MIN_FILES: '0' };

function isms(dir: string, format: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', dir, '--today', TODAY, '--format', format], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sameOutput(dir: string): void {
  for (const format of ['text', 'json']) {
    const one = isms(dir, format, ONE_THREAD);
    const many = isms(dir, format, WORKERS);
    assert.equal(many.stderr, one.stderr, `${format}: stderr`);
    assert.equal(many.status, one.status, `${format}: exit code`);
    assert.equal(many.stdout, one.stdout, `${format}: output`);
    assert.ok(one.stdout.length > 0);
  }
}

/**
 * Files that are awkward to post: aliases shared in one parse, `__proto__` keys, a broken register, a NUL byte, a link out;
 * evidence and control activities (issue 18), one evidence register broken midway, evidence as Markdown.
 */
function awkwardFiles(dir: string): void {
  const write = (rel: string, text: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  write('isms.yaml', 'isms: config\norganisation: Awkward Ltd\n');
  write(
    'registers/risks.yaml',
    'isms: risk\nrecords:\n  - &base\n    id: R-1\n    title: One\n    owner: ciso\n    treatment: mitigate\n' +
      '  - <<: *base\n    id: R-2\n    __proto__: { polluted: true }\n',
  );
  write('registers/broken.yaml', 'isms: corrective-action\nrecords:\n  - id: CA-1\n    title: ok\n  - id: CA-2\n    title: [unclosed\n');
  write(
    'registers/control-activities.yaml',
    'isms: control-activities\nrecords:\n  - { id: ACT-1, title: Restore test, controls: [A.8.13], schedule: monthly, day: 31, start: 2026-01-01 }\n' +
      '  - { id: ACT-2, title: Access review, controls: [A.5.18], schedule: every 3 months, start: 2026-02-30 }\n',
  );
  write(
    'registers/evidence.yaml',
    'isms: evidence\nrecords:\n  - { id: EV-1, activity: ACT-1, effective: 2026-10-31, valid-months: 1, location: ../evidence/r.md }\n' +
      '  - { id: EV-2, controls: [A.8.8], effective: 2025-10-20, valid-until: 2026-10-31 }\n' +
      '  - { id: EV-3, activity: ACT-9, effective: 2026-11-02, valid-months: [1\n  - { id: EV-4, effective: 2026-11-03 }\n',
  );
  write(
    'evidence/2026/ev-5.md',
    '---\nisms: evidence\nid: EV-5\nactivity: ACT-1\nperformed: 2026-09-30\nvalid-months: twelve\n---\nRestored.\n',
  );
  write('audits/binary.md', Buffer.from('---\nisms: internal-audit\n\0\n---\n'));
  write('audits/nested.yaml', 'isms: config\norganisation: Elsewhere\n');
  write(
    'audits/ia-1.md',
    '---\nisms: internal-audit\nid: IA-1\ndate: 2026-02-30\n---\n\n## Scope\n\nAll.\n\n## Notes\n\n<!-- prompt -->\n',
  );
  const outside = path.join(dir, '..', 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'secret.md'), '---\nisms: risk\nid: R-9\n---\n');
  symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'audits', 'link.md'));
}

describe('isms check in worker threads (dist/cli.js as a process)', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms-parallel-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the same as one thread on the sample ISMS', () => sameOutput('examples/acme'));

  it('prints the same as one thread on a generated ISMS of 1,000 records, with evidence and control activities', () => {
    const root = path.join(dir, 'generated');
    const corpus = generateCorpus(1000);
    assert.ok((corpus.info.byKind.evidence ?? 0) > 50, 'evidence records in the corpus');
    assert.ok((corpus.info.byKind['control-activity'] ?? 0) >= 4, 'control activities in the corpus');
    for (const f of corpus.files) {
      mkdirSync(path.dirname(path.join(root, f.path)), { recursive: true });
      writeFileSync(path.join(root, f.path), f.text);
    }
    sameOutput(root);
  });

  it('prints the same as one thread on files awkward to post between threads', () => {
    const root = path.join(dir, 'awkward');
    awkwardFiles(root);
    sameOutput(root);
  });

  it('returns, from the workers, the parse of every file the core would make', async () => {
    const root = path.join(REPO, 'examples', 'acme');
    const files = readdirRecursive(root).filter((f) => /\.(md|ya?ml)$/.test(f) && !f.endsWith(`${path.sep}isms.yaml`));
    const reads: (FileRead | undefined)[] = new Array(files.length);
    const read = workerReader({ script: CLI, workers: 2, minFiles: 0 });
    const taken = await read(files, { root, realRoot: root }, (i, r) => {
      assert.equal(reads[i], undefined, `file ${i} returned twice`);
      reads[i] = r;
    });
    assert.equal(taken, true);
    let parsedElsewhere = 0;
    files.forEach((file, i) => {
      const r = reads[i];
      assert.ok(r && 'text' in r, `${file} was read`);
      assert.equal(r.text, readFileSync(file, 'utf8'));
      if (r.parsed) parsedElsewhere++;
      if (r.parsed) assert.deepStrictEqual(r.parsed, parseFile(file, r.text), file);
    });
    assert.ok(parsedElsewhere > files.length / 2, `${parsedElsewhere} of ${files.length} parsed in a worker`);
  });

  it('stays on one thread below the threshold, and when told to', async () => {
    const read = workerReader({ script: CLI, workers: 2, minFiles: 10 });
    assert.equal(await read(['a.md'], { root: '/', realRoot: '/' }, () => assert.fail('nothing read')), false);
    assert.equal(parallelReadOptions({ ISMS_PARSE_WORKERS: '0' }, CLI), undefined);
    assert.deepEqual(parallelReadOptions({ ISMS_PARSE_WORKERS: '3', ISMS_PARSE_MIN_FILES: '7' }, CLI), {
      script: CLI,
      workers: 3,
      minFiles: 7,
    });
    // by default: a worker per core beside the main thread, at most four, whatever the load below the cores
    assert.deepEqual(parallelReadOptions({}, CLI, { cores: 4, load: 0.3 }), { script: CLI, workers: 3, minFiles: DEFAULT_MIN_FILES });
    assert.equal(parallelReadOptions({}, CLI, { cores: 4, load: 2.5 })?.workers, 3);
    assert.equal(parallelReadOptions({}, CLI, { cores: 2, load: 1.2 })?.workers, 1);
    assert.equal(parallelReadOptions({}, CLI, { cores: 16, load: 1 })?.workers, 4);
    // one thread on one core, and when the load already fills every core
    assert.equal(parallelReadOptions({}, CLI, { cores: 1, load: 0 }), undefined);
    assert.equal(parallelReadOptions({}, CLI, { cores: 2, load: 2 }), undefined);
    assert.equal(parallelReadOptions({}, CLI, { cores: 2, load: 14.2 }), undefined);
    // the environment wins over the load
    assert.equal(parallelReadOptions({ ISMS_PARSE_WORKERS: '1' }, CLI, { cores: 2, load: 14.2 })?.workers, 1);
  });
});

function readdirRecursive(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}
