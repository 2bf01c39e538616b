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
  /**
   * The commits that changed `file`, newest first, at most `limit`; undefined when `file` is not in a
   * repository or the history cannot be read.
   */
  commitsOf(file: string, limit: number): Promise<CommitInfo[] | undefined>;
  /** The file's text as of `commit`; undefined when it cannot be read. */
  textAt(file: string, commit: string): Promise<string | undefined>;
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
  /** The version history of the files, when the host can read it (documents changed since approval, ISMS906). */
  versionControl?: VersionControlHost;
}
