/** The file host over Node's `fs`, with absolute paths as keys: the CLI's and the language server's. */
import { constants, existsSync, lstatSync, promises as fs, readdirSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { isInside } from '../core/folders';
import type { DirEntry, FileHost } from '../core/host';

/** Opened without blocking: a file swapped for a FIFO after the scan's stat must not hang the open. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads at most `maxBytes` bytes of a regular file by bounded reads until the end of the file: the size
 * stat gives is only a hint (0 for `/proc/self/pagemap`, which never ends). Anything but a regular file
 * (a FIFO, a device, a folder) is refused with code ENOTREG, having read nothing.
 */
export async function readFileCapped(p: string, maxBytes: number): Promise<Buffer> {
  const handle = await fs.open(p, OPEN_FLAGS);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error(`not a regular file: ${p}`), { code: 'ENOTREG' });
    const chunks: Buffer[] = [];
    let total = 0;
    // the first read is sized by the stat (one read for most files), at least a page; later reads by the chunk size
    let want = Math.max(8192, stat.size + 1);
    while (total < maxBytes) {
      const buf = Buffer.allocUnsafe(Math.min(want, maxBytes - total));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
      want = CHUNK_BYTES;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

export const nodeFileHost: FileHost = {
  async readDirectory(dir) {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries.map((e): DirEntry => ({
      name: e.name,
      type: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : e.isSymbolicLink() ? 'symlink' : 'other',
    }));
  },
  async stat(p) {
    const [s, realPath] = await Promise.all([fs.stat(p), fs.realpath(p)]);
    return { size: s.size, type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', realPath };
  },
  readFile: readFileCapped,
  join: (dir, name) => path.join(dir, name),
};

/**
 * Where a new file may be created: `target` (a folder that may not exist yet) resolves, with every link on
 * the way followed, to a place inside the real path of `root`. A lexical check is not enough: `reviews`
 * may be a committed link to `/elsewhere` (or a dangling one, which creating a folder would follow).
 */
export function resolvesInside(target: string, root: string): boolean {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return false;
  }
  const missing: string[] = [];
  for (let probe = path.resolve(target); ;) {
    try {
      const real = path.join(realpathSync(probe), ...missing);
      return isInside(real, realRoot, path.sep);
    } catch (e) {
      if ((e as { code?: string }).code !== 'ENOENT') return false;
      // missing, or a dangling link (which exists to lstat): only a missing part may be created
      if (lstatSync(probe, { throwIfNoEntry: false }) !== undefined) return false;
      const parent = path.dirname(probe);
      if (parent === probe) return false;
      missing.unshift(path.basename(probe));
      probe = parent;
    }
  }
}

/** The folders new record files go into, as the language server sees them (src/server/requests/edit.ts). */
export const nodeFolders = {
  names(dir: string): string[] {
    try {
      return existsSync(dir) ? readdirSync(dir) : [];
    } catch {
      return [];
    }
  },
  resolvesInside,
};
