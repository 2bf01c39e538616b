/**
 * Lets a unit test load an extension module whose pure parts it tests (the tree's period split): the
 * `vscode` module exists only inside VS Code, so `require('vscode')` gets an empty object here. Import
 * this first; nothing of the extension may touch `vscode` at load time.
 */
import Module from 'node:module';

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const load = loader._load;
loader._load = function (request, parent, isMain) {
  return request === 'vscode' ? {} : load.call(this, request, parent, isMain);
};
