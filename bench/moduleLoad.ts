/**
 * Module load time of the extension bundle with a stub `vscode`: how long `require('dist/extension.js')`
 * takes in a plain Node process when every `vscode` import is answered by an inert stub. This is NOT
 * the activation time (no VS Code, `activate()` is not called); the end-to-end suite measures that in a
 * real VS Code. It is the part of activation the bundle controls: parsing and running its top level.
 *
 *   node out/bench/moduleLoad.js <bundle>…     → {"ms":…}
 *
 * Several bundles are required one after the other and timed together (the activation bundle, then
 * the language-client and workbench bundles it loads after activation: the whole client).
 */
import Module from 'node:module';
import { resolve } from 'node:path';

/** Any property, call or `new` on the stub gives the stub again: enough for a bundle's top level. */
function stub(): unknown {
  const fn = function () {
    return proxy;
  };
  const proxy: object = new Proxy(fn, {
    get: (_t, p) => (p === Symbol.toPrimitive ? () => '' : p === 'prototype' ? Object.prototype : p === 'then' ? undefined : proxy),
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

const vscode = stub();
const internals = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const load = internals._load;
internals._load = function (request, parent, isMain) {
  return request === 'vscode' ? vscode : load.call(this, request, parent, isMain);
};

const bundles = (process.argv.length > 2 ? process.argv.slice(2) : ['dist/extension.js']).map((b) => resolve(b));
const requireFrom = Module.createRequire(__filename);
const started = performance.now();
for (const bundle of bundles) requireFrom(bundle);
process.stdout.write(`${JSON.stringify({ ms: Math.round((performance.now() - started) * 100) / 100 })}\n`);
