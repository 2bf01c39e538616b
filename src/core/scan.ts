/**
 * Reading ISMS folders through a FileHost: finding the roots (folders with an `isms.yaml`) and loading
 * every record file under one. The one scan predicate of the CLI and the language server lives here:
 * which folders are never entered (`isSkippedFolder`), which files are records (`isRecordFile`), and a
 * root's ignore rules (`.gitignore` files and `exclude:`, in a ScanScope).
 *
 * Bounded and contained: files over MAX_FILE_BYTES (counted while reading, never trusting stat) or holding
 * NUL bytes are reported as skipped; nothing whose real path (links resolved) is outside the folder being
 * scanned is read or entered, and a link that leads out is reported once (ISMS009); symlink loops are cut
 * by remembering real paths; a folder that cannot be listed is reported; a file that vanishes mid-scan is
 * ignored. A file link that cannot be resolved (ELOOP) is read like any file, so that it is reported
 * (ISMS009), as it is when a file watcher announces it; a dangling link is no file.
 */
import { approvedDocuments, readDocumentHistory } from './documents/history';
import type { FileHost } from './host';
import { IgnoreRules } from './ignoreRules';
import { MAX_FILE_BYTES, MAX_IGNORE_FILE_BYTES } from './limits';
import { isInside, isRecordFile, isSkippedFolder } from './folders';
import type { ParsedFile } from './parse/parseFile';
import { IsmsWorkspace, type WorkspaceOptions } from './workspace/workspace';

export { isRecordFile, isSkippedFolder, SKIPPED_FOLDERS } from './folders';

/** Reads in flight at once: enough to hide latency, few enough not to exhaust file handles. */
const CONCURRENCY = 16;

const CONFIG_FILE = 'isms.yaml';
const decoder = new TextDecoder('utf-8');

/** The host's path separator, as its `join` writes it. */
const separatorOf = (host: FileHost): string => host.join('a', 'b').charAt(1) || '/';

/**
 * One scanned folder (an ISMS root, or a workspace folder searched for roots): its real path, which
 * nothing read may leave, and its ignore rules, which grow as the walk meets `.gitignore` files.
 */
export class ScanScope {
  private readonly sep: string;

  constructor(
    readonly host: FileHost,
    readonly root: string,
    readonly realRoot: string,
    readonly rules: IgnoreRules = new IgnoreRules(),
  ) {
    this.sep = separatorOf(host);
  }

  /** The root-relative path with '/' separators; undefined outside the root, '' for the root itself. */
  relative(path: string): string | undefined {
    if (path === this.root) return '';
    if (!isInside(path, this.root, this.sep)) return undefined;
    const rel = path.slice(this.root.length + (this.root.endsWith(this.sep) ? 0 : 1));
    return this.sep === '/' ? rel : rel.split(this.sep).join('/');
  }

  /** The real path (links resolved) is inside the root's real path. */
  contains(realPath: string): boolean {
    return isInside(realPath, this.realRoot, this.sep);
  }

  /** A path announced on its own (a watcher's event) that the scan would not have read: skipped or ignored folder, ignore rule. */
  excludes(path: string, isDir = false): boolean {
    const rel = this.relative(path);
    if (rel === undefined || rel === '') return false;
    const segments = rel.split('/');
    const folders = isDir ? segments : segments.slice(0, -1);
    if (folders.some(isSkippedFolder)) return true;
    return this.rules.ignoresPath(rel, isDir);
  }
}

/** A scope over `root`: its real path resolved once (the path itself when it cannot be). */
export async function scopeOf(host: FileHost, root: string, rules?: IgnoreRules): Promise<ScanScope> {
  const realRoot = await host.stat(root).then(
    (s) => s.realPath,
    () => root,
  );
  return new ScanScope(host, root, realRoot, rules);
}

interface WalkEvents {
  /** a file to consider ('unreadable': a link that could not be resolved, to be reported when read) */
  file(path: string, name: string, kind: 'file' | 'unreadable'): void;
  /** a folder that cannot be listed, a link that leads outside, a `.gitignore` that is not applied */
  problem(path: string, reason: string): void;
}

type EntryKind = 'file' | 'directory' | 'unreadable' | 'outside-file' | 'outside-folder' | 'none';

