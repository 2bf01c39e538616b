// One build for every bundle: the extension client, the language server, the CLI, the webview, and
// the unit tests (bundled so that ESM-only dependencies such as unified run under plain CommonJS mocha).
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const testEntries = (dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)) : [];

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

const builds = [
  { ...node, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { server: 'src/server/server.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { cli: 'src/cli/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  {
    bundle: true, platform: 'browser', target: 'es2022', format: 'iife', minify: production, sourcemap: !production,
    logLevel: 'warning', entryPoints: { calendar: 'webview-ui/src/main.ts' }, outdir: 'dist/webview',
  },
  // tests: mocha and fast-check stay external so that mocha's globals are the runner's own
  { ...node, sourcemap: true, minify: false, external: ['vscode', 'mocha'],
    entryPoints: [...testEntries('test/unit'), ...testEntries('test/e2e/suite')], outdir: 'out/test', outbase: 'test' },
].filter((b) => Object.values(b.entryPoints).every?.((e) => existsSync(e)) ?? true)
 .filter((b) => (Array.isArray(b.entryPoints) ? b.entryPoints.length > 0 : Object.values(b.entryPoints).every((e) => existsSync(e))));

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
