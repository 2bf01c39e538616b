/**
 * The one scan predicate (skipped folders, record files) and the ignore rules (.gitignore files, `exclude:`
 * in isms.yaml), over the in-memory host (issue 13 items 3 and 4), and the scan's reports of folders it
 * cannot read (issue 14.35) and of buffers over the byte limit (14.31).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  findIsmsRoots,
  IsmsWorkspace,
  isRecordFile,
  isSkippedFolder,
  loadIsmsFolder,
  MAX_FILE_BYTES,
  MAX_IGNORE_FILE_BYTES,
  scanIsmsFolder,
  SKIPPED_FOLDERS,
  utf8Length,
  type FileHost,
} from '../../../src/core';
import { memoryHost } from '../support/memory';

const TODAY = '2026-11-25';
const REPO = path.resolve(__dirname, '../../../..');
const risk = (id: string): string => `---\nisms: risk\nid: ${id}\ntitle: Risk ${id}\n---\n`;
const names = (ws: IsmsWorkspace): string[] => ws.files().map((f) => f.slice('/r/'.length));

describe('the scan predicate', () => {
  it('skips dot-folders and the dependency and build folders, and reads only Markdown and YAML', () => {
    for (const name of ['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode']) assert.ok(isSkippedFolder(name), name);
    for (const name of ['audits', 'reviews', 'output', 'distribution']) assert.ok(!isSkippedFolder(name), name);
    for (const name of ['a.md', 'b.markdown', 'c.yaml', 'd.YML']) assert.ok(isRecordFile(name), name);
    for (const name of ['a.txt', 'b.mkd', 'c.json', 'isms.yaml.bak']) assert.ok(!isRecordFile(name), name);
  });

  it('is what the README says the scan skips', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const line = readme
      .split('\n## ')
      .find((s) => s.startsWith('Limits and guarantees'))!
      .replace(/\s+/g, ' ');
    for (const name of SKIPPED_FOLDERS) assert.ok(line.includes(`\`${name}\``), `README "Limits and guarantees" names \`${name}\``);
  });

  it('is used by the CLI scan: dist/ and out/ are not read', async () => {
    const host = memoryHost({
      '/r/isms.yaml': 'isms: config\n',
      '/r/dist/a.md': risk('R-1'),
      '/r/out/b.md': risk('R-2'),
      '/r/c.md': risk('R-3'),
    });
    assert.deepEqual(names(await loadIsmsFolder(host, '/r')), ['c.md', 'isms.yaml']);
  });
});

describe('ignore rules: .gitignore and exclude:', () => {
  it('honours the root .gitignore (folders, globs, negation)', async () => {
    const host = memoryHost({
      '/r/isms.yaml': 'isms: config\n',
      '/r/.gitignore': '# drafts are not records yet\ndrafts/\n*.tmp.md\n!keep.tmp.md\n',
      '/r/drafts/a.md': risk('R-1'),
      '/r/audits/b.tmp.md': risk('R-2'),
      '/r/audits/keep.tmp.md': risk('R-3'),
      '/r/audits/c.md': risk('R-4'),
    });
    assert.deepEqual(names(await loadIsmsFolder(host, '/r')), ['audits/c.md', 'audits/keep.tmp.md', 'isms.yaml']);
  });

  it('honours nested .gitignore files relative to their folder, a deeper one overriding', async () => {
    const host = memoryHost({
      '/r/isms.yaml': 'isms: config\n',
      '/r/.gitignore': '*.old.md\n',
      '/r/audits/.gitignore': 'scratch/\n!kept.old.md\n',
      '/r/audits/scratch/a.md': risk('R-1'),
      '/r/scratch/b.md': risk('R-2'),
      '/r/audits/kept.old.md': risk('R-3'),
      '/r/audits/gone.old.md': risk('R-4'),
      '/r/gone.old.md': risk('R-5'),
    });
    assert.deepEqual(names(await loadIsmsFolder(host, '/r')), ['audits/kept.old.md', 'isms.yaml', 'scratch/b.md']);
  });

  it('honours `exclude:` in isms.yaml, never excluding isms.yaml itself', async () => {
    const config = 'isms: config\nexclude:\n  - archive/\n  - "**/*.draft.md"\n  - "*.yaml"\n';
    const host = memoryHost({
      '/r/isms.yaml': config,
      '/r/archive/2019/a.md': risk('R-1'),
      '/r/reviews/b.draft.md': risk('R-2'),
      '/r/reviews/c.md': risk('R-3'),
      '/r/risks.yaml': 'isms: risks\nrecords: []\n',
    });
    const ws = await loadIsmsFolder(host, '/r');
    assert.deepEqual(ws.config.exclude, ['archive/', '**/*.draft.md', '*.yaml']);
    assert.deepEqual(names(ws), ['isms.yaml', 'reviews/c.md']);
  });

  it('gives the language server the same rules for a path announced on its own', async () => {
    const host = memoryHost({
      '/r/isms.yaml': 'isms: config\nexclude: [archive/]\n',
      '/r/.gitignore': 'drafts/\n',
      '/r/audits/.gitignore': '*.bak.md\n',
      '/r/audits/a.md': risk('R-1'),
    });
    const { scope } = await scanIsmsFolder(host, '/r');
    const left = ['/r/drafts/x.md', '/r/audits/drafts/y.md', '/r/archive/2019/z.md', '/r/audits/q.bak.md', '/r/node_modules/m.md'];
    left.push('/r/a/.cache/b.md');
    for (const p of left) assert.ok(scope.excludes(p), p);
    for (const p of ['/r/audits/b.md', '/r/q.bak.md', '/r/isms.yaml', '/elsewhere/drafts/x.md']) assert.ok(!scope.excludes(p), p);
  });

  it('does not look for roots in a .gitignored folder', async () => {
    const host = memoryHost({
      '/w/.gitignore': 'vendor/\n',
      '/w/vendor/x/isms.yaml': 'isms: config\n',
      '/w/a/isms.yaml': 'isms: config\n',
    });
    assert.deepEqual(await findIsmsRoots(host, '/w'), ['/w/a']);
  });

  it('reports a .gitignore over the size limit and does not apply it', async () => {
    const huge = `a.md\n${'#'.repeat(MAX_IGNORE_FILE_BYTES)}\n`;
    const host = memoryHost({ '/r/isms.yaml': 'isms: config\n', '/r/.gitignore': huge, '/r/a.md': risk('R-1') });
    const ws = await loadIsmsFolder(host, '/r');
    assert.deepEqual(names(ws), ['.gitignore', 'a.md', 'isms.yaml']);
    assert.match(
      ws
        .check({ today: TODAY })
        .all()
        .find((d) => d.code === 'ISMS009')?.message ?? '',
      /\.gitignore is over 256 KB/,
    );
  });
});

