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
  /** size in bytes; resolves symlinks */
  stat(path: string): Promise<{ size: number; type: 'file' | 'directory' | 'other'; realPath: string }>;
  readFile(path: string): Promise<Uint8Array>;
  /** join a directory and a name the host's way ('/' for paths and URIs alike) */
  join(dir: string, name: string): string;
}
