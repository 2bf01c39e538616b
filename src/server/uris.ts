/**
 * The core keys files by absolute path (nodeFileHost); LSP speaks URIs. The URI strings the client sent
 * are remembered so that what the server publishes uses the client's own spelling (VS Code encodes
 * `c%3A` and friends differently from Node).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

const clientUris = new Map<string, string>();

/** The file-system path of a `file:` URI; undefined for other schemes (untitled:, git:, vscode-notebook-cell:). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const path = fileURLToPath(uri);
    if (!clientUris.has(path)) clientUris.set(path, uri);
    return path;
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return clientUris.get(path) ?? pathToFileURL(path).href;
}

/** A path is inside a folder (or is it), on any platform. */
export function isInside(path: string, folder: string, sep: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}
