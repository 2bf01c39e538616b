/**
 * The ISMS roots of the editor's workspace folders, each an IsmsWorkspace of the core, kept in step with
 * the disk (watched-file events) and with the editor's unsaved buffers (which win over the disk while a
 * file is open). Every mutation goes through one queue so that a `git checkout` touching hundreds of
 * files, the initial indexing and typing are applied in the order they happened.
 */
import { lstat } from 'node:fs/promises';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver/node';
import {
  currentText,
  findIsmsRoots,
  isRecordFile,
  isSkippedFolder,
  IsmsWorkspace,
  loadFile,
  loadFolderInto,
  scanIsmsFolder,
  type IsmsRecord,
  type ScanProgress,
  type ScanScope,
} from '../core';
import { nodeFileHost } from '../node/fsHost';
import { isInside } from './uris';

const CONCURRENCY = 16;
/** Open documents larger than this (UTF-16 units) are parsed once typing pauses, as the check is: a parse costs seconds. */
const LARGE_BUFFER_CHARS = 512 * 1024;
const LARGE_BUFFER_DELAY_MS = 300;
/**
 * A root with at least this many record files is published while it is read, with a progress shown
 * (issue 20.1); a smaller one is read faster than a progress would help, and publishes once.
 */
export const LARGE_ROOT_FILES = 300;
/** While a large root is read, the files read so far are handed over at most this often (the first batch at once). */
const INDEXING_REPORT_MS = 300;
/** What the scan reports at a folder link that leads out of the ISMS (the same words as the scan's). */
const OUTSIDE_FOLDER = 'it is a link to a folder outside the ISMS folder, which is not read';

export interface FileChange {
  path: string;
  type: FileChangeType;
}

/** A large root being read (issue 20.1): the first `done` of its record `files` (path order) are in `workspace`. */
export interface IndexingProgress {
  workspace: IsmsWorkspace;
  files: readonly string[];
  done: number;
}

export interface WorkspaceListener {
  /** something changed: re-check (debounced by the caller) */
  changed(): void;
  /** a large root is being read: its first files can be published, their progress shown (not after every batch: throttled) */
  indexing?(progress: IndexingProgress): void;
  /** files that are no longer part of any root (their diagnostics must be cleared) */
  forgotten(files: string[]): void;
  log(message: string): void;
}

export class WorkspaceManager {
  private readonly roots = new Map<string, IsmsWorkspace>();
  /** each root's scope: its real path (nothing outside is read) and ignore rules (.gitignore, exclude:) */
  private readonly scopes = new Map<string, ScanScope>();
  /** the newest unsaved text of open documents not applied yet: typing coalesces into one parse */
  private readonly pendingBuffers = new Map<string, string>();
  /** documents whose parse task is in the queue (not started): it will take the newest text */
  private readonly queuedBuffers = new Set<string>();
  /** large documents waiting for typing to pause before their parse is queued */
  private readonly bufferTimers = new Map<string, NodeJS.Timeout>();
  private readonly folders = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  /** the queue as it was after the last editor-buffer change: what a request must see */
  private buffersQueued: Promise<void> = Promise.resolve();
  private indexing = 0;
  /** the editor's folders are added after `initialized` and the settings: not ready before that */
  private foldersAdded = false;

  constructor(
    private readonly listener: WorkspaceListener,
    /** the unsaved text of an open document, by path */
    private readonly openText: (path: string) => string | undefined,
  ) {}

  /** true once the first indexing of the workspace folders is done */
  get ready(): boolean {
    return this.foldersAdded && this.indexing === 0;
  }

  workspaces(): IsmsWorkspace[] {
    return [...this.roots.values()];
  }

  /** The workspace of the deepest root holding the file. */
  workspaceOf(file: string): IsmsWorkspace | undefined {
    let best: IsmsWorkspace | undefined;
    for (const [root, ws] of this.roots) {
      if (isInside(file, root, path.sep) && (!best || root.length > best.root.length)) best = ws;
    }
    return best;
  }

  workspaceByRoot(root: string): IsmsWorkspace | undefined {
    return this.roots.get(root);
  }

  /** Whether the editor holds the file open (its unsaved text wins over the disk once the root is read). */
  isOpen(file: string): boolean {
    return this.openText(file) !== undefined;
  }

  /** Records with this id across every root. */
  recordsById(id: string): IsmsRecord[] {
    return this.workspaces().flatMap((ws) => ws.recordsById(id));
  }

