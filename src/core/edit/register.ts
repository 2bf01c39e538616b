/**
 * Appends a record to a YAML register (`isms: <kinds>` with a `records:` list) without touching a byte of
 * what is there: the new entry is inserted after the last one, indented like the first one, in the file's
 * own line breaks. Comments, blank lines, anchors and quoting elsewhere stay as they were.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLSeq } from 'yaml';
import { LineMap } from '../parse/positions';
import { aliasMap, guardShared } from './aliases';
import { renderBlockLines, renderInline } from './render';
import { EditError, blockIndent, columnOf, detectEol, editAt, lineAfter, type TextEdit } from './textEdit';

interface EntryStyle {
  /** column of the entries' `-` */
  dash: number;
  /** from the `-` to the first key: 2 for `- id:` */
  gap: number;
  /** write each entry as a one-line flow mapping, `- { id: R-1, … }` */
  flow?: boolean;
}

/** An entry written `{ … }` on one line (with no anchor or tag before it): new entries follow its style. */
function isOneLineFlowMap(text: string, item: Node | null | undefined): boolean {
  if (!isMap(item) || !item.flow || !item.range) return false;
  const [start, end] = item.range;
  return text[start] === '{' && !/[\r\n]/.test(text.slice(start, end));
}

export function appendRegisterRecord(registerText: string, record: Readonly<Record<string, unknown>>): TextEdit[] {
  return appendRegisterRecords(registerText, [record]);
}

/**
 * Appends several records in one edit (an import): parsed once, the entries one after the other. After
 * entries written as one-line flow mappings (`- { id: R-1, … }`), the new ones are written that way too.
 */
export function appendRegisterRecords(registerText: string, records: readonly Readonly<Record<string, unknown>>[]): TextEdit[] {
  if (records.length === 0) return [];
  const text = registerText;
  const lines = new LineMap(text);
  const eol = detectEol(text);
  // source tokens: the indentation the parser itself saw (anchors and `?` before a key do not count)
  const doc = parseDocument(text, { keepSourceTokens: true, resolveKnownTags: false });
  if (doc.errors.length > 0) throw new EditError(`The register has YAML errors; fix them first (${doc.errors[0].message.split('\n')[0]}).`);
  const root = doc.contents;

  const entryLines = (style: EntryStyle, between: string[] = []): string[] =>
    records.flatMap((record, n) => {
      const dash = `${' '.repeat(style.dash)}-${' '.repeat(style.gap - 1)}`;
      if (style.flow) return [...(n > 0 ? between : []), `${dash}${renderInline(record, true)}`];
      const body = renderBlockLines(record);
      const inner = ' '.repeat(style.dash + style.gap);
      return [...(n > 0 ? between : []), ...body.map((line, i) => (i === 0 ? dash + line : line === '' ? line : inner + line))];
    });
  const insertLinesAfter = (end: number, newLines: string[]): TextEdit => {
    const at = lineAfter(text, end);
    const newText = at.needsBreak ? eol + newLines.join(eol) : newLines.join(eol) + eol;
    return editAt(lines, at.offset, at.offset, newText);
  };

  if (root === null || (isScalar(root) && root.value === null)) {
    // an empty file: start the list
    const end = text.length;
    return [insertLinesAfter(end, ['records:', ...entryLines({ dash: 2, gap: 2 })])];
  }
  if (!isMap(root)) throw new EditError('This file is not a register: its top level is not a mapping of keys.');
  if (root.flow) throw new EditError('This register is written as one flow mapping ({ … }); write it in block style to append records.');

  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'records') as Pair<Node, Node | null> | undefined;
  const keyColumn = blockIndent(root) ?? columnOf(text, (root.items[0]?.key as Node | undefined)?.range?.[0] ?? 0);
  if (!pair) {
    const end = root.range?.[1] ?? text.length;
    return [insertLinesAfter(end, [`${' '.repeat(keyColumn)}records:`, ...entryLines({ dash: keyColumn + 2, gap: 2 })])];
  }
  const keyNode = pair.key as Node;
  const value = pair.value;
  // an anchored `records:` list that an alias repeats elsewhere would gain the record there too
  const copies = value ? guardShared(aliasMap(doc), value, isScalar(value), (offset) => lines.position(offset).line) : [];
  if (copies.length > 0) throw new EditError('‘records:’ is empty and shared through an anchor; write the list out first.');
  const fresh: EntryStyle = { dash: keyColumn + 2, gap: 2 };
  const keyEnd = keyNode.range?.[1] ?? 0;

  if (value === null || (isScalar(value) && value.value === null && (value.source ?? '') === '')) {
    // `records:` with nothing after it (maybe a comment): the first entry goes on the next line
    return [insertLinesAfter(keyEnd, entryLines(fresh))];
  }
  if (isScalar(value) && value.value === null && value.range) {
    // `records: ~` or `records: null`: drop the null, put the entry below
    return [dropInlineValue(text, lines, value.range[0], value.range[1], keyEnd), insertLinesAfter(value.range[1], entryLines(fresh))];
  }
  if (isSeq(value) && !value.flow) {
    const items = value.items as (Node | null)[];
    const last = items[items.length - 1];
    const end = last?.range?.[1] ?? value.range?.[1] ?? keyEnd;
    // entries separated by a blank line (a common register style) get one before the new entry too
    const previous = items[items.length - 2];
    const spaced = previous?.range && last?.range && /\n[ \t]*\r?\n[ \t]*-[ \t]*$/.test(text.slice(previous.range[0], last.range[0]));
    const style = { ...(entryStyle(text, value) ?? fresh), flow: isOneLineFlowMap(text, last) };
    return [insertLinesAfter(end, [...(spaced ? [''] : []), ...entryLines(style, spaced ? [''] : [])])];
  }
  if (isSeq(value) && value.flow) return appendToFlowList(text, lines, value, records, keyEnd, entryLines(fresh), insertLinesAfter);
  throw new EditError('‘records:’ is not a list; it must be a list of records (‘- id: …’).');
}

