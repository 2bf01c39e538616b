// One build for every bundle: the extension client, the language server, the CLI, the webview, and
// the tests (bundled so that ESM-only dependencies such as unified run under CommonJS mocha).
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Files under `dir` (recursively) whose name matches `pattern`. */
const filesUnder = (dir, pattern) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && pattern.test(e.name))
        .map((e) => join(e.parentPath ?? e.path, e.name))
    : [];

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
  // the client is three bundles: `extension` is what VS Code loads to activate (ids and stubs only: no LSP
  // client, no trees, no commands), `languageClient` (vscode-languageclient) is required by it right after
  // activation, `workbench` (trees, commands, calendar, status bar) once the server is up or on first use
  {
    ...node,
    entryPoints: {
      extension: 'src/extension/extension.ts',
      languageClient: 'src/extension/languageClient.ts',
      workbench: 'src/extension/workbench.ts',
      // the server: a small entry point that loads serverMain.js through V8's code cache (src/server/codeCache.ts)
      server: 'src/server/main.ts',
      serverMain: 'src/server/server.ts',
    },
    outdir: 'dist',
  },
  { ...node, entryPoints: { cli: 'src/cli/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
    entryPoints: { calendar: 'webview-ui/src/main.ts' },
    outdir: 'dist/webview',
  },
  // tests: mocha stays external so that its globals are the runner's own; esbuild (a native binary) too,
  // for the tests that build a bundle to look inside it
  {
    ...node,
    sourcemap: true,
    minify: false,
    external: ['vscode', 'mocha', 'esbuild'],
    outdir: 'out/test',
    outbase: 'test',
    entryPoints: [
      ...filesUnder('test/unit', /\.test\.ts$/),
      ...filesUnder('test/webview', /\.test\.ts$/),
      ...filesUnder('test/e2e/suite', /\.ts$/),
    ],
  },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