  /**
   * A file's text as the index last read it (issue 20.4: the workspace holds only open files' texts, and
   * a hash of the others): held, else read again from disk in the queue, after the changes queued so far.
   * A file changed on disk since is parsed again first, so that its records match the text returned.
   */
  async readText(file: string): Promise<string | undefined> {
    const held = this.workspaceOf(file)?.textOf(file);
    if (held !== undefined) return held;
    let text: string | undefined;
    this.enqueue(async () => {
      const ws = this.workspaceOf(file);
      text = ws && (await currentText(nodeFileHost, ws, file, this.scopes.get(ws.root)));
    }, `re-reading ${file}`);
    await this.queue;
    return text;
  }

  /**
   * Resolves after every change so far has been applied (tests, checks, whole-workspace requests); large
   * buffers waiting for typing to pause are parsed now.
   */
  settled(): Promise<void> {
    const waiting = [...this.bufferTimers];
    this.bufferTimers.clear();
    for (const [file, timer] of waiting) {
      clearTimeout(timer);
      this.queueBuffer(file);
    }
    return this.queue;
  }

  /**
   * Resolves once the editor's buffer changes queued so far are applied: hover, completion and the like
   * see the latest keystrokes without waiting for a burst of file events (a checkout) queued after them.
   */
  buffersApplied(): Promise<void> {
    return this.buffersQueued;
  }

  addFolders(folders: string[]): void {
    this.indexing++;
    this.enqueue(async () => {
      try {
        for (const folder of folders) {
          this.folders.add(folder);
          const roots = await findIsmsRoots(nodeFileHost, folder);
          for (const root of roots) await this.addRoot(root);
        }
      } finally {
        this.indexing--;
        this.foldersAdded = true;
      }
    }, 'indexing workspace folders');
  }

  removeFolders(folders: string[]): void {
    this.enqueue(async () => {
      for (const folder of folders) {
        this.folders.delete(folder);
        for (const root of [...this.roots.keys()]) {
          if (isInside(root, folder, path.sep) && ![...this.folders].some((f) => isInside(root, f, path.sep))) this.dropRoot(root);
        }
      }
    }, 'removing workspace folders');
  }

  /**
   * An open document's text (unsaved edits included). Only record files the scan would read are indexed
   * (not a .txt or .mkd the editor opened, not an ignored file). Keystrokes coalesce: while a parse of
   * the file is queued, it will take the newest text; a large document is parsed once typing pauses (a
   * request meanwhile answers from the last parse, as a check waits for the pause), so a burst of typing
   * in a 5 MB register costs one parse, not one per keystroke.
   */
  setBuffer(file: string, text: string): void {
    this.pendingBuffers.set(file, text);
    const timer = this.bufferTimers.get(file);
    if (timer) clearTimeout(timer);
    this.bufferTimers.delete(file);
    if (this.queuedBuffers.has(file)) return;
    if (text.length > LARGE_BUFFER_CHARS) {
      this.bufferTimers.set(
        file,
        setTimeout(() => {
          this.bufferTimers.delete(file);
          this.queueBuffer(file);
        }, LARGE_BUFFER_DELAY_MS),
      );
      return;
    }
    this.queueBuffer(file);
  }

  private queueBuffer(file: string): void {
    this.queuedBuffers.add(file);
    this.enqueue(async () => {
      this.queuedBuffers.delete(file);
      const latest = this.pendingBuffers.get(file);
      this.pendingBuffers.delete(file);
      if (latest === undefined) return;
      const ws = this.workspaceOf(file);
      if (ws) {
        if (this.indexable(file, ws)) {
          ws.setOpen(file, true);
          ws.setFile(file, latest);
        }
      } else if (path.basename(file) === 'isms.yaml' && this.inFolders(file)) await this.addRoot(path.dirname(file));
    }, `updating ${file}`);
    this.buffersQueued = this.queue;
  }

  /**
   * The document was closed: the disk is the truth again (it may differ when closed without saving); a
   * file the scan would not read is forgotten.
   */
  closeBuffer(file: string): void {
    this.pendingBuffers.delete(file);
    clearTimeout(this.bufferTimers.get(file));
    this.bufferTimers.delete(file);
    this.enqueue(async () => {
      const ws = this.workspaceOf(file);
      if (!ws) return;
      ws.setOpen(file, false);
      if (this.indexable(file, ws)) await loadFile(nodeFileHost, ws, file, this.scopes.get(ws.root));
      else ws.deleteFile(file);
      if (file === path.join(ws.root, 'isms.yaml')) await this.rulesChanged(ws.root, false);
    }, `re-reading ${file}`);
    this.buffersQueued = this.queue;
  }

