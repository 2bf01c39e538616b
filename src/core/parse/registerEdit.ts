/**
 * Editing one entry of a register re-reads that entry, not the register (issue 20.3): re-parsing a
 * 2,000-record register on every keystroke cost tens of milliseconds.
 *
 * When the new text differs from the last parsed one only inside one entry of `records:` (the chunks of
 * recovery.ts: from a `- ` at the list's column to the next), that entry is parsed as a small document of
 * its own and its records placed at the entry's lines; the records before it are kept as they are, those
 * after it kept or moved by the lines the edit added or removed. Anything doubtful — an error in the
 * entry, an anchor or alias, a directive, an entry that became two, a record outside its entry, the
 * header touched — answers undefined, and the caller parses the whole file. The result is the one a
 * full parse gives (the property tests compare the two).
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { FieldSource, IsmsRecord, Position, Range, RecordKind, RegisterHeader } from '../model/types';
import { isYamlFile, readEntry, type ParsedFile } from './parseFile';
import { comparePositions, LineMap } from './positions';
import { entryChunks, errorsOf } from './recovery';
import { YAML_OPTIONS } from './yaml';

/** One entry of the register as last read: offsets in the file's text, where it starts and ends, its records. */
interface Entry {
  start: number;
  end: number;
  from: Position;
  to: Position;
  /** its records are `records[first .. first + count)` of the parse */
  first: number;
  count: number;
}

/** What the fast path needs to know of a register's last parse. */
interface Layout {
  kind: RecordKind;
  /** the indentation of the `- ` that starts each entry */
  column: string;
  entries: Entry[];
}

/** Per parse, its layout (null: not a register the fast path can edit). Built on the first edit, carried to the next parse. */
const layouts = new WeakMap<ParsedFile, Layout | null>();

/** What the small document starts with: the entry is read as the only item of `records:`. */
const HEAD = 'records:\n';
const DASH = /^([ \t]*)-(?:[ \t]|$)/;
/** A directive, a document marker, or an anchor or alias (`&name`, `*name`) anywhere: the fast path stays out. */
const DOUBTFUL = /^(?:%|---|\.\.\.)|(?:^|[\s,[{:-])[&*][^\s,[\]{}]/m;

/**
 * The parse of `newText`, from the parse of `oldText` and re-reading the one entry the edit lies in, or
 * undefined when the edit is not inside one entry or anything is doubtful (parse the whole file then).
 */
export function reparseEntry(previous: ParsedFile, oldText: string, newText: string): ParsedFile | undefined {
  const layout = layoutOf(previous, oldText);
  if (!layout) return undefined;
  const edit = editedEntry(layout, oldText, newText);
  if (!edit) return undefined;
  const { index, chunk } = edit;
  const entry = layout.entries[index];
  const atEnd = entry.end === oldText.length;
  const read = readChunk(previous.file, layout, chunk, entry.from.line, sentinel(layout, index, atEnd));
  if (!read) return undefined;
  const lineDelta = read.to.line - entry.to.line;
  const header = previous.register && moveHeader(previous.register, entry, read, atEnd, lineDelta);
  if (!header) return undefined;
  const moved = (r: IsmsRecord): IsmsRecord => (lineDelta === 0 ? r : moveRecord(r, lineDelta));
  const after = previous.records.slice(entry.first + entry.count).map(moved);
  const records = [...previous.records.slice(0, entry.first), ...read.records, ...after];
  const result: ParsedFile = { file: previous.file, records, problems: [], isIsms: true, register: header };
  const countDelta = read.records.length - entry.count;
  const offsetDelta = newText.length - oldText.length;
  const entries = layout.entries.map((e, i): Entry => {
    if (i < index) return e;
    if (i === index)
      return { start: e.start, end: e.end + offsetDelta, from: e.from, to: read.to, first: e.first, count: read.records.length };
    return {
      start: e.start + offsetDelta,
      end: e.end + offsetDelta,
      from: movePosition(e.from, lineDelta),
      to: movePosition(e.to, lineDelta),
      first: e.first + countDelta,
      count: e.count,
    };
  });
  layouts.set(result, { ...layout, entries });
  return result;
}

/** The layout of a clean register parse, built once per parse; null when the fast path must stay out. */
function layoutOf(parsed: ParsedFile, text: string): Layout | undefined {
  let layout = layouts.get(parsed);
  if (layout === undefined) {
    layout = buildLayout(parsed, text);
    layouts.set(parsed, layout);
  }
  return layout ?? undefined;
}

function buildLayout(parsed: ParsedFile, text: string): Layout | null {
  const { register, records } = parsed;
  if (!isYamlFile(parsed.file) || !parsed.isIsms || parsed.unparsed || parsed.config || !register) return null;
  if (parsed.problems.length > 0 || records.length === 0 || DOUBTFUL.test(text)) return null;
  const offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const chunks = entryChunks(offset ? text.slice(offset) : text);
  if (chunks.length === 0) return null;
  const column = DASH.exec(text.slice(chunks[0][0] + offset, chunks[0][1] + offset))?.[1];
  if (column === undefined) return null;
  const lines = new LineMap(text);
  const entries: Entry[] = chunks.map(([s, e]) => {
    const [start, end] = [s + offset, e + offset];
    return { start, end, from: lines.position(start), to: lines.position(end), first: 0, count: 0 };
  });
  // each record lies inside one entry, in order, and each entry holds at least one (its own, then its findings)
  let i = 0;
  for (let r = 0; r < records.length; r++) {
    const { start, end } = records[r].range;
    while (i + 1 < entries.length && comparePositions(start, entries[i + 1].from) >= 0) i++;
    const e = entries[i];
    if (comparePositions(start, e.from) < 0 || comparePositions(end, e.to) > 0) return null;
    if (e.count === 0) e.first = r;
    e.count++;
  }
  if (entries.some((e) => e.count === 0)) return null;
  return { kind: register.kind, column, entries };
}

/** The entry the edit lies in and its new text, or undefined when the edit is not inside one entry that stays one. */
function editedEntry(layout: Layout, oldText: string, newText: string): { index: number; chunk: string } | undefined {
  const { prefix, suffix } = sameEnds(oldText, newText);
  const { entries } = layout;
  // the last entry starting at or before the first changed character
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid].start <= prefix) lo = mid + 1;
    else hi = mid;
  }
  const index = lo - 1;
  if (index < 0 || oldText.length - suffix > entries[index].end) return undefined;
  const entry = entries[index];
  const end = entry.end + newText.length - oldText.length;
  if (end < entry.start) return undefined;
  const chunk = newText.slice(entry.start, end);
  return stillOneEntry(chunk, layout.column, end === newText.length) ? { index, chunk } : undefined;
}

