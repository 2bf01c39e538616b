/**
 * What every `isms` command writes through: the process's streams, folder and clock as `CliIo`, paths as
 * the CLI prints them, and the two ways out for workspace text — `terminalLines` for text meant to be
 * read in a terminal or a CI log, `jsonText` for JSON and SARIF. Every file of the folder is the input of
 * whoever wrote it (a pull request included), so neither lets it start a line, move the cursor, set a
 * window title, reorder what is shown, or give a CI runner a command.
 */
import * as path from 'node:path';
import { replaceControls, visibleControls } from '../core/export/controls';
import type { FileBatchReader } from '../core/scan';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** today's local date, 'YYYY-MM-DD' */
  today(): string;
  /** the environment (`GITHUB_WORKSPACE` for `--format github`); absent = empty */
  env?: Readonly<Record<string, string | undefined>>;
  /** reads and parses a large ISMS in worker threads (the process, ./parallelRead.ts); absent = on this thread */
  fileReader?: FileBatchReader;
}

/** `file` relative to `base`, with '/' on every platform, so output is the same on Windows and Linux. */
export function relativePath(base: string, file: string): string {
  const rel = path.relative(base, file);
  const out = rel === '' ? '.' : rel;
  return out.split(path.sep).join('/');
}

/**
 * One line of text output made safe for terminals and CI logs: control and bidi characters (a newline
 * in an id included) written as visible escapes (`\n`, `\x1b`, `\u202e`), so the line stays one line;
 * `::` at its start (after blanks: a GitHub Actions workflow command such as `::error::`, `::add-mask::`,
 * `::stop-commands::`) written `\x3a:`; and `##[` / `##vso[` anywhere (the older GitHub and the Azure
 * Pipelines command forms) written `##\x5b` / `##vso\x5b`.
 */
export function terminalLine(line: string): string {
  return visibleControls(line)
    .replace(/^(\s*):(?=:)/u, '$1\\x3a')
    .replace(/##(\w*)\[/g, '##$1\\x5b');
}

/** Lines of text output, each through `terminalLine`, joined with '\n' (no newline after the last). */
export function terminalLines(lines: readonly string[]): string {
  return lines.map(terminalLine).join('\n');
}

/**
 * JSON output: `JSON.stringify` already escapes C0 controls; this also writes C1 controls, DEL, line and
 * paragraph separators and bidi characters as `\uXXXX`, and the `[` of `##[` as `\u005b`, so the text
 * parses to the same value and prints safely in a terminal or a CI log.
 */
export function jsonText(value: unknown): string {
  // JSON.stringify leaves no raw control in a string, so a raw '\n' is one of its own line breaks
  const unicode = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const escaped = replaceControls(JSON.stringify(value, null, 2), (c) => (c === '\n' ? c : unicode(c)));
  return `${escaped.replace(/##(\w*)\[/g, '##$1\\u005b')}\n`;
}
