/**
 * The language server's bundle loaded through V8's code cache (issue 20.1). Compiling the 800 KB bundle,
 * and then each function the first check runs, is about a fifth of the time to the first diagnostics;
 * with the cache V8 reads their bytecode instead. The cache is made after the first publish (so that it
 * holds what the scan and the check compiled) and kept in the user's own cache folder
 * (`ISMS_CODE_CACHE=<folder>` sets another, `off` turns it off). It is bytecode, so it is read only from
 * a folder and a file that the user alone can write, and only for this exact bundle and Node: its name
 * is a hash of both, and V8 itself refuses a cache of another V8 or other flags. Anything wrong with the
 * cache (missing, refused, unreadable, unwritable) only means compiling as without it. Node >= 22.1's
 * `module.enableCompileCache` does the same; the product supports Node 20.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { FIRST_PUBLISH_EVENT } from './startupEvents';

const PREFIX = 'server-';
const SUFFIX = '.v8cache';

/** Where the cache may live: the user's cache folder, or ISMS_CODE_CACHE; undefined when off. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const set = env.ISMS_CODE_CACHE;
  if (set === 'off') return undefined;
  if (set) return set;
  const home = homedir();
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Caches')
        : (env.XDG_CACHE_HOME ?? join(home, '.cache'));
  return join(base, 'isms-workbench', 'code-cache');
}

/** Only the user may have written it: owned by this user, not writable by group or others (POSIX; Windows' per-user folder as is). */
function ownedAlone(path: string): boolean {
  if (process.platform === 'win32' || !process.getuid) return true;
  const s = statSync(path);
  return s.uid === process.getuid() && (s.mode & 0o022) === 0;
}

function readCache(folder: string, file: string): Buffer | undefined {
  try {
    return ownedAlone(folder) && ownedAlone(file) ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (a temporary file renamed); caches of other bundles or Nodes (and stray temporary files) are removed. */
function writeCache(folder: string, file: string, data: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownedAlone(folder)) return;
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
    for (const name of readdirSync(folder)) {
      if (name.startsWith(PREFIX) && join(folder, name) !== file) unlinkSync(join(folder, name));
    }
  } catch {
    // a read-only or full disk: the next start compiles again
  }
}

/** What happened to the cache at this start: for the start-up trace. */
export type CodeCacheUse = 'used' | 'made' | 'refused' | 'off';

/**
 * Runs the CommonJS bundle `bundle` (a path fixed at build time, see main.ts) as Node's loader would,
 * compiled through the code cache of `folder`.
 */
export function runThroughCodeCache(bundle: string, folder = cacheFolder()): void {
  (globalThis as { ismsLoaderStart?: number }).ismsLoaderStart = performance.now();
  const source = readFileSync(bundle, 'utf8');
  const key = createHash('sha256').update(`${process.version} ${process.arch}\n`).update(source).digest('hex').slice(0, 32);
  const file = folder && join(folder, `${PREFIX}${key}${SUFFIX}`);
  const cachedData = folder && file ? readCache(folder, file) : undefined;
  // the wrapper Node's CommonJS loader puts around a module
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const use: CodeCacheUse = !file ? 'off' : cachedData && !script.cachedDataRejected ? 'used' : cachedData ? 'refused' : 'made';
  (globalThis as { ismsCodeCache?: CodeCacheUse }).ismsCodeCache = use;
  if (file && use !== 'used')
    process.once(FIRST_PUBLISH_EVENT, () => setImmediate(() => writeCache(folder, file, script.createCachedData())));
  const module = { exports: {}, id: '.', filename: bundle, loaded: false };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}