/**
 * The `-` column (the list's own indentation, as the parser saw it) and the gap to the first key, read from
 * the first entry whose mapping starts on its `-` line; a gap of 2 when none does (`- &a` + line break).
 */
function entryStyle(text: string, seq: YAMLSeq): EntryStyle | undefined {
  const dash = blockIndent(seq);
  if (dash === undefined) return undefined;
  for (const item of seq.items as (Node | null)[]) {
    const start = item?.range?.[0];
    const keys = isMap(item) && !item.flow ? blockIndent(item) : undefined;
    if (start === undefined || keys === undefined || keys <= dash) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    // the mapping's keys start on the `-` line: its indentation is the gap (`-   id:` → 4, `- &a id:` → 2)
    if (text.slice(lineStart, start).trimStart().startsWith('-')) return { dash, gap: keys - dash };
  }
  return { dash, gap: 2 };
}
/**
 * `records: []` becomes a block list; `records: [{…}]` gets the new record in flow style, written right
 * after the last entry — on that entry's line, so the `]` (perhaps on a line of its own, at any column)
 * and whatever trailing comma or comment the list has stay where they are.
 */
function appendToFlowList(
  text: string,
  lines: LineMap,
  seq: YAMLSeq,
  records: readonly Readonly<Record<string, unknown>>[],
  keyEnd: number,
  blockEntry: string[],
  insertLinesAfter: (end: number, newLines: string[]) => TextEdit,
): TextEdit[] {
  const [start, end] = [seq.range?.[0] ?? keyEnd, seq.range?.[1] ?? keyEnd];
  if (seq.items.length === 0) {
    // drop the `[]`, keep any comment after it, put the entry below
    return [dropInlineValue(text, lines, start, end, keyEnd), insertLinesAfter(end, blockEntry)];
  }
  const after = valueEnd(seq.items[seq.items.length - 1]);
  if (after === undefined || after <= start || after >= end) throw new EditError('Could not find the end of the ‘records: [ … ]’ list.');
  return [editAt(lines, after, after, records.map((record) => `, ${renderInline(record, true)}`).join(''))];
}

/** Where an entry of a flow list ends: its value (a `key: value` pair's value), without comments or blanks. */
function valueEnd(item: unknown): number | undefined {
  if (isPair(item)) return valueEnd(item.value ?? item.key);
  return (item as Node | null)?.range?.[1];
}

/** Deletes a value written after `key:` (and the blanks before it), so that entries can follow on the next lines. */
function dropInlineValue(text: string, lines: LineMap, start: number, end: number, keyEnd: number): TextEdit {
  let from = start;
  while (from > keyEnd && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return editAt(lines, from, end, '');
}