/** What a directory entry is, links resolved and contained: a link out of the scope is 'outside-…', a dangling one 'none'. */
async function entryKind(scope: ScanScope, path: string, type: string): Promise<EntryKind> {
  if (type === 'file' || type === 'directory') return type;
  if (type !== 'symlink') return 'none'; // FIFOs, sockets, devices: never read
  try {
    const s = await scope.host.stat(path);
    if (s.type === 'other') return 'none';
    if (scope.contains(s.realPath)) return s.type;
    return s.type === 'directory' ? 'outside-folder' : 'outside-file';
  } catch (err) {
    // a dangling link is no file; one that cannot be resolved (a loop: ELOOP) is a file that cannot be read
    return (err as { code?: string }).code === 'ENOENT' ? 'none' : 'unreadable';
  }
}

/** The folder holds an `isms.yaml` that is a regular file (a link to one inside the scope counts; a FIFO or a dangling link does not). */
async function holdsRootMarker(scope: ScanScope, dir: string, entries: { name: string; type: string }[]): Promise<boolean> {
  const marker = entries.find((e) => e.name === CONFIG_FILE);
  return marker !== undefined && (await entryKind(scope, scope.host.join(dir, marker.name), marker.type)) === 'file';
}

/** Applies a folder's `.gitignore` to the scope before its entries are looked at. */
async function readGitignore(scope: ScanScope, dir: string, rel: string, events: WalkEvents): Promise<void> {
  const file = scope.host.join(dir, '.gitignore');
  try {
    const s = await scope.host.stat(file);
    if (s.type !== 'file' || !scope.contains(s.realPath)) return;
    const bytes = await scope.host.readFile(file, MAX_IGNORE_FILE_BYTES + 1);
    if (bytes.length > MAX_IGNORE_FILE_BYTES) {
      events.problem(file, `the .gitignore is over ${MAX_IGNORE_FILE_BYTES / 1024} KB, so its rules are not applied`);
      return;
    }
    scope.rules.addGitignore(rel, decoder.decode(bytes));
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'ENOENT') events.problem(file, `the .gitignore could not be read (${code ?? String(e)}), so its rules are not applied`);
  }
}

/** The entries of one folder worth visiting: files to the callback, folders returned (skipped and ignored ones left out). */
async function visitEntries(
  scope: ScanScope,
  dir: string,
  rel: string,
  entries: { name: string; type: string }[],
  events: WalkEvents,
): Promise<string[]> {
  const subdirs: string[] = [];
  for (const e of entries) {
    const path = scope.host.join(dir, e.name);
    const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
    if ((e.type === 'directory' || e.type === 'symlink') && isSkippedFolder(e.name)) continue;
    const kind = await entryKind(scope, path, e.type);
    if (kind === 'none' || scope.rules.ignores(childRel, kind === 'directory')) continue;
    if (kind === 'directory') subdirs.push(path);
    else if (kind === 'outside-folder' || (kind === 'outside-file' && isRecordFile(e.name))) {
      // reported once, at the link: a folder link out is never followed, a record file link out never read
      events.problem(path, `it is a link to a ${kind === 'outside-folder' ? 'folder' : 'file'} outside the ISMS folder, which is not read`);
    } else if (kind === 'file' || kind === 'unreadable') events.file(path, e.name, kind);
  }
  return subdirs;
}

/** Walks `dir` (inside the scope), never leaving it; `stopAtRoots`: a nested ISMS root is its own workspace, not part of this one. */
async function walk(scope: ScanScope, dir: string, events: WalkEvents, stopAtRoots: boolean): Promise<void> {
  const seen = new Set<string>();
  const visit = async (d: string): Promise<void> => {
    let real: string;
    try {
      real = (await scope.host.stat(d)).realPath;
    } catch {
      return;
    }
    if (seen.has(real) || !scope.contains(real)) return; // a symlink loop, the same folder twice, or outside
    seen.add(real);
    let entries;
    try {
      entries = await scope.host.readDirectory(d);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        events.problem(d, `the folder could not be read (${code ?? String(e)}), so nothing in it is checked`);
      }
      return;
    }
    if (stopAtRoots && d !== scope.root && (await holdsRootMarker(scope, d, entries))) return;
    const rel = scope.relative(d) ?? '';
    if (entries.some((e) => e.name === '.gitignore')) await readGitignore(scope, d, rel, events);
    const subdirs = await visitEntries(scope, d, rel, entries, events);
    for (let i = 0; i < subdirs.length; i += CONCURRENCY) await Promise.all(subdirs.slice(i, i + CONCURRENCY).map(visit));
  };
  await visit(dir);
}

