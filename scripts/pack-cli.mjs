// Builds and packs the CLI alone as the npm package of packages/cli (@isms-workbench/cli), for a team to
// install in its own ISMS repository: one bundle with every dependency inside (so the package has none to
// install, and installs offline), the licence, and the notices of the packages bundled into it. Nothing of
// the extension or the webview. Publishing the tarball is a release step outside this repository
// (docs/releasing.md).
//   node scripts/pack-cli.mjs [--out DIR]      (default out/cli; prints the tarball's path last)
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'packages', 'cli');
const outFlag = process.argv.indexOf('--out');
const outDir = resolve(outFlag > 0 ? process.argv[outFlag + 1] : join(root, 'out', 'cli'));

const fail = (message) => {
  console.error(`pack-cli: ${message}`);
  process.exit(1);
};
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const extension = readJson(join(root, 'package.json'));
const cli = readJson(join(pkgDir, 'package.json'));
// one release, one version: `isms --version` prints the root's, so the package must carry the same
if (cli.version !== extension.version) fail(`packages/cli is ${cli.version}, package.json is ${extension.version}: keep them equal`);
if (cli.license !== extension.license) fail(`packages/cli is licensed ${cli.license}, package.json ${extension.license}`);

/** The CLI imports the root package.json for its version: give it only that, not the extension's manifest. */
const manifestVersionOnly = {
  name: 'manifest-version-only',
  setup(build) {
    build.onLoad({ filter: /package\.json$/ }, (args) =>
      resolve(args.path) === join(root, 'package.json')
        ? { contents: JSON.stringify({ version: extension.version }), loader: 'json' }
        : undefined,
    );
  },
};

rmSync(join(pkgDir, 'dist'), { recursive: true, force: true });
// readable, not minified: an auditor may want to read what runs in the pipeline
const result = await esbuild.build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  entryPoints: { cli: join(root, 'src/cli/cli.ts') },
  outdir: join(pkgDir, 'dist'),
  banner: { js: '#!/usr/bin/env node' },
  metafile: true,
  logLevel: 'warning',
  plugins: [manifestVersionOnly],
});

// whatever the bundle still requires must come with Node itself, or the package would need dependencies
const builtin = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
for (const output of Object.values(result.metafile.outputs))
  for (const imp of output.imports) if (imp.external && !builtin.has(imp.path)) fail(`the bundle requires ${imp.path} at run time`);

/** The packages (name → folder) whose files went into the bundle. */
const bundled = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
  if (m) bundled.set(m[2], join(root, m[1]));
}
const notices = [...bundled.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, dir]) => {
    const meta = readJson(join(dir, 'package.json'));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `License: ${meta.license}`;
    return `## ${name} ${meta.version} (${meta.license})\n\n\`\`\`text\n${text}\n\`\`\`\n`;
  });
writeFileSync(
  join(pkgDir, 'THIRD-PARTY-NOTICES.md'),
  `# Third-party notices\n\n\`dist/cli.js\` bundles these packages; their licences follow.\n\n${notices.join('\n')}`,
);
copyFileSync(join(root, 'LICENSE'), join(pkgDir, 'LICENSE'));

mkdirSync(outDir, { recursive: true });
const npm = spawnSync('npm', ['pack', '--json', '--pack-destination', outDir], {
  cwd: pkgDir,
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
if (npm.status !== 0) fail(`npm pack failed:\n${npm.stderr}`);
const [packed] = JSON.parse(npm.stdout);
const tarball = join(outDir, packed.filename);
if (!existsSync(tarball)) fail(`npm pack wrote no ${tarball}`);
console.log(`${packed.name}@${packed.version}: ${packed.entryCount} files, ${packed.size} bytes`);
console.log(tarball);
