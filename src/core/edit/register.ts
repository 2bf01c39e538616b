/**
 * Appends a record to a YAML register (`isms: <kinds>` with a `records:` list) without touching a byte of
 * what is there: the new entry is inserted after the last one, indented like the first one, in the file's
 * own line breaks. Comments, blank lines, anchors and quoting elsewhere stay as they were.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLSeq } from 'yaml';
import { LineMap } from '../parse/positions';
import { renderBlockLines, renderInline } from './render';
import { EditError, columnOf, detectEol, editAt, lineAfter, type TextEdit } from './textEdit';

interface EntryStyle {
  /** column of the entries' `-` */
  dash: number;
  /** from the `-` to the first key: 2 for `- id:` */
  gap: number;
}

export function appendRegisterRecord(registerText: string, record: Readonly<Record<string, unknown>>): TextEdit[] {
  const text = registerText;
  const lines = new LineMap(text);
  const eol = detectEol(text);
  const doc = parseDocument(text, { keepSourceTokens: false, resolveKnownTags: false });
  if (doc.errors.length > 0) throw new EditError(`The register has YAML errors; fix them first (${doc.errors[0].message.split('\n')[0]}).`);
  const root = doc.contents;

  const entryLines = (style: EntryStyle): string[] => {
    const body = renderBlockLines(record);
    const inner = ' '.repeat(style.dash + style.gap);
    return body.map((line, i) =>
      i === 0 ? `${' '.repeat(style.dash)}-${' '.repeat(style.gap - 1)}${line}` : line === '' ? line : inner + line,
    );
  };
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
  const keyColumn = columnOf(text, (root.items[0]?.key as Node | undefined)?.range?.[0] ?? 0);
  if (!pair) {
    const end = root.range?.[1] ?? text.length;
    return [insertLinesAfter(end, [`${' '.repeat(keyColumn)}records:`, ...entryLines({ dash: keyColumn + 2, gap: 2 })])];
  }
  const keyNode = pair.key as Node;
  const value = pair.value;
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
    return [insertLinesAfter(end, [...(spaced ? [''] : []), ...entryLines(entryStyle(text, value) ?? fresh)])];
  }
  if (isSeq(value) && value.flow) return appendToFlowList(text, lines, value, record, keyEnd, entryLines(fresh), insertLinesAfter);
  throw new EditError('`records:` is not a list; it must be a list of records (`- id: …`).');
}

/** The `-` column and the gap to the first key, read from the first entry written in block style. */
function entryStyle(text: string, seq: YAMLSeq): EntryStyle | undefined {
  for (const item of seq.items as (Node | null)[]) {
    const start = item?.range?.[0];
    if (start === undefined) continue;
    let i = start - 1;
    while (i >= 0 && text[i] === ' ') i--;
    if (text[i] !== '-') continue; // props or a line break between `-` and the entry: try the next one
    return { dash: columnOf(text, i), gap: start - i };
  }
  return undefined;
}

/** `records: []` becomes a block list; `records: [{…}]` gets the new record in flow style. */
function appendToFlowList(
  text: string,
  lines: LineMap,
  seq: YAMLSeq,
  record: Readonly<Record<string, unknown>>,
  keyEnd: number,
  blockEntry: string[],
  insertLinesAfter: (end: number, newLines: string[]) => TextEdit,
): TextEdit[] {
  const [start, end] = [seq.range?.[0] ?? keyEnd, seq.range?.[1] ?? keyEnd];
  if (seq.items.length === 0) {
    // drop the `[]`, keep any comment after it, put the entry below
    return [dropInlineValue(text, lines, start, end, keyEnd), insertLinesAfter(end, blockEntry)];
  }
  const close = text.lastIndexOf(']', end - 1);
  if (close < start) throw new EditError('Could not find the end of the `records: [ … ]` list.');
  const lastItem = seq.items[seq.items.length - 1] as Node | null;
  const between = text.slice(lastItem?.range?.[1] ?? start, close);
  const sep = between.includes(',') ? ' ' : ', ';
  return [editAt(lines, close, close, `${sep}${renderInline(record, true)}${between.includes(',') ? ',' : ''}`)];
}

/** Deletes a value written after `key:` (and the blanks before it), so that entries can follow on the next lines. */
function dropInlineValue(text: string, lines: LineMap, start: number, end: number, keyEnd: number): TextEdit {
  let from = start;
  while (from > keyEnd && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return editAt(lines, from, end, '');
}
