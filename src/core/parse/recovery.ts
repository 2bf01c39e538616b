/**
 * A register whose YAML does not parse: which of its entries still read cleanly, and how its syntax
 * errors are reported. The `yaml` library keeps going after an error and reports every line it then
 * misreads (one bad indent gave forty errors, and could end the `records:` list there); those follow-on
 * errors are merged into the first one of the broken entry, and at most a few are reported per file.
 *
 * Recovery works on the text: the entries of `records:` are the chunks that start with a `- ` at the
 * list's column. The chunks an error falls in are blanked (spaces, line breaks kept, so every offset
 * stays that of the file) and the text parsed again, until it parses. Each entry left is then read from
 * exactly the text that was written: a record is never made from a broken entry.
 */
import { parseDocument, type Document } from 'yaml';
import { MAX_RECOVERY_ROUNDS, MAX_SYNTAX_REPORTS } from '../limits';
import { duplicateKeys, YAML_OPTIONS } from './yaml';

/** One error of the YAML text: offsets in it and a one-line message. */
export interface YamlError {
  from: number;
  to: number;
  message: string;
}

/** The entries of a register's `records:` list, as [start, end) offsets of the YAML text, in order. */
export type Chunks = [number, number][];

/**
 * The chunks of the entries of `records:`: from each line with a `- ` at the list's column (that of the
 * first entry) to the next, or to the next line at column 0 that is not a comment. Empty without a
 * `records:` key at column 0.
 */
export function entryChunks(text: string): Chunks {
  const records = /^records[ \t]*:[ \t]*(#.*)?$/m.exec(text);
  if (!records) return [];
  const chunks: Chunks = [];
  let column: string | undefined;
  let pos = records.index + records[0].length;
  const close = (at: number): void => {
    const last = chunks[chunks.length - 1];
    if (last && last[1] < 0) last[1] = at;
  };
  while (pos < text.length) {
    const lineStart = text[pos] === '\r' && text[pos + 1] === '\n' ? pos + 2 : pos + 1;
    if (lineStart >= text.length) break;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    pos = lineEnd;
    const dash = /^([ \t]*)-(?:[ \t]|$)/.exec(line);
    if (dash && (column === undefined || dash[1] === column)) {
      column ??= dash[1];
      close(lineStart);
      chunks.push([lineStart, -1]);
    } else if (/^[^ \t#\r]/.test(line)) {
      // the next key of the file: the list has ended
      close(lineStart);
      break;
    }
  }
  close(text.length);
  return chunks;
}

/** Index of the chunk holding `at`, or -1 when no chunk does. */
export function chunkOf(chunks: Chunks, at: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chunks[mid][0] <= at) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && at < chunks[i][1] ? i : -1;
}

/** The errors of a parse: the library's, or when there are none, the keys written twice. */
export function errorsOf(doc: Document.Parsed): { errors: YamlError[]; duplicates: YamlError[] } {
  const errors = doc.errors.map((err) => ({ from: err.pos[0], to: Math.max(...err.pos), message: firstLine(err.message) }));
  const duplicates =
    errors.length === 0
      ? duplicateKeys(doc).map(([at, key]) => ({
          from: at,
          to: at + key.length,
          message: `Map keys must be unique (‘${key.slice(0, 60)}’)`,
        }))
      : [];
  return { errors, duplicates };
}

export const firstLine = (s: string): string => s.split('\n')[0].trim();

/**
 * The register with its broken entries blanked, parsed without errors, and which entries were blanked;
 * undefined when the errors are not in entries (the header) or do not go away within a few rounds.
 */
export function recoverEntries(
  text: string,
  chunks: Chunks,
  first: readonly YamlError[],
): { doc: Document.Parsed; broken: Set<number> } | undefined {
  const broken = new Set<number>();
  let errors = first;
  for (let round = 0; round < MAX_RECOVERY_ROUNDS; round++) {
    const before = broken.size;
    // an error marks the entry it starts in, but errors in the entries right after a broken one are most
    // often thrown off by it: those entries are marked only if they still fail once it is blanked
    const failing = new Set<number>();
    for (const e of errors) {
      const i = chunkOf(chunks, e.from);
      if (i < 0) return undefined;
      failing.add(i);
    }
    for (const i of failing) if (!failing.has(i - 1)) broken.add(i);
    if (broken.size === before) return undefined;
    const masked = blank(text, chunks, broken);
    const doc = parseDocument(masked, YAML_OPTIONS);
    const found = errorsOf(doc);
    errors = [...found.errors, ...found.duplicates];
    if (errors.length === 0) return { doc, broken };
  }
  return undefined;
}

/** The text with the chunks in `which` turned to spaces, line breaks kept. */
function blank(text: string, chunks: Chunks, which: ReadonlySet<number>): string {
  let out = '';
  let at = 0;
  for (const i of [...which].sort((a, b) => a - b)) {
    const [from, to] = chunks[i];
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ');
    at = to;
  }
  return out + text.slice(at);
}

/** A group of errors reported as one: the first is where the problem is, the rest follow from it. */
export interface SyntaxReport {
  first: YamlError;
  /** how many more errors the parser gave after it that follow from it */
  more: number;
  /** offset of the last error merged into this one */
  lastAt: number;
}

/**
 * The errors to report, at most MAX_SYNTAX_REPORTS, and how many more places had errors. `groupOf`
 * says which errors belong together (the same broken entry and what it threw off after it); without it,
 * errors on neighbouring lines do.
 */
export function syntaxReports(
  errors: readonly YamlError[],
  lineOf: (offset: number) => number,
  groupOf?: (offset: number) => number,
): { reports: SyntaxReport[]; omitted: number } {
  const reports: SyntaxReport[] = [];
  let lastGroup = -1;
  let lastLine = -3;
  for (const e of [...errors].sort((a, b) => a.from - b.from)) {
    const group = groupOf?.(e.from) ?? -1;
    const line = lineOf(e.from);
    const current = reports[reports.length - 1];
    if (current && group === lastGroup && (group >= 0 || line <= lastLine + 2)) {
      current.more++;
      current.lastAt = e.from;
    } else reports.push({ first: e, more: 0, lastAt: e.from });
    lastGroup = group;
    lastLine = line;
  }
  // what is left out is counted in places, as the reports are
  return { reports: reports.slice(0, MAX_SYNTAX_REPORTS), omitted: Math.max(0, reports.length - MAX_SYNTAX_REPORTS) };
}