/** How many characters the two texts share at their start, and at their end after that: compared a block at a time, then by character. */
function sameEnds(a: string, b: string): { prefix: number; suffix: number } {
  const shorter = Math.min(a.length, b.length);
  const BLOCK = 256;
  let prefix = 0;
  while (prefix + BLOCK <= shorter && a.substr(prefix, BLOCK) === b.substr(prefix, BLOCK)) prefix += BLOCK;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = shorter - prefix;
  while (suffix + BLOCK <= room && a.substr(a.length - suffix - BLOCK, BLOCK) === b.substr(b.length - suffix - BLOCK, BLOCK))
    suffix += BLOCK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * Whether the new text of an entry is still exactly one entry as recovery.ts splits them: it starts with
 * the `- ` at the list's column, ends at a line break (or the end of the file), and no other line starts
 * an entry or a top-level key.
 */
function stillOneEntry(chunk: string, column: string, atEnd: boolean): boolean {
  if (!atEnd && !chunk.endsWith('\n')) return false;
  const lines = chunk.split('\n');
  if (chunk.endsWith('\n')) lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const dash = DASH.exec(line);
    if (i === 0 ? dash?.[1] !== column : dash?.[1] === column) return false;
    if (i > 0 && /^[^ \t#\r]/.test(line)) return false;
  }
  return lines.length > 0;
}

/** What follows the entry in the file, so that the small document ends it as the file does. */
function sentinel(layout: Layout, index: number, atEnd: boolean): string {
  if (index + 1 < layout.entries.length) return `${layout.column}- ~\n`;
  return atEnd ? '' : 'zz-end: ~\n';
}

interface ReadChunk {
  records: IsmsRecord[];
  /** where the entry now ends */
  to: Position;
  /** where the small document's root mapping ends: the file's, when the entry is the last thing in it */
  rootEnd: Position;
}

/** The records of the entry's new text, read as a small document and placed at its lines; undefined when doubtful. */
function readChunk(file: string, layout: Layout, chunk: string, line: number, tail: string): ReadChunk | undefined {
  const small = HEAD + chunk + tail;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(small, YAML_OPTIONS);
  } catch {
    return undefined;
  }
  const { errors, duplicates } = errorsOf(doc);
  if (errors.length + duplicates.length > 0 || hasAnchors(doc) || !isMap(doc.contents)) return undefined;
  // the small document is `records:` with the entry (and the next entry's dash), or a key after it
  const nextEntry = tail.startsWith(`${layout.column}-`);
  if (doc.contents.items.length !== (tail && !nextEntry ? 2 : 1)) return undefined;
  const list = doc.contents.get('records', true);
  if (!isSeq(list) || list.items.length !== (nextEntry ? 2 : 1)) return undefined;
  const item = list.items[0];
  const end = HEAD.length + chunk.length;
  if (!isMap(item) || !item.range || item.range[0] < HEAD.length || item.range[1] > end) return undefined;
  const lines = new LineMap(chunk);
  const position = (o: number): Position => {
    const p = lines.position(Math.min(Math.max(o - HEAD.length, 0), chunk.length));
    return { line: p.line + line, character: p.character };
  };
  const locate = (node: Node | null | undefined): Range => {
    const r = node?.range;
    return r ? { start: position(r[0]), end: position(r[1]) } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  };
  const records = readEntry(file, layout.kind, doc, item, locate);
  if (!records) return undefined;
  const to = position(end);
  const rootEnd = position(doc.contents.range?.[1] ?? end);
  return { records, to, rootEnd };
}

/** Any anchor or alias in the entry: what it names may lie in another entry, so the entry is not read alone. */
function hasAnchors(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, (_, node) => {
    if (isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/**
 * The register's own fields with their positions moved: those before the entry stay, those after it
 * move by the lines the edit added; the root mapping's end, when the entry ends the file, is where the
 * small document's ends. Undefined when a position lies inside the entry.
 */
function moveHeader(header: RegisterHeader, entry: Entry, read: ReadChunk, atEnd: boolean, lineDelta: number): RegisterHeader | undefined {
  const move = (p: Position): Position | undefined => {
    if (comparePositions(p, entry.from) <= 0) return p;
    if (!atEnd && comparePositions(p, entry.to) >= 0) return movePosition(p, lineDelta);
    return undefined;
  };
  const moveRange = (r: Range): Range | undefined => {
    const [start, end] = [move(r.start), move(r.end)];
    return start && end ? (start === r.start && end === r.end ? r : { start, end }) : undefined;
  };
  const rootStart = move(header.range.start);
  const rootEnd = atEnd ? read.rootEnd : move(header.range.end);
  const anchor = moveRange(header.anchor);
  if (!rootStart || !rootEnd || !anchor) return undefined;
  const fields = Object.create(null) as Record<string, FieldSource>;
  for (const key in header.fields) {
    const { keyRange, valueRange } = header.fields[key];
    const [k, v] = [moveRange(keyRange), moveRange(valueRange)];
    if (!k || !v) return undefined;
    fields[key] = { keyRange: k, valueRange: v };
  }
  return { ...header, range: { start: rootStart, end: rootEnd }, anchor, fields };
}

const movePosition = (p: Position, lines: number): Position => ({ line: p.line + lines, character: p.character });
const moveRange = (r: Range, lines: number): Range => ({ start: movePosition(r.start, lines), end: movePosition(r.end, lines) });

/** A record of a later entry, moved down or up by the lines the edit added or removed: a new object, the old one is never changed. */
function moveRecord(rec: IsmsRecord, lines: number): IsmsRecord {
  const fields = Object.create(null) as Record<string, FieldSource>;
  for (const key in rec.fields) {
    const { keyRange, valueRange } = rec.fields[key];
    fields[key] = { keyRange: moveRange(keyRange, lines), valueRange: moveRange(valueRange, lines) };
  }
  const items = Object.create(null) as Record<string, Range[]>;
  for (const key in rec.items) items[key] = rec.items[key].map((r) => moveRange(r, lines));
  return { ...rec, range: moveRange(rec.range, lines), anchor: moveRange(rec.anchor, lines), fields, items };
}
