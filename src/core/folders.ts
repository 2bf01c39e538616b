/**
 * The one scan predicate of the CLI, the language server and the engine: which folders are never
 * entered and which files are records. The scan (scan.ts) walks with it; the engine asks it whether a
 * linked file could be known at all (a link into `.github/` is neither found nor missing).
 */
import { isMarkdownFile, isYamlFile } from './parse/parseFile';

/** Folders no scan enters, besides every dot-folder (.git, .vscode, .github…): dependencies and build output. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', '.hg', '.svn', 'dist', 'out'];
const SKIPPED = new Set(SKIPPED_FOLDERS);

/** A path is inside a folder (or is it), with the host's separator: the one containment test of scan, server and hosts. */
export function isInside(path: string, folder: string, sep: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** A folder the scan never enters (by its name). */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED.has(name);
}

/** Markdown and YAML files (by their name or path): the only files ever read. */
export function isRecordFile(name: string): boolean {
  return isMarkdownFile(name) || isYamlFile(name);
}
