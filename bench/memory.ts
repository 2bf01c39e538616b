/**
 * What holds the language server's memory once a corpus is indexed and checked (issue 20.4): the core's
 * workspace loaded in process as the server loads it, then its parts taken away one at a time, each
 * followed by a full garbage collection, the heap's drop being that part's share.
 *
 *   node --expose-gc out/bench/memory.js <corpus-dir> [--hold-all]   → a Markdown table on stdout
 *
 * `--hold-all` keeps every file's text (the CLI's policy); without it only the files open in an editor
 * keep theirs (the server's: none here), the others a hash. The order matters for objects that two parts
 * share; the table says which part went first.
 */
import { loadIsmsFolder } from '../src/core';
import { nodeFileHost } from '../src/node/fsHost';

const gc = (globalThis as { gc?: () => void }).gc;

function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

type Parts = Record<string, unknown>;

async function main(): Promise<void> {
  const root = process.argv[2];
  if (!root || !gc) throw new Error('usage: node --expose-gc out/bench/memory.js <corpus-dir> [--hold-all]');
  const base = heapMb();
  const ws = await loadIsmsFolder(nodeFileHost, root, { holdTexts: process.argv.includes('--hold-all') ? 'all' : 'open' });
  ws.check({ today: '2026-11-25' });
  const loaded = heapMb();
  const rss = process.memoryUsage().rss / 1048576;
  if (process.env.ISMS_MEMORY_DETAIL) process.stderr.write(`${JSON.stringify(process.memoryUsage())}\n`);
  const inner = ws as unknown as Parts;
  const records = ws.records();
  const recordCount = records.length;
  let ranges = 0;
  for (const r of records) {
    ranges += 2 + 2 * Object.keys(r.fields).length;
    for (const list of Object.values(r.items)) ranges += list.length;
  }
  const rows: [string, number][] = [];
  let last = loaded;
  const take = (what: string, drop: () => void): void => {
    drop();
    const now = heapMb();
    rows.push([what, last - now]);
    last = now;
  };
  const clear = (name: string): void => (inner[name] as { clear?: () => void }).clear?.();
  take('the check results (per file, per rule, published with their JSON keys)', () => {
    for (const n of ['fileDiagnostics', 'ruleDiagnostics', 'ruleDiagnosticsByFile', 'published']) clear(n);
    inner.recordDiagnostics = new WeakMap();
  });
  take('file texts (held) and their hashes', () => {
    clear('texts');
    clear('hashes');
  });
  take('indexes: id → records, id → references, per-kind lists, the references of each record', () => {
    for (const n of ['byId', 'refs', 'kindFiles', 'byKind']) clear(n);
    inner.refsCache = new WeakMap();
  });
  take("records' field and item ranges (`fields`, `items`)", () => {
    for (const r of records) Object.assign(r, { fields: {}, items: {} });
  });
  take("records' values (`data`), sections, links, spellings", () => {
    for (const r of records)
      Object.assign(r, { data: {}, sections: undefined, blankSections: undefined, links: undefined, spellings: undefined });
  });
  take('the records themselves, parsed files, last good parses', () => {
    records.length = 0;
    for (const n of ['parsed', 'lastGood']) clear(n);
  });
  const out = [
    `${ws.files().length} files, ${recordCount} records; heap after GC: ${loaded.toFixed(1)} MB (${(loaded - base).toFixed(1)} MB for the workspace), RSS ${rss.toFixed(1)} MB; ${ranges} ranges`,
    '',
    '| part (taken away in this order) | MB |',
    '| --- | ---: |',
    ...rows.map(([what, mb]) => `| ${what} | ${mb.toFixed(1)} |`),
    `| what is left (the bundle, the scan's scope, …) | ${(last - base).toFixed(1)} |`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
