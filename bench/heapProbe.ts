/**
 * Preloaded into the language server by the benchmark (`node --expose-gc --require heapProbe.js
 * dist/server.js --stdio`): on SIGUSR2 it collects garbage and writes process.memoryUsage() to the
 * file named by ISMS_BENCH_HEAP_FILE. The server itself is unchanged and offers no such request; the
 * probe never touches stdout, which carries LSP.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.ISMS_BENCH_HEAP_FILE;
if (target) {
  process.on('SIGUSR2', () => {
    (globalThis as { gc?: () => void }).gc?.();
    writeFileSync(target, JSON.stringify(process.memoryUsage()));
  });
}