  /**
   * Watched-file events: created/changed files are read (unless open in the editor), deleted ones dropped.
   * A changed `.gitignore`, or an `isms.yaml` whose `exclude:` changed, re-reads its root with the new rules.
   */
  filesChanged(changes: FileChange[]): void {
    this.enqueue(async () => {
      const reads: string[] = [];
      const rulesChanged = new Map<string, boolean>();
      for (const { path: file, type } of changes) {
        if (!this.inFolders(file) || this.ignored(file)) continue;
        const name = path.basename(file);
        if (name === '.gitignore') {
          const root = this.workspaceOf(file)?.root;
          if (root) rulesChanged.set(root, true);
          continue;
        }
        const dir = path.dirname(file);
        if (name === 'isms.yaml' && this.roots.has(dir) && type !== FileChangeType.Deleted) rulesChanged.set(dir, false);
        if (type === FileChangeType.Deleted) {
          if (name === 'isms.yaml' && this.roots.has(path.dirname(file))) this.dropRoot(path.dirname(file));
          else this.deletePath(file);
        } else if (name === 'isms.yaml' && !this.roots.has(path.dirname(file)) && type === FileChangeType.Created) {
          await this.addRoot(path.dirname(file));
        } else if (isRecordFile(file)) {
          if (this.openText(file) === undefined) reads.push(file);
        } else if (type === FileChangeType.Created) {
          await this.folderAppeared(file);
        }
      }
      for (let i = 0; i < reads.length; i += CONCURRENCY) {
        await Promise.all(
          reads.slice(i, i + CONCURRENCY).map(async (file) => {
            const ws = this.workspaceOf(file);
            if (ws) await loadFile(nodeFileHost, ws, file, this.scopes.get(ws.root));
          }),
        );
      }
      for (const [root, always] of rulesChanged) await this.rulesChanged(root, always);
    }, 'applying file changes');
  }

  private enqueue(task: () => Promise<void>, what: string): void {
    this.queue = this.queue
      .then(task)
      .catch((e: unknown) => this.listener.log(`isms: error while ${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`))
      .then(() => this.listener.changed());
  }

  private async addRoot(root: string): Promise<void> {
    if (this.roots.has(root)) return;
    // a root announced by an event (not found by the contained scan of a folder) must really be inside one
    if (!(await this.reallyInFolders(root))) return;
    const started = Date.now();
    // the server holds the texts of open files only, a hash of the others (issue 20.4)
    const { workspace: ws, scope } = await scanIsmsFolder(nodeFileHost, root, { holdTexts: 'open', progress: this.indexingOf() });
    // the enclosing root had these files; now they belong to the nested one
    const outer = this.workspaceOf(root);
    if (outer) for (const f of ws.files()) outer.deleteFile(f);
    // unsaved buffers win over what was read from disk
    for (const f of ws.files()) {
      const text = this.openText(f);
      if (text === undefined) continue;
      ws.setOpen(f, true);
      ws.setFile(f, text);
    }
    this.roots.set(root, ws);
    this.scopes.set(root, scope);
    this.listener.log(`isms: indexed ${root} (${ws.files().length} files, ${Date.now() - started} ms)`);
  }

  /**
   * The scan's progress, handed to the listener when the root is large: after the walk, after the first
   * batch, then at most every INDEXING_REPORT_MS, and when every file is read.
   */
  private indexingOf(): ScanProgress | undefined {
    const listener = this.listener;
    if (!listener.indexing) return undefined;
    let last = 0;
    let told = -1;
    return (progress) => {
      const { files, done } = progress;
      if (files.length < LARGE_ROOT_FILES || done === told) return;
      const now = Date.now();
      if (told > 0 && done < files.length && now - last < INDEXING_REPORT_MS) return;
      last = now;
      told = done;
      listener.indexing?.(progress);
    };
  }

  private dropRoot(root: string): void {
    const ws = this.roots.get(root);
    if (!ws) return;
    this.roots.delete(root);
    this.scopes.delete(root);
    this.listener.forgotten(ws.files());
    this.listener.log(`isms: ${root} is no longer an ISMS root`);
  }

  /** A deleted path may be a file or a whole folder (the watcher reports only the folder). */
  private deletePath(target: string): void {
    for (const [root, ws] of this.roots) {
      if (isInside(root, target, path.sep) && root !== target) {
        this.dropRoot(root);
        continue;
      }
      for (const f of ws.files()) if (isInside(f, target, path.sep)) ws.deleteFile(f);
    }
    for (const [root] of this.roots) if (root === target) this.dropRoot(root);
  }