/** Folders under `dir` (itself included) that hold an `isms.yaml` (a regular file), sorted; `.gitignore` files are honoured. */
export async function findIsmsRoots(host: FileHost, dir: string): Promise<string[]> {
  const roots: string[] = [];
  const scope = await scopeOf(host, dir);
  const events: WalkEvents = {
    // only a regular file marks a root (not a link that cannot be resolved)
    file: (path, name, kind) => {
      if (name === CONFIG_FILE && kind === 'file') roots.push(path.slice(0, path.length - name.length - 1));
    },
    problem: () => undefined,
  };
  await walk(scope, dir, events, false);
  return roots.sort();
}

/** Why a file's bytes cannot be checked, or undefined when they can. */
export function unusableReason(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length > MAX_FILE_BYTES + 1 ? bytes.length : undefined);
  if (bytes.subarray(0, 8192).includes(0)) return 'the file looks binary (it contains NUL bytes)';
  return undefined;
}

/** The size when known (stat, or a host that read it all); a capped read knows only that it is over. */
const tooLarge = (bytes: number | undefined): string => {
  const size = bytes === undefined ? '' : `${(bytes / 1048576).toFixed(1)} MB, `;
  return `the file is ${size}over the ${MAX_FILE_BYTES / 1048576} MB limit for ISMS files`;
};

/** What reading one record file gave: its text (and its parse, when done elsewhere), why it is skipped, or that it is gone. */
export type FileRead = { text: string; parsed?: ParsedFile } | { skip: string } | { gone: true };

/**
 * Reads and parses record files elsewhere (the CLI's worker threads): calls `done(i, read)` once for each
 * of `files`, in any order, and resolves true; or resolves false, having called nothing, to leave them to
 * the core (too few files to be worth it).
 */
export type FileBatchReader = (
  files: readonly string[],
  scope: { root: string; realRoot: string },
  done: (index: number, read: FileRead) => void,
) => Promise<boolean>;

/**
 * Told after each batch of record files is put into the workspace (and once after the walk, with none
 * read yet): `files` are the folder's record files in path order (isms.yaml aside), the first `done` of
 * them in `workspace` now. The language server publishes what it can of a large ISMS while the rest is
 * read (issue 20.1).
 */
export type ScanProgress = (progress: { workspace: IsmsWorkspace; files: readonly string[]; done: number }) => void;

/** How a folder is scanned: what the workspace keeps (WorkspaceOptions), who reads the files, who is told as they come in. */
export interface ScanOptions extends WorkspaceOptions {
  reader?: FileBatchReader;
  progress?: ScanProgress;
}

/**
 * Reads one file (or says why it cannot be used); a file gone since listing is `gone`. The scope (the
 * root's real path) is asked for only when needed: a file whose real path is outside it is never read.
 */
