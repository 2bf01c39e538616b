// Bundles the benchmark scripts into out/bench/ (CommonJS, like the CLI and the server, so that the
// ESM-only dependencies bundle in). The product bundles in dist/ come from the root esbuild.mjs.
//   node bench/build.mjs
import * as esbuild from 'esbuild';

const entries = [
  'generate',
  'run',
  'limit',
  'incremental',
  'lspLatency',
  'moduleLoad',
  'heapProbe',
  'profile',
  'firstDiagnostics',
  'memory',
  'vscodeFirstProblem',
];

await esbuild.build({
  entryPoints: Object.fromEntries(entries.map((e) => [e, `bench/${e}.ts`])),
  outdir: 'out/bench',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode', 'esbuild'],
});