describe('what the scan cannot read is reported', () => {
  it('reports a folder that cannot be listed (EACCES) instead of skipping it silently (issue 14.35)', async () => {
    const host = memoryHost({ '/r/isms.yaml': 'isms: config\n', '/r/locked/a.md': risk('R-1'), '/r/b.md': risk('R-2') });
    const locked: FileHost = {
      ...host,
      readDirectory: async (d) =>
        d === '/r/locked' ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : host.readDirectory(d),
    };
    const ws = await loadIsmsFolder(locked, '/r');
    const skipped = ws
      .check({ today: TODAY })
      .all()
      .filter((d) => d.code === 'ISMS009');
    assert.deepEqual(
      skipped.map((d) => d.file),
      ['/r/locked'],
    );
    assert.match(skipped[0].message, /folder could not be read \(EACCES\)/);
    assert.ok(ws.has('/r/b.md'), 'the rest is read');
  });

  it('counts an unsaved buffer in UTF-8 bytes, as a file on disk (issue 14.31)', () => {
    const ws = new IsmsWorkspace('/r');
    ws.setFile('/r/isms.yaml', 'isms: config\n');
    // 3 million 'é' are 3 million UTF-16 units but 6 million bytes: over the limit like the same file on disk
    const wide = `---\nisms: risk\nid: R-1\n---\n${'é'.repeat(3_000_000)}\n`;
    assert.ok(wide.length < MAX_FILE_BYTES && utf8Length(wide) > MAX_FILE_BYTES);
    ws.setFile('/r/wide.md', wide);
    assert.match(
      ws
        .check({ today: TODAY })
        .all()
        .find((d) => d.code === 'ISMS009')?.message ?? '',
      /over the 5 MB limit/,
    );
    // just under the limit in bytes is read
    const narrow = `---\nisms: risk\nid: R-2\n---\n${'é'.repeat(2_000_000)}\n`;
    ws.setFile('/r/narrow.md', narrow);
    assert.equal(ws.recordsById('R-2').length, 1);
    assert.equal(utf8Length('a\u00e9\u20ac\u{1F600}'), 1 + 2 + 3 + 4);
  });
});
