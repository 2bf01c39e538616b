/**
 * The ISMS roots of the editor's workspace folders, each an IsmsWorkspace of the core, kept in step with
 * the disk (watched-file events) and with the editor's unsaved buffers (which win over the disk while a
 * file is open). Every mutation goes through one queue so that a `git checkout` touching hundreds of
 * files, the initial indexing and typing are applied in the order they happened.
 */
import { lstat } from 'node:fs/promises';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver/node';
import { findIsmsRoots, isMarkdownFile, isYamlFile, loadFile, loadIsmsFolder, type IsmsRecord, type IsmsWorkspace } from '../core';
import { nodeFileHost } from '../node/fsHost';
import { isInside } from './uris';

const CONCURRENCY = 16;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export interface FileChange {
  path: string;
  type: FileChangeType;
}

export interface WorkspaceListener {
  /** something changed: re-check (debounced by the caller) */
  changed(): void;
  /** files that are no longer part of any root (their diagnostics must be cleared) */
  forgotten(files: string[]): void;
  log(message: string): void;
}

export class WorkspaceManager {
  private readonly roots = new Map<string, IsmsWorkspace>();
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

  /** Records with this id across every root. */
  recordsById(id: string): IsmsRecord[] {
    return this.workspaces().flatMap((ws) => ws.recordsById(id));
  }

  /** Resolves after every change queued so far has been applied (tests, whole-workspace requests). */
  settled(): Promise<void> {
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

  /** An open document's text (unsaved edits included). */
  setBuffer(file: string, text: string): void {
    this.enqueue(async () => {
      const ws = this.workspaceOf(file);
      if (ws) ws.setFile(file, text);
      else if (path.basename(file) === 'isms.yaml' && this.inFolders(file)) await this.addRoot(path.dirname(file));
    }, `updating ${file}`);
    this.buffersQueued = this.queue;
  }

  /** The document was closed: the disk is the truth again (it may differ when closed without saving). */
  closeBuffer(file: string): void {
    this.enqueue(async () => {
      const ws = this.workspaceOf(file);
      if (ws && isRecordFile(file)) await loadFile(nodeFileHost, ws, file);
    }, `re-reading ${file}`);
    this.buffersQueued = this.queue;
  }

  /** Watched-file events: created/changed files are read (unless open in the editor), deleted ones dropped. */
  filesChanged(changes: FileChange[]): void {
    this.enqueue(async () => {
      const reads: string[] = [];
      for (const { path: file, type } of changes) {
        if (!this.inFolders(file) || this.ignored(file)) continue;
        const name = path.basename(file);
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
            if (ws) await loadFile(nodeFileHost, ws, file);
          }),
        );
      }
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
    const started = Date.now();
    const ws = await loadIsmsFolder(nodeFileHost, root);
    // the enclosing root had these files; now they belong to the nested one
    const outer = this.workspaceOf(root);
    if (outer) for (const f of ws.files()) outer.deleteFile(f);
    // unsaved buffers win over what was read from disk
    for (const f of ws.files()) {
      const text = this.openText(f);
      if (text !== undefined) ws.setFile(f, text);
    }
    this.roots.set(root, ws);
    this.listener.log(`isms: indexed ${root} (${ws.files().length} files, ${Date.now() - started} ms)`);
  }

  private dropRoot(root: string): void {
    const ws = this.roots.get(root);
    if (!ws) return;
    this.roots.delete(root);
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

  /** A folder moved or checked out into the workspace: read its files, or index it if it is a root. */
  private async folderAppeared(dir: string): Promise<void> {
    const stat = await nodeFileHost.stat(dir).catch(() => undefined);
    if (stat?.type !== 'directory' || (await this.linksIntoRoot(dir, stat.realPath))) return;
    for (const root of await findIsmsRoots(nodeFileHost, dir)) await this.addRoot(root);
    const ws = this.workspaceOf(dir);
    if (!ws) return;
    // read through a scratch workspace (same walk, limits and skips as the initial scan), then hand over
    const fresh = await loadIsmsFolder(nodeFileHost, dir);
    for (const f of fresh.files()) {
      if (this.openText(f) !== undefined) continue;
      const text = fresh.textOf(f);
      if (text !== undefined) ws.setFile(f, text);
      else await loadFile(nodeFileHost, ws, f);
    }
  }

  /**
   * A symlink to a folder of an indexed root (a loop such as `audits/back -> ..`, or an alias): the
   * initial scan visits each real folder once and cuts these, so an announced one is cut too.
   */
  private async linksIntoRoot(dir: string, realPath: string): Promise<boolean> {
    const link = await lstat(dir).then((s) => s.isSymbolicLink(), () => false);
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

  /** Hidden folders, node_modules, build output: the same folders the initial scan skips. */
  private ignored(file: string): boolean {
    const root = this.workspaceOf(file)?.root ?? [...this.folders].find((f) => isInside(file, f, path.sep)) ?? '';
    const rel = path.relative(root, file).split(path.sep).slice(0, -1);
    return rel.some((segment) => segment.startsWith('.') || SKIP_DIRS.has(segment));
  }
}

function isRecordFile(file: string): boolean {
  return isMarkdownFile(file) || isYamlFile(file);
}
