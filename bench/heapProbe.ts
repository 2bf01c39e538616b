/**
 * Preloaded into the language server by the benchmark (`node --expose-gc --require heapProbe.js
 * dist/server.js --stdio`): on SIGUSR2 it writes to the file named by ISMS_BENCH_HEAP_FILE the process's
 * memory before a full garbage collection (`before`: what is resident at that moment, per V8 heap space)
 * and process.memoryUsage() after it (the top-level fields: the heap's live size). The server itself is
 * unchanged and offers no such request; the probe never touches stdout, which carries LSP.
 */
import { writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

const target = process.env.ISMS_BENCH_HEAP_FILE;
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/** Each V8 heap space's committed (physical) and used size, MB. */
function spaces(): Record<string, { physical: number; used: number }> {
  const out: Record<string, { physical: number; used: number }> = {};
  for (const s of getHeapSpaceStatistics()) out[s.space_name] = { physical: mb(s.physical_space_size), used: mb(s.space_used_size) };
  return out;
}

if (target) {
  process.on('SIGUSR2', () => {
    const before = { ...process.memoryUsage(), spaces: spaces() };
    (globalThis as { gc?: () => void }).gc?.();
    writeFileSync(target, JSON.stringify({ ...process.memoryUsage(), before, spacesAfter: spaces() }));
  });
}
