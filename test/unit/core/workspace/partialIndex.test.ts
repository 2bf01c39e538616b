/**
 * Publishing while a large ISMS is read (issue 20.1): the rules that are not cross-record (rule.ts
 * `crossRecord`, `readsOnlyItsFile`) give a file on a partly read index exactly what the complete check
 * gives it from them; and the scan tells its progress after each batch, on one thread and through a
 * FileBatchReader (the CLI's worker threads).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { generateCorpus } from '../../../../bench/generate';
import {
  readsOnlyItsFile,
  ruleByCode,
  RULES,
  scanIsmsFolder,
  type Diagnostic,
  type FileBatchReader,
  type FileRead,
  type IsmsWorkspace,
} from '../../../../src/core';
import { memoryHost, ROOT } from '../../support/memory';

const TODAY = '2026-11-25';
const REPO = path.resolve(__dirname, '../../../../..');

function sampleFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else
        out[
          path
            .relative(path.join(REPO, 'examples', 'acme'), p)
            .split(path.sep)
            .join('/')
        ] = readFileSync(p, 'utf8');
    }
  };
  walk(path.join(REPO, 'examples', 'acme'));
  return out;
}

const isLocal = (d: Diagnostic): boolean => {
  const rule = RULES.find((r) => r.code === d.code);
  assert.ok(rule ?? ruleByCode(d.code), `a rule for ${d.code}`);
  return rule !== undefined && readsOnlyItsFile(rule);
};

/**
 * Reads `files` as the language server does, taking each file's local diagnostics as soon as it is in the
 * index; returns them, the progress seen and the workspace (complete).
 */
async function readWhileIndexing(
  files: Record<string, string>,
  reader?: FileBatchReader,
): Promise<{ partial: Map<string, Diagnostic[]>; dones: number[]; total: number; ws: IsmsWorkspace }> {
  const host = memoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${ROOT}/${k}`, v])));
  const partial = new Map<string, Diagnostic[]>();
  const dones: number[] = [];
  let total = 0;
  const { workspace } = await scanIsmsFolder(host, ROOT, {
    reader,
    progress: ({ workspace: ws, files: listed, done }) => {
      total = listed.length;
      for (const f of listed.slice(dones.at(-1) ?? 0, done))
        partial.set(f, ws.fileLocalDiagnostics(f, { today: TODAY, rules: { ISMS008: 'off' } }));
      dones.push(done);
    },
  });
  return { partial, dones, total, ws: workspace };
}

function sameAsComplete(partial: Map<string, Diagnostic[]>, ws: IsmsWorkspace): { files: number; codes: Set<string> } {
  const final = ws.check({ today: TODAY, rules: { ISMS008: 'off' } }).byFile;
  const codes = new Set<string>();
  let files = 0;
  for (const [file, list] of partial) {
    const complete = final.get(file) ?? [];
    assert.deepEqual(list, complete.filter(isLocal), `${file}: the local diagnostics on a partial index are the complete check's`);
    for (const d of list) {
      codes.add(d.code);
      assert.ok(!/failed on this file/.test(d.message), d.message);
    }
    if (list.length > 0) files++;
  }
  return { files, codes };
}

describe('publishing while indexing: diagnostics on a partly read index (issue 20.1)', function () {
  this.timeout(60_000);

  it('declares the rules that read other records as cross-record, and the others hold on a partial index (generated ISMS)', async () => {
    const corpus = Object.fromEntries(generateCorpus(1500).files.map((f) => [f.path, f.text]));
    const { partial, dones, total, ws } = await readWhileIndexing(corpus);
    assert.equal(dones[0], 0);
    assert.equal(dones.at(-1), total);
    assert.ok(dones.length > 3, `told after each batch: ${dones.length}`);
    assert.ok(dones.every((d, i) => i === 0 || d > dones[i - 1]));
    assert.equal(partial.size, total);
    const { files, codes } = sameAsComplete(partial, ws);
    assert.ok(files > 5, `files with local diagnostics: ${files}`);
    assert.ok(codes.size >= 4, `codes: ${[...codes].join(', ')}`);
    // what a partial index cannot know is never published from it
    for (const code of ['ISMS003', 'ISMS007']) assert.ok(!codes.has(code), code);
  });

  it('holds on the sample, with parse problems, a skipped file and the cross-record rules left for the complete check', async () => {
    const files = {
      ...sampleFiles(),
      'registers/broken.yaml': 'isms: corrective-action\nrecords:\n  - id: CA-900\n    title: [unclosed\n',
      'records/unknown.md': '---\nisms: not-a-kind\n---\n# ?\n',
      'records/binary.md': '---\nisms: risk\n---\n\u0000\n',
      'records/dup.md': '---\nisms: risk\nid: R-001\ntitle: again\nowner: nobody\n---\n',
      'records/missing-ref.md':
        '---\nisms: corrective-action\nid: CA-901\ntitle: x\nsource: NC-NOWHERE\nstatus: opne\ndue: 2026-02-30\n---\n',
    };
    const { partial, ws } = await readWhileIndexing(files);
    const { codes } = sameAsComplete(partial, ws);
    for (const code of ['ISMS001', 'ISMS005', 'ISMS002', 'ISMS009']) assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
    const dup = ws
      .check({ today: TODAY })
      .all()
      .filter((d) => !isLocal(d));
    assert.ok(dup.length > 0, 'the sample has cross-record diagnostics too');
  });

  it('tells the progress through a FileBatchReader too, files applied in path order', async () => {
    const corpus = Object.fromEntries(generateCorpus(300).files.map((f) => [f.path, f.text]));
    // a reader that answers in reverse order, as workers may
    const reverse: FileBatchReader = async (list, _scope, done) => {
      for (let i = list.length - 1; i >= 0; i--) {
        const name = list[i].slice(ROOT.length + 1);
        const text = corpus[name];
        done(i, (text === undefined ? { gone: true } : { text }) as FileRead);
      }
      return true;
    };
    const { dones, total, partial, ws } = await readWhileIndexing(corpus, reverse);
    assert.deepEqual(dones, [0, total]);
    sameAsComplete(partial, ws);
  });
});
