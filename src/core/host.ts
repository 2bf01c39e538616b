/**
 * What the core needs from its host to read an ISMS folder. The CLI and the language server pass a
 * Node file-system host (src/node/fsHost.ts); tests pass an in-memory one. The core never touches `fs`.
 */
export interface DirEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
}

export interface FileHost {
  readDirectory(dir: string): Promise<DirEntry[]>;
  /** size in bytes; resolves symlinks; `realPath` is the path with every link resolved (containment is checked on it) */
  stat(path: string): Promise<{ size: number; type: 'file' | 'directory' | 'other'; realPath: string }>;
  /**
   * At most `maxBytes` bytes of a regular file, read until the end or the cap whatever its stat says
   * (`/proc` files stat as 0 bytes and some never end); a FIFO or other special file is refused, never read.
   */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** join a directory and a name with the host's separator ('/' in memory, the platform's on disk) */
  join(dir: string, name: string): string;
}
