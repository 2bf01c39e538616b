/**
 * The language server's entry point (dist/server.js, what editors run): the server itself is the bundle
 * dist/serverMain.js beside this file (a name fixed at build time, never a path from outside), loaded
 * through V8's code cache so that a start does not compile it again (codeCache.ts, issue 20.1).
 */
import { join } from 'node:path';
import { runThroughCodeCache } from './codeCache';

runThroughCodeCache(join(__dirname, 'serverMain.js'));
