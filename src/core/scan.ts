/**
 * Reading ISMS folders through a FileHost: finding the roots (folders with an `isms.yaml`) and loading
 * every record file under one. Bounded: files over MAX_FILE_BYTES or holding NUL bytes are reported as
 * skipped, symlink loops are cut by remembering real paths, and a file that vanishes mid-scan is ignored.
 * A file link that cannot be resolved (ELOOP) is read like any file, so that it is reported (ISMS009),
 * as it is when a file watcher announces it; a dangling link is no file.
 */
import { approvedDocuments, readDocumentHistory } from './documents/history';
import type { FileHost } from './host';
import { MAX_FILE_BYTES, SKIPPED_DIRS } from './limits';
import { isMarkdownFile, isYamlFile } from './parse/parseFile';
import { IsmsWorkspace } from './workspace/workspace';

/** Reads in flight at once: enough to hide latency, few enough not to exhaust file handles. */
const CONCURRENCY = 16;

async function walk(host: FileHost, dir: string, onFile: (path: string, name: string) => void, options: { stopAtRoots?: string }): Promise<void> {
  const seen = new Set<string>();
  const visit = async (d: string): Promise<void> => {
    let real: string;
    try {
      real = (await host.stat(d)).realPath;
    } catch {
      return;
    }
    if (seen.has(real)) return; // a symlink loop, or the same folder twice
    seen.add(real);
    let entries;
    try {
      entries = await host.readDirectory(d);
    } catch {
      return;
    }
    // a nested ISMS root is its own workspace, not part of this one
    if (options.stopAtRoots !== undefined && d !== options.stopAtRoots && entries.some((e) => e.name === 'isms.yaml' && e.type !== 'directory')) return;
    const subdirs: string[] = [];
    for (const e of entries) {
      const path = host.join(d, e.name);
      if (e.type === 'directory' || e.type === 'symlink') {
        if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
        if (e.type === 'symlink') {
          // a dangling link is no file; one that cannot be resolved (a loop: ELOOP) is a file that cannot be read
          const type = await host.stat(path).then(
            (s) => s.type,
            (err: unknown) => ((err as { code?: string }).code === 'ENOENT' ? 'other' : 'file'),
          );
          if (type === 'file') onFile(path, e.name);
          else if (type === 'directory') subdirs.push(path);
          continue;
        }
        subdirs.push(path);
      } else if (e.type === 'file') {
        onFile(path, e.name);
      }
    }
    for (let i = 0; i < subdirs.length; i += CONCURRENCY) await Promise.all(subdirs.slice(i, i + CONCURRENCY).map(visit));
  };
  await visit(dir);
}

/** Folders under `dir` (itself included) that hold an `isms.yaml`, sorted. */
export async function findIsmsRoots(host: FileHost, dir: string): Promise<string[]> {
  const roots: string[] = [];
  await walk(host, dir, (path, name) => {
    if (name === 'isms.yaml') roots.push(path.slice(0, path.length - name.length - 1));
  }, {});
  return roots.sort();
}

const isRecordFile = (name: string): boolean => isMarkdownFile(name) || isYamlFile(name);

/** Why a file's bytes cannot be checked, or undefined when they can. */
export function unusableReason(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_FILE_BYTES) return `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit for ISMS files`;
  if (bytes.subarray(0, 8192).includes(0)) return 'the file looks binary (it contains NUL bytes)';
  return undefined;
}

const decoder = new TextDecoder('utf-8');

/** Reads one file into the workspace (or reports why it cannot); a file gone since listing is dropped. */
export async function loadFile(host: FileHost, ws: IsmsWorkspace, path: string): Promise<void> {
  try {
    const stat = await host.stat(path);
    if (stat.type !== 'file') return;
    if (stat.size > MAX_FILE_BYTES) {
      ws.skipFile(path, `the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit for ISMS files`);
      return;
    }
    const bytes = await host.readFile(path);
    const reason = unusableReason(bytes);
    if (reason) ws.skipFile(path, reason);
    else ws.setFile(path, decoder.decode(bytes));
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') ws.deleteFile(path);
    else ws.skipFile(path, `it could not be read (${code ?? String(e)})`);
  }
}

/**
 * Every Markdown and YAML file under `root` → a workspace ready to check, with the folder's listing (for
 * links) and, when the host reads version history, that of the approved documents (ISMS906).
 */
export async function loadIsmsFolder(host: FileHost, root: string): Promise<IsmsWorkspace> {
  const ws = new IsmsWorkspace(root);
  const files: string[] = [];
  const listing: string[] = [];
  await walk(host, root, (path, name) => {
    listing.push(path);
    if (isRecordFile(name)) files.push(path);
  }, { stopAtRoots: root });
  files.sort();
  for (let i = 0; i < files.length; i += CONCURRENCY) await Promise.all(files.slice(i, i + CONCURRENCY).map((f) => loadFile(host, ws, f)));
  ws.setListing(listing);
  if (host.versionControl && approvedDocuments(ws.records('document')).length > 0) {
    ws.setDocumentHistory(await readDocumentHistory(host.versionControl, ws.records('document')));
  }
  return ws;
}