export async function readRecordFile(host: FileHost, path: string, scope: () => ScanScope | Promise<ScanScope>): Promise<FileRead> {
  try {
    const stat = await host.stat(path);
    if (stat.type !== 'file') return { gone: true };
    if (!(await scope()).contains(stat.realPath)) return { skip: 'it is a link to a file outside the ISMS folder, which is not read' };
    // the stat is a hint only (a /proc file says 0 bytes): the read itself stops one byte over the limit
    if (stat.size > MAX_FILE_BYTES) return { skip: tooLarge(stat.size) };
    const bytes = await host.readFile(path, MAX_FILE_BYTES + 1);
    const reason = unusableReason(bytes);
    return reason ? { skip: reason } : { text: decoder.decode(bytes) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'ENOENT' ? { gone: true } : { skip: `it could not be read (${code ?? String(e)})` };
  }
}

/** Puts what was read of a file into the workspace. */
export function applyFileRead(ws: IsmsWorkspace, path: string, read: FileRead): void {
  if ('text' in read) ws.setFile(path, read.text, read.parsed);
  else if ('skip' in read) ws.skipFile(path, read.skip);
  else ws.deleteFile(path);
}

/**
 * Reads one file into the workspace (or reports why it cannot); a file gone since listing is dropped.
 * The scope (the root's real path) is looked up when not given: a file whose real path is outside the
 * root is reported and never read.
 */
export async function loadFile(host: FileHost, ws: IsmsWorkspace, path: string, scope?: ScanScope): Promise<void> {
  await readInto(host, ws, path, scope);
}

/**
 * The text of a file of the workspace as it is now: the text the workspace holds (an open file, see
 * TextPolicy), else read again through the host. A file changed on disk since it was parsed (its watcher
 * event not applied yet) is parsed again first, so that its records match the text returned; undefined
 * when the file is not in the workspace or cannot be read (skipped, gone).
 */
export async function currentText(host: FileHost, ws: IsmsWorkspace, path: string, scope?: ScanScope): Promise<string | undefined> {
  const held = ws.textOf(path);
  if (held !== undefined || !ws.has(path) || ws.skipReason(path) !== undefined) return held;
  return readInto(host, ws, path, scope);
}

/** Reads one file into the workspace (or reports why it cannot be used): its text when it could be read. */
async function readInto(host: FileHost, ws: IsmsWorkspace, path: string, scope?: ScanScope): Promise<string | undefined> {
  const read = await readRecordFile(host, path, () => scope ?? scopeOf(host, ws.root));
  applyFileRead(ws, path, read);
  return 'text' in read ? read.text : undefined;
}

/**
 * Every record file under `dir` (the scope's root or a folder in it) that the scope's rules let through, read into `ws`
 * (by `reader` when it takes them). The files go into the workspace in path order either way; `progress` is told after each batch.
 */
export async function loadFolderInto(
  scope: ScanScope,
  ws: IsmsWorkspace,
  dir: string,
  reader?: FileBatchReader,
  progress?: ScanProgress,
): Promise<string[]> {
  const files: string[] = [];
  const listing: string[] = [];
  const configFile = scope.host.join(scope.root, CONFIG_FILE);
  const events: WalkEvents = {
    file: (path, name) => {
      listing.push(path);
      if (isRecordFile(name) && path !== configFile) files.push(path);
    },
    problem: (path, reason) => ws.skipFile(path, reason),
  };
  await walk(scope, dir, events, true);
  files.sort();
  const told = (done: number): void => progress?.({ workspace: ws, files, done });
  told(0);
  if (reader && (await readElsewhere(reader, scope, ws, files, told))) return listing;
  for (let i = 0; i < files.length; i += CONCURRENCY) {
    const reads = await Promise.all(files.slice(i, i + CONCURRENCY).map((f) => readRecordFile(scope.host, f, () => scope)));
    reads.forEach((read, j) => applyFileRead(ws, files[i + j], read));
    told(i + reads.length);
  }
  return listing;
}

/** `files` read by `reader`, applied in path order as they come in; false when the reader leaves them to the core. */
async function readElsewhere(
  reader: FileBatchReader,
  scope: ScanScope,
  ws: IsmsWorkspace,
  files: readonly string[],
  told: (done: number) => void,
): Promise<boolean> {
  const reads: (FileRead | undefined)[] = new Array(files.length);
  let next = 0;
  const taken = await reader(files, { root: scope.root, realRoot: scope.realRoot }, (i, read) => {
    reads[i] = read;
    const from = next;
    for (; next < files.length && reads[next] !== undefined; next++) {
      applyFileRead(ws, files[next], reads[next]!);
      reads[next] = undefined;
    }
    if (next > from) told(next);
  });
  if (taken && next < files.length) throw new Error(`the file reader returned ${next} of ${files.length} files`);
  return taken;
}

/** A root read: its workspace and its scope (real path, ignore rules), which the language server keeps for file events. */
export interface FolderScan {
  workspace: IsmsWorkspace;
  scope: ScanScope;
}

/**
 * Every Markdown and YAML file under `root` that is not ignored → a workspace ready to check, and the scope
 * it was read with; with the folder's listing (for links) and, when the host reads version history, that of
 * the approved documents (ISMS906).
 */
export async function scanIsmsFolder(host: FileHost, root: string, options: ScanOptions = {}): Promise<FolderScan> {
  const ws = new IsmsWorkspace(root, options);
  const bare = await scopeOf(host, root);
  // isms.yaml first: its `exclude:` list is part of the rules the rest is read with (it is never excluded itself)
  await loadFile(host, ws, host.join(root, CONFIG_FILE), bare);
  const scope = new ScanScope(host, root, bare.realRoot, new IgnoreRules(ws.config.exclude));
  ws.setListing(await loadFolderInto(scope, ws, root, options.reader, options.progress));
  if (host.versionControl && approvedDocuments(ws.records('document')).length > 0) {
    ws.setDocumentHistory(await readDocumentHistory(host.versionControl, ws.records('document')));
  }
  return { workspace: ws, scope };
}

/** Every Markdown and YAML file under `root` → a workspace ready to check; `options.reader` may read and parse the files elsewhere. */
export async function loadIsmsFolder(host: FileHost, root: string, options: ScanOptions = {}): Promise<IsmsWorkspace> {
  return (await scanIsmsFolder(host, root, options)).workspace;
}
