/**
 * The core keys files by absolute path (nodeFileHost); LSP speaks URIs. Both ways go through
 * vscode-uri, VS Code's own implementation, so that what the server publishes is spelled as VS Code
 * spells it (`file:///c%3A/…`). A client that spells the URI of an open document differently gets its
 * own spelling back for that document while it is open: the map holds open documents only, so it
 * never grows with the URIs a client sends (issue 14.37).
 */
import * as path from 'node:path';
import { URI } from 'vscode-uri';

/** path → the client's URI, for the documents open in the editor */
const openUris = new Map<string, string>();

/** The file-system path of a `file:` URI; undefined for other schemes (untitled:, git:, vscode-notebook-cell:). */
export function uriToPath(uri: string): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    const u = URI.parse(uri, true);
    // a host is a UNC share on Windows only; elsewhere `file://host/x` names no local file
    if (u.authority && u.authority !== 'localhost' && process.platform !== 'win32') return undefined;
    const file = u.fsPath;
    // dot segments are resolved, as a file URL's are: `file:///root/../etc` is /etc, not inside /root
    return file && path.isAbsolute(file) ? path.normalize(file) : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return openUris.get(file) ?? URI.file(file).toString();
}

/** An open document's URI, as the client spelled it: used for that path until the document is closed. */
export function documentOpened(uri: string): void {
  const file = uriToPath(uri);
  if (file) openUris.set(file, uri);
}

export function documentClosed(uri: string): void {
  const file = uriToPath(uri);
  if (file && openUris.get(file) === uri) openUris.delete(file);
}

/** How many client spellings are held (tests: it follows the open documents, not every URI seen). */
export function rememberedUris(): number {
  return openUris.size;
}

export { isInside } from '../core/folders';