  /**
   * The root's `.gitignore` files or `exclude:` may have changed (`always`: a .gitignore did): when they
   * did, the root is read again with the new rules and files now left out are forgotten.
   */
  private async rulesChanged(root: string, always: boolean): Promise<void> {
    const ws = this.roots.get(root);
    const scope = this.scopes.get(root);
    if (!ws || !scope || (!always && scope.rules.sameExclude(ws.config.exclude))) return;
    this.roots.delete(root);
    this.scopes.delete(root);
    await this.addRoot(root);
    const now = this.roots.get(root);
    const gone = ws.files().filter((f) => !now?.has(f));
    if (gone.length > 0) this.listener.forgotten(gone);
  }

  /** A folder moved or checked out into the workspace: read its files, or index it if it is a root. */
  private async folderAppeared(dir: string): Promise<void> {
    const stat = await nodeFileHost.stat(dir).catch(() => undefined);
    if (stat?.type !== 'directory' || (await this.linksIntoRoot(dir, stat.realPath))) return;
    const ws = this.workspaceOf(dir);
    const scope = ws && this.scopes.get(ws.root);
    // a folder link out of the ISMS (or out of the editor's folders) is never walked: `-> /` must not scan the disk
    if (scope ? !scope.contains(stat.realPath) : !(await this.reallyInFolders(dir))) {
      if (ws && scope && !scope.excludes(dir, true)) ws.skipFile(dir, OUTSIDE_FOLDER);
      return;
    }
    for (const root of await findIsmsRoots(nodeFileHost, dir)) await this.addRoot(root);
    const owner = this.workspaceOf(dir);
    const ownerScope = owner && this.scopes.get(owner.root);
    if (!owner || !ownerScope) return;
    // read through a scratch workspace (same walk, rules, limits and skips as the initial scan), then hand over
    const fresh = new IsmsWorkspace(owner.root);
    await loadFolderInto(ownerScope, fresh, dir);
    for (const f of fresh.files()) {
      if (this.openText(f) !== undefined) continue;
      const text = fresh.textOf(f);
      const reason = fresh.skipReason(f);
      if (text !== undefined) owner.setFile(f, text);
      else if (reason !== undefined) owner.skipFile(f, reason);
    }
  }

  /**
   * A symlink to a folder of an indexed root (a loop such as `audits/back -> ..`, or an alias): the
   * initial scan visits each real folder once and cuts these, so an announced one is cut too.
   */
  private async linksIntoRoot(dir: string, realPath: string): Promise<boolean> {
    const link = await lstat(dir).then(
      (s) => s.isSymbolicLink(),
      () => false,
    );
    if (!link) return false;
    for (const root of this.roots.keys()) {
      const realRoot = (await nodeFileHost.stat(root).catch(() => undefined))?.realPath ?? root;
      if (isInside(realPath, realRoot, path.sep)) return true;
    }
    return false;
  }

  private inFolders(file: string): boolean {
    return [...this.folders].some((f) => isInside(file, f, path.sep));
  }

  /** The path's real location is inside one of the editor's folders (their real paths). */
  private async reallyInFolders(target: string): Promise<boolean> {
    const real = await nodeFileHost.stat(target).then(
      (s) => s.realPath,
      () => undefined,
    );
    if (real === undefined) return false;
    for (const folder of this.folders) {
      const realFolder = await nodeFileHost.stat(folder).then(
        (s) => s.realPath,
        () => folder,
      );
      if (isInside(real, realFolder, path.sep)) return true;
    }
    return false;
  }

  /** The scan would read this file into the root: a record file, not in a skipped or ignored folder, not ignored itself. */
  private indexable(file: string, ws: IsmsWorkspace): boolean {
    return isRecordFile(file) && !this.scopes.get(ws.root)?.excludes(file);
  }

  /** Hidden folders, node_modules, build output, .gitignore and `exclude:`: what the initial scan leaves out. */
  private ignored(file: string): boolean {
    const ws = this.workspaceOf(file);
    const scope = ws && this.scopes.get(ws.root);
    if (scope) return scope.excludes(file);
    const folder = [...this.folders].find((f) => isInside(file, f, path.sep)) ?? '';
    return path.relative(folder, file).split(path.sep).slice(0, -1).some(isSkippedFolder);
  }
}
