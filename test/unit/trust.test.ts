/**
 * Workspace Trust, "nothing from the workspace runs": the engine, the server, the CLI and the client
 * load no code at run time (no require of a computed path, no eval, no child processes), and YAML
 * tags in workspace files never construct objects (no function, RegExp, Date, Map or class instance
 * reaches a record), in the parser and in the edit functions alike.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFile } from '../../src/core';
import { appendRegisterRecord, applyTextEdits, setField } from '../../src/core/edit';
import { YAML_OPTIONS } from '../../src/core/parse/yaml';

// bundled to out/test/unit/trust.test.js
const ROOT = resolve(__dirname, '../../..');
const SOURCES = ['src', 'webview-ui/src'];

/** What would let workspace content become code, or start a process. */
const FORBIDDEN: [RegExp, string][] = [
  [/\brequire\s*\(/, 'require()'],
  [/\bimport\s*\(/, 'dynamic import()'],
  [/\beval\s*\(/, 'eval()'],
  [/\bnew\s+Function\s*\(/, 'new Function()'],
  [/['"](node:)?(child_process|vm|worker_threads)['"]/, 'child_process / vm / worker_threads'],
  [/\bprocess\.(binding|dlopen)\b/, 'process.binding / dlopen'],
  [/\bcustomTags\b|\bresolveKnownTags\s*:\s*true|\bschema\s*:\s*['"]yaml-1\.1/, 'YAML options that add tags'],
];

/**
 * The loads of code at run time that are allowed: the client's other bundles, the extension's own
 * `dist/languageClient.js` and `dist/workbench.js`, by paths fixed at build time (so activation stays
 * small, issues 6 and 20.5).
 */
const OWN_BUNDLE = /require\(context\.asAbsolutePath\('dist\/(languageClient|workbench)\.js'\)\)/g;

/** The CLI's git host: `git log` / `git show` with a timeout and bounded output, for ISMS906. */
const GIT_HOST = 'src/node/gitHost.ts';

/** The CLI's parse workers (issue 20.2): worker threads running the CLI's own bundle, tested below to start nothing else. */
const PARSE_WORKERS = 'src/cli/parallelRead.ts';

/**
 * The server's entry point compiles its own bundle (dist/serverMain.js, a name fixed at build time) with
 * `vm.Script` and V8's code cache (issue 20.1): `vm` there, for that bundle only (tested below).
 */
const CODE_CACHE = 'src/server/codeCache.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Only what JSON has: the shape every record value must have, whatever tags the file used. */
function assertPlain(value: unknown, at: string): void {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return;
  if (Array.isArray(value)) return value.forEach((v, i) => assertPlain(v, `${at}[${i}]`));
  assert.equal(typeof value, 'object', `${at} is a ${typeof value}`);
  assert.equal(Object.getPrototypeOf(value), Object.prototype, `${at} is a ${(value as object).constructor?.name}`);
  for (const [k, v] of Object.entries(value as object)) assertPlain(v, `${at}.${k}`);
}

const TAGGED = [
  '!!js/function "function () { globalThis.pwned = true }"',
  '!!js/regexp /x/g',
  '!!js/undefined ""',
  '!<tag:yaml.org,2002:js/function> "() => 1"',
  '!!binary aGVsbG8=',
  '!!timestamp 2026-01-01',
  '!!set { a, b }',
  '!!omap [ a: 1 ]',
  '!custom { run: true }',
];

describe('Workspace Trust: nothing from the workspace runs', () => {
  it('every parseDocument call turns the YAML 1.1 tags off (they would build a Buffer, Date, Set or Map)', () => {
    const calls = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bparseDocument\(([^)]*)\)/g)].map((m) => `${relative(ROOT, file)}: ${m[0]}`),
    );
    assert.ok(calls.length > 0);
    // YAML_OPTIONS (src/core/parse/yaml.ts) is the shared set, checked here to keep the tags off
    assert.equal(YAML_OPTIONS.resolveKnownTags, false);
    assert.deepEqual(
      calls.filter((c) => !c.includes('resolveKnownTags: false') && !c.includes('YAML_OPTIONS')),
      [],
    );
  });

  it('no source file loads code at run time or starts a process', () => {
    const hits: string[] = [];
    for (const dir of SOURCES) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        const text = readFileSync(file, 'utf8').replace(OWN_BUNDLE, '');
        // the one process allowed: the CLI's git host (ISMS906), tested below to be the CLI's alone
        if (relative(ROOT, file) === GIT_HOST) continue;
        for (const [pattern, what] of FORBIDDEN) {
          const allowed =
            (relative(ROOT, file) === PARSE_WORKERS && what.includes('worker_threads')) ||
            (relative(ROOT, file) === CODE_CACHE && what.includes('vm'));
          if (pattern.test(text) && !allowed) hits.push(`${relative(ROOT, file)}: ${what}`);
        }
      }
    }
    assert.deepEqual(hits, []);
    assert.ok(sourceFiles(join(ROOT, 'src')).length > 50, 'the sources were found');
    assert.equal(
      readFileSync(join(ROOT, 'src/extension/extension.ts'), 'utf8').match(OWN_BUNDLE)?.length,
      2,
      'the allowed loads are still the two in extension.ts',
    );
  });

  it('only the CLI imports the git host; the server, the client and the core never start git', () => {
    const importers = sourceFiles(join(ROOT, 'src'))
      .filter((f) => /from '[./]*\/?(node\/)?gitHost'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    assert.deepEqual(importers, ['src/cli/workspaces.ts']);
    const git = readFileSync(join(ROOT, GIT_HOST), 'utf8');
    assert.match(git, /execFile\(\s*'git',/, 'git by a fixed name, without a shell');
    assert.deepEqual(git.match(/^import .* from 'node:child_process';$/gm), ["import { execFile } from 'node:child_process';"]);
    assert.doesNotMatch(git, /shell:\s*true/);
  });

  it('the parse workers of the CLI run its own bundle, started only by the CLI', () => {
    const importers = sourceFiles(join(ROOT, 'src'))
      .filter((f) => /from '\.\/parallelRead'|cli\/parallelRead'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    assert.deepEqual(importers, ['src/cli/cli.ts']);
    assert.match(readFileSync(join(ROOT, 'src/cli/cli.ts'), 'utf8'), /parallelReadOptions\(process\.env, __filename\)/);
    const workers = readFileSync(join(ROOT, PARSE_WORKERS), 'utf8');
    assert.deepEqual(workers.match(/new Worker\([^)]*\)/g), ['new Worker(script, { workerData: start })']);
    assert.doesNotMatch(workers, /\beval\s*:\s*true/);
  });

  it('the code cache compiles only the server’s own bundle, by a name fixed at build time, started only by its entry point', () => {
    const importers = sourceFiles(join(ROOT, 'src'))
      .filter((f) => /from '\.\/codeCache'|server\/codeCache'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    assert.deepEqual(importers, ['src/server/main.ts']);
    assert.match(readFileSync(join(ROOT, 'src/server/main.ts'), 'utf8'), /runThroughCodeCache\(join\(__dirname, 'serverMain\.js'\)\);/);
    const loader = readFileSync(join(ROOT, CODE_CACHE), 'utf8');
    assert.deepEqual(loader.match(/new Script\(/g), ['new Script(']);
    assert.deepEqual(loader.match(/^import .* from 'node:vm';$/gm), ["import { Script } from 'node:vm';"]);
    // the cache is bytecode: read only from a folder and a file the user alone can write
    assert.match(loader, /ownedAlone\(folder\) && ownedAlone\(file\) \? readFileSync\(file\)/);
  });

  it('YAML tags construct nothing: every record value is plain data, in registers and front matter', () => {
    for (const tagged of TAGGED) {
      const register = parseFile('/x/risks.yaml', `isms: risks\nrecords:\n  - id: R-1\n    title: ${tagged}\n`);
      const md = parseFile('/x/r.md', `---\nisms: risk\nid: R-2\ntitle: ${tagged}\n---\n`);
      for (const parsed of [register, md]) for (const r of parsed.records) assertPlain(r.data, `${r.file} ${tagged}`);
      assert.equal((globalThis as { pwned?: unknown }).pwned, undefined);
    }
  });

  it('the edit functions read tagged files without constructing anything either', () => {
    for (const tagged of TAGGED) {
      const register = `isms: corrective-actions\nrecords:\n  - id: CA-1\n    notes: ${tagged}\n`;
      const appended = applyTextEdits(register, appendRegisterRecord(register, { id: 'CA-2', title: 'x' }));
      assert.ok(appended.startsWith(register.trimEnd()), `the tagged entry is kept as written: ${tagged}`);
      const md = `---\nisms: corrective-action\nid: CA-3\nnotes: ${tagged}\nstatus: open\n---\n`;
      const range = { start: { line: 1, character: 0 }, end: { line: 6, character: 0 } };
      const after = applyTextEdits(md, setField(md, { file: 'ca.md', range }, 'status', 'closed'));
      assert.equal(after, md.replace('status: open', 'status: closed'));
      assert.equal((globalThis as { pwned?: unknown }).pwned, undefined);
    }
  });
});
