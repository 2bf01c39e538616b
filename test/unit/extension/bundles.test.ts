/**
 * Issue 20.5: the activation bundle (dist/extension.js, what VS Code loads and runs before activate()
 * returns) holds ids and stubs only — the trees, the commands, the calendar and the status bar are in the
 * workbench bundle (dist/workbench.js), the LSP client in dist/languageClient.js. The client entries are
 * bundled here in memory, minified as `node esbuild.mjs --production` does, and their inputs read from
 * esbuild's metafile: an implementation imported by extension.ts (even for one constant) shows up here.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildClientBundles } from '../../../bench/clientBundles';
import { COMMAND_IDS } from '../../../src/extension/ids';

const REPO = path.resolve(__dirname, '../../../..');

interface Bundle {
  bytes: number;
  inputs: string[];
}

async function buildClient(): Promise<Record<'extension' | 'workbench', Bundle>> {
  const { metafile } = await buildClientBundles(REPO, ['extension', 'workbench']);
  const bundle = (name: string): Bundle => {
    const [, output] = Object.entries(metafile.outputs).find(([file]) => file.endsWith(`/${name}.js`))!;
    return { bytes: output.bytes, inputs: Object.keys(output.inputs) };
  };
  return { extension: bundle('extension'), workbench: bundle('workbench') };
}

/** What VS Code must not load to activate: the implementations behind the ids. */
const IMPLEMENTATIONS = [
  /^src\/extension\/commands\//,
  /^src\/extension\/calendar\//,
  /^src\/extension\/\w+Tree\.ts$/,
  /^src\/extension\/(statusBar|treeItems|multiStepInput|workspaceEdits|workbench|languageClient)\.ts$/,
  /^src\/core\/(model|calendar|engine|rules|parse)\//,
  /node_modules\/vscode-languageclient\//,
];

describe('client bundles (issue 20.5)', function () {
  this.timeout(60_000);
  let bundles: Awaited<ReturnType<typeof buildClient>>;
  before(async () => {
    bundles = await buildClient();
  });

  it('the activation bundle holds no tree, command, calendar, status bar or language client, and is ≤ 60 KB minified', () => {
    const { extension } = bundles;
    const implementations = extension.inputs.filter((input) => IMPLEMENTATIONS.some((p) => p.test(input)));
    assert.deepEqual(implementations, [], 'these belong in dist/workbench.js (or dist/languageClient.js)');
    assert.ok(extension.inputs.includes('src/extension/treeStub.ts'), 'the trees are registered with stand-ins');
    assert.ok(extension.bytes <= 60 * 1024, `dist/extension.js is ${(extension.bytes / 1024).toFixed(1)} KB minified`);
  });

  it('the workbench bundle holds the implementations and not the language client', () => {
    const { workbench } = bundles;
    for (const file of ['src/extension/auditCycleTree.ts', 'src/extension/controlsTree.ts', 'src/extension/commands/index.ts']) {
      assert.ok(workbench.inputs.includes(file), `${file} is in dist/workbench.js`);
    }
    assert.deepEqual(
      workbench.inputs.filter((input) => /vscode-languageclient|src\/extension\/languageClient\.ts/.test(input)),
      [],
    );
  });

  it('activation registers every command of package.json by id, and no other', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      contributes: { commands: { command: string }[] };
    };
    assert.deepEqual([...COMMAND_IDS].sort(), manifest.contributes.commands.map((c) => c.command).sort());
  });

  it('every bundle extension.ts loads at run time is built by esbuild.mjs and shipped in the .vsix', () => {
    const source = readFileSync(path.join(REPO, 'src/extension/extension.ts'), 'utf8');
    const loaded = [...source.matchAll(/asAbsolutePath\('dist\/(\w+)\.js'\)/g)].map((m) => m[1]);
    assert.deepEqual(loaded.sort(), ['languageClient', 'workbench']);
    const build = readFileSync(path.join(REPO, 'esbuild.mjs'), 'utf8');
    const ignore = readFileSync(path.join(REPO, '.vscodeignore'), 'utf8');
    for (const name of loaded) {
      assert.match(build, new RegExp(`\\b${name}: 'src/extension/${name}\\.ts'`), `esbuild.mjs builds dist/${name}.js`);
      assert.ok(ignore.split('\n').includes(`!dist/${name}.js`), `.vscodeignore ships dist/${name}.js`);
    }
  });
});
