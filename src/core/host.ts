/**
 * What the core needs from its host to read an ISMS folder. The CLI and the language server pass a
 * Node file-system host (src/node/fsHost.ts); tests pass an in-memory one. The core never touches `fs`.
 */
export interface DirEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
}

/** One commit that changed a file: its hash and committer date (YYYY-MM-DD). */
export interface CommitInfo {
  commit: string;
  date: string;
}

/**
 * Read-only access to the version history of files (git, for the Node host). Each call is bounded by
 * the host (a timeout, a cap on output); a failure is `undefined`, never an exception.
 */
export interface VersionControlHost {
  /** The commits that changed `file`, newest first, at most `limit`; undefined when `file` is not in a repository or the history cannot be read. */
  commitsOf(file: string, limit: number): Promise<CommitInfo[] | undefined>;
  /** The file's text as of `commit`; undefined when it cannot be read. */
  textAt(file: string, commit: string): Promise<string | undefined>;
}

export interface FileHost {
  readDirectory(dir: string): Promise<DirEntry[]>;
  /** size in bytes; resolves symlinks */
  stat(path: string): Promise<{ size: number; type: 'file' | 'directory' | 'other'; realPath: string }>;
  readFile(path: string): Promise<Uint8Array>;
  /** join a directory and a name the host's way ('/' for paths and URIs alike) */
  join(dir: string, name: string): string;
  /** The version history of the files, when the host can read it (documents changed since approval, ISMS906). */
  versionControl?: VersionControlHost;
}
