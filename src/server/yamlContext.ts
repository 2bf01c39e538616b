/**
 * What the cursor is on in front matter or a register, read from the lines around it (the file may not
 * parse while the user types): the key whose value is being written, the keys above it, and the word
 * under the cursor. Enough for completion and hover; the core index answers everything else.
 */
import type { Position, Range } from 'vscode-languageserver/node';
import { findFrontMatter, isMarkdownFile } from '../core';
import { splitLines } from '../core/parse/positions';

export interface YamlContext {
  /** the key whose value the cursor is in (`status` in `status: pl|`, `scope` in `scope: [A.5.1, A|` or `- A|` under `scope:`) */
  key?: string;
  /** keys of the enclosing mappings, innermost last (`['findings']` inside an audit's finding) */
  ancestors: string[];
  /** the cursor is where a key is written (`  sta|`), not a value */
  inKey: boolean;
  /** the word under/before the cursor and its range, for replacing */
  word: string;
  wordRange: Range;
  /** the character before the word (a quote means: do not add quotes) */
  before: string;
}

const WORD = /[A-Za-z0-9_.:-]/;

/** Undefined when the position is outside the YAML of the file (a Markdown body). */
export function yamlContext(file: string, text: string, pos: Position): YamlContext | undefined {
  const lines = splitLines(text); // LSP lines: the client's `pos.line` counts a lone CR as a break too
  let first = 0;
  if (isMarkdownFile(file)) {
    const fm = findFrontMatter(text);
    if (!fm) return undefined;
    first = splitLines(text.slice(0, fm.start)).length - 1;
    const last = splitLines(text.slice(0, fm.end)).length - 2;
    if (pos.line < first || pos.line > last) return undefined;
  }
  const line = lines[pos.line] ?? '';
  const upTo = line.slice(0, pos.character);
  let s = pos.character;
  while (s > 0 && WORD.test(line[s - 1])) s--;
  let e = pos.character;
  while (e < line.length && WORD.test(line[e])) e++;
  // `status:` — the colon of a key is not part of the word (but `gdpr:art-33` keeps its own)
  while (e > s && line[e - 1] === ':') e--;
  if (pos.character > e) s = e = pos.character;
  // a key's colon is not part of the word being completed (`status:` → value completion after it)
  const word = line.slice(s, e);
  const wordRange = { start: { line: pos.line, character: s }, end: { line: pos.line, character: e } };
  const before = s > 0 ? line[s - 1] : '';

  const stripped = upTo.replace(/^\s*(?:-\s+)*/, '');
  const keyValue = leadingKey(stripped);
  const listItem = /^\s*-(\s|$)/.test(upTo);
  let key: string | undefined;
  let inKey = false;
  if (keyValue !== undefined) key = keyValue;
  else if (listItem) key = parentKey(lines, pos.line, first);
  else if (/^[A-Za-z0-9_-]*$/.test(stripped)) inKey = true;
  else key = parentKey(lines, pos.line, first); // a flow list continued on this line

  const ancestors: string[] = [];
  let level = effectiveIndent(line);
  for (let l = pos.line - 1; l >= first && level > 0; l--) {
    const t = lines[l];
    if (t.trim() === '' || t.trimStart().startsWith('#')) continue;
    const i = effectiveIndent(t);
    if (i >= level) continue;
    const m = /^\s*(?:-\s+)?([A-Za-z0-9_-]+)\s*:\s*(?:#.*)?$/.exec(t);
    if (m) ancestors.unshift(m[1]);
    level = i;
  }
  return { key, ancestors, inKey, word, wordRange, before };
}

/**
 * The key of `key: …` or `"key": …` at the start of the text, else undefined. One scan to the first
 * colon: a pattern with a lazy key followed by `\s*:` went quadratic on a long line of spaces (issue 14.11).
 */
export function leadingKey(text: string): string | undefined {
  const colon = text.search(/[:#]/);
  // a key holds no colon and no comment; the colon is followed by a blank or ends the text
  if (colon < 0 || text[colon] === '#' || (colon + 1 < text.length && !/\s/.test(text[colon + 1]))) return undefined;
  let key = text.slice(0, colon).trimEnd();
  if (text.startsWith('"')) {
    if (key.length < 2 || !key.endsWith('"')) return undefined;
    key = key.slice(1, -1);
  }
  return key !== '' && !/[\s:"#]/.test(key[0]) ? key.trim() : undefined;
}

/** Indentation of a line's content, counting a list's `- ` as indentation (the keys of `  - id: x` are at 4). */
function effectiveIndent(line: string): number {
  const m = /^(\s*(?:-\s+)*)/.exec(line);
  return m ? m[1].length : 0;
}

/** The key a list item or a continued flow list belongs to: the nearest line above, less indented, ending in `key:` or `key: [`. */
function parentKey(lines: string[], line: number, first: number): string | undefined {
  const own = lines[line].length - lines[line].trimStart().length;
  for (let l = line - 1; l >= first; l--) {
    const t = lines[l];
    if (t.trim() === '' || t.trimStart().startsWith('#')) continue;
    const i = t.length - t.trimStart().length;
    const m = /^\s*(?:-\s+)?([A-Za-z0-9_-]+)\s*:\s*(\[[^\]]*)?(?:#.*)?$/.exec(t);
    if (m && (i < own || m[2] !== undefined)) return m[1];
    if (i < own) return undefined;
  }
  return undefined;
}
