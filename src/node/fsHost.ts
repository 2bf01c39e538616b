/** The file host over Node's `fs`, with absolute paths as keys: the CLI's and the language server's. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { DirEntry, FileHost } from '../core/host';

export const nodeFileHost: FileHost = {
  async readDirectory(dir) {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries.map(
      (e): DirEntry => ({
        name: e.name,
        type: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : e.isSymbolicLink() ? 'symlink' : 'other',
      }),
    );
  },
  async stat(p) {
    const [s, realPath] = await Promise.all([fs.stat(p), fs.realpath(p)]);
    return { size: s.size, type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', realPath };
  },
  readFile: (p) => fs.readFile(p),
  join: (dir, name) => path.join(dir, name),
};
