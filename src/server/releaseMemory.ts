/**
 * Gives back the memory the first index grew into (issue 20.4). Indexing allocates far more than it
 * keeps (YAML documents, CSTs, texts); V8 keeps the old space it grew to committed, fragmented, until its
 * memory reducer runs, seconds of idleness later, or not while edits keep coming. One full collection
 * that compacts every page, once the first complete diagnostics are written, brings the heap down to what
 * the index holds (at 10,000 records: committed 130 → 62 MB). Compacting is switched on for that one
 * collection only: the collections during edits keep V8's own heuristics. `gc` exists when the server runs
 * with `--expose-gc` (SERVER_LAUNCH, src/common/serverLaunch.ts); otherwise this does nothing.
 */
import { setFlagsFromString } from 'node:v8';

export function releaseMemory(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return false;
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
  return true;
}
