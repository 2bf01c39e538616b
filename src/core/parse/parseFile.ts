/**
 * One file's text → its ISMS records (or the ISMS configuration), each with exact source ranges.
 * Markdown files are records through their front matter; YAML files are registers (`isms: <kinds>` with
 * `records:`), single records, or `isms.yaml`. Files without an `isms:` key are not ISMS files.
 */
import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { FINDING_FIELDS, KIND_FIELDS, KINDS_WITH_FINDINGS, REGISTER_FIELDS, REGISTER_KINDS, type FieldType } from '../model/kinds';
import { ownEntry } from '../model/nameTable';
import { aliasedField, fieldAliases, normaliseValues, type Spelling } from '../model/vocabulary';
import {
  RECORD_KINDS,
  type FieldSource,
  type FileKey,
  type IsmsRecord,
  type Range,
  type RecordKind,
  type RegisterHeader,
} from '../model/types';
import { MAX_ALIAS_COUNT } from '../limits';
import { findFrontMatter, unreadableFrontMatter } from './frontMatter';
import { LineMap, pointRange } from './positions';
import { markdownLinks } from './links';
import { sectionsOf } from './sections';
import { YAML_OPTIONS } from './yaml';
import { chunkOf, entryChunks, errorsOf, firstLine, recoverEntries, syntaxReports, type YamlError } from './recovery';
import { countOf } from '../words';

export type ParseProblemCode = 'ISMS001' | 'ISMS005';

export interface ParseProblem {
  code: ParseProblemCode;
  message: string;
  range: Range;
  /** a YAML syntax error: the workspace says what becomes of the file's records meanwhile */
  syntax?: boolean;
}

/** The YAML of `isms.yaml`, kept as a node so the config reader can point into it. */
export interface ConfigSource {
  node: YAMLMap;
  locate: (node: Node | null | undefined) => Range;
}

export interface ParsedFile {
  file: FileKey;
  records: IsmsRecord[];
  config?: ConfigSource;
  problems: ParseProblem[];
  /** false for files that carry no `isms:` marker: the engine ignores them */
  isIsms: boolean;
  /** a register's own fields beside `isms:` and `records:` (an SoA's version and approval) */
  register?: RegisterHeader;
  /** the YAML does not parse (ISMS001): `records` holds only what could be recovered */
  unparsed?: boolean;
  /** unparsed, but a register whose entries that read cleanly are in `records` (none were made from a broken entry) */
  recovered?: boolean;
}

const KINDS: ReadonlySet<string> = new Set(RECORD_KINDS);

export function isMarkdownFile(file: FileKey): boolean {
  return /\.(md|markdown)$/i.test(file);
}

export function isYamlFile(file: FileKey): boolean {
  return /\.ya?ml$/i.test(file);
}

/** Where the YAML of a file is: all of a YAML file (after a BOM), the front matter of a Markdown file. */
interface YamlSpan {
  start: number;
  end: number;
  /** Markdown: where the body starts */
  bodyStart?: number;
}

/** What the readers of one file share. */
interface FileContext {
  file: FileKey;
  text: string;
  lines: LineMap;
  doc: Document.Parsed;
  span: YamlSpan;
  locate: (node: Node | null | undefined) => Range;
  result: ParsedFile;
}

export function parseFile(file: FileKey, text: string): ParsedFile {
  const result: ParsedFile = { file, records: [], problems: [], isIsms: false };
  const span = yamlSpan(file, text, result);
  if (!span) return result;
  const yamlText = text.slice(span.start, span.end);
  // Cheap pre-check: without an `isms:` key at column 0 this is somebody else's YAML.
  if (!/^isms[ \t]*:/m.test(yamlText)) return result;
  result.isIsms = true;
  const lines = new LineMap(text);
  const read = readYaml(yamlText, span.start, lines, result);
  if (!read) return result;
  const { doc } = read;
  const locate = (node: Node | null | undefined): Range => {
    const r = node?.range;
    return r ? lines.range(span.start + r[0], span.start + r[1]) : lines.range(span.start, span.start);
  };
  const ctx: FileContext = { file, text, lines, doc, span, locate, result };
  if (result.unparsed) readBroken(ctx, read.errors, read.duplicates, yamlText);
  else if (isMap(doc.contents)) readRoot(ctx, doc.contents);
  return result;
}

/** The YAML part of the file, or undefined when it has none (a front matter that cannot be read is reported). */
function yamlSpan(file: FileKey, text: string, result: ParsedFile): YamlSpan | undefined {
  if (!isMarkdownFile(file)) return { start: text.charCodeAt(0) === 0xfeff ? 1 : 0, end: text.length };
  const fm = findFrontMatter(text);
  if (fm) return { start: fm.start, end: fm.end, bodyStart: fm.bodyStart };
  const why = unreadableFrontMatter(text);
  if (why) {
    result.isIsms = true;
    // a front matter whose closing `---` is being typed: the file keeps its last good state meanwhile
    result.unparsed = true;
    result.problems.push({ code: 'ISMS001', message: why, range: pointRange(0) });
  }
  return undefined;
}

/** The parsed document and its syntax errors (offsets in the YAML text), or undefined after reporting why it cannot be used. */
function readYaml(
  yamlText: string,
  offset: number,
  lines: LineMap,
  result: ParsedFile,
): { doc: Document.Parsed; errors: YamlError[]; duplicates: YamlError[] } | undefined {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yamlText, YAML_OPTIONS);
  } catch (e) {
    result.unparsed = true;
    const message = `YAML could not be read: ${String(e)}`;
    result.problems.push({ code: 'ISMS001', message, range: pointRange(lines.position(offset).line), syntax: true });
    return undefined;
  }
  const { errors, duplicates } = errorsOf(doc);
  if (errors.length + duplicates.length > 0) result.unparsed = true;
  return { doc, errors, duplicates };
}

/**
 * A file whose YAML has errors: its syntax problems, reported once per broken place, and — for a register
 * — the entries that read cleanly, so that one bad line does not hide the rest of the register.
 */
function readBroken(ctx: FileContext, errors: readonly YamlError[], duplicates: readonly YamlError[], yamlText: string): void {
  const { result, lines, span } = ctx;
  const marker = /^isms[ \t]*:[ \t]*([A-Za-z-]+)[ \t]*(?:#.*)?$/m.exec(yamlText);
  const kind = marker && span.bodyStart === undefined ? ownEntry(REGISTER_KINDS, marker[1]) : undefined;
  const chunks = kind !== undefined ? entryChunks(yamlText) : [];
  const recovered = chunks.length ? recoverEntries(yamlText, chunks, [...errors, ...duplicates]) : undefined;
  const at = (o: number): number => span.start + o;
  // an error in an entry that reads cleanly once the broken one is blanked follows from the broken one
  const broken = recovered ? [...recovered.broken].sort((a, b) => a - b) : [];
  const groupOf = (o: number): number => {
    const i = chunkOf(chunks, o);
    if (!recovered || i < 0) return i;
    // the last broken entry at or before the error (binary search: a hostile file may have thousands)
    let lo = 0;
    let hi = broken.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (chunks[broken[mid]][0] <= o) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? broken[lo - 1] : -1;
  };
  const { reports, omitted } = syntaxReports(errors, (o) => lines.position(at(o)).line, groupOf);
  reports.forEach((r, i) => {
    let message = `YAML syntax error: ${r.first.message}.`;
    if (r.more > 0) {
      const last = lines.position(at(r.lastAt)).line + 1;
      message += ` ${countOf(r.more, 'further error')} up to line ${last} ${r.more === 1 ? 'follows' : 'follow'} from it.`;
    }
    if (omitted > 0 && i === reports.length - 1)
      message += ` ${countOf(omitted, 'more place')} further down ${omitted === 1 ? 'has' : 'have'} errors too.`;
    result.problems.push({ code: 'ISMS001', message, range: lines.range(at(r.first.from), at(r.first.to)), syntax: true });
  });
  // a key written twice is a real place each time, never a follow-on error: each is reported
  for (const d of [...duplicates].sort((a, b) => a.from - b.from)) {
    const message = `YAML syntax error: ${d.message}.`;
    result.problems.push({ code: 'ISMS001', message, range: lines.range(at(d.from), at(d.to)), syntax: true });
  }
  if (!recovered || !isMap(recovered.doc.contents)) return;
  result.recovered = true;
  readRoot({ ...ctx, doc: recovered.doc }, recovered.doc.contents);
}

/**
 * The records of one register entry read on its own (registerEdit.ts re-reads only the edited entry):
 * `doc` is the entry's small document, `locate` maps its nodes to positions in the whole file. Undefined
 * when reading it reported a problem: the caller then parses the whole file.
 */
export function readEntry(
  file: FileKey,
  kind: RecordKind,
  doc: Document.Parsed,
  item: YAMLMap,
  locate: (node: Node | null | undefined) => Range,
): IsmsRecord[] | undefined {
  const result: ParsedFile = { file, records: [], problems: [], isIsms: true };
  const ctx: FileContext = { file, text: '', lines: new LineMap(''), doc, span: { start: 0, end: 0 }, locate, result };
  addRecord(ctx, makeRecord(ctx, kind, item));
  return result.problems.length === 0 ? result.records : undefined;
}

/** The file's records (or configuration), by its `isms:` marker. */
function readRoot(ctx: FileContext, root: YAMLMap): void {
  const { result, locate } = ctx;
  const marker = root.get('isms', true);
  const kindName = isScalar(marker) ? String(marker.value) : '';
  const records = root.get('records', true);
  const registerKind = ownEntry(REGISTER_KINDS, kindName);
  if (kindName === 'config') {
    result.config = { node: root, locate };
  } else if (registerKind !== undefined && (records !== undefined || !KINDS.has(kindName))) {
    readRegister(ctx, registerKind, records);
    result.register = registerHeader(ctx, registerKind, root);
  } else if (KINDS.has(kindName)) {
    const rec = makeRecord(ctx, kindName as RecordKind, root);
    if (rec && ctx.span.bodyStart !== undefined && (kindName === 'management-review' || kindName === 'incident')) {
      // review inputs and outputs (9.3.2, 9.3.3); an incident's lessons learned (A.5.27)
      const { sections, blank } = sectionsOf(ctx.text.slice(ctx.span.bodyStart), ctx.span.bodyStart, ctx.lines);
      rec.sections = sections;
      if (blank.size) rec.blankSections = blank;
    }
    if (rec && ctx.span.bodyStart !== undefined && kindName === 'document') {
      rec.links = markdownLinks(ctx.text.slice(ctx.span.bodyStart), ctx.span.bodyStart, ctx.lines);
    }
    addRecord(ctx, rec);
  } else {
    result.problems.push({
      code: 'ISMS005',
      message:
        `Unknown kind ‘${kindName.slice(0, 80)}’. Use one of: config, ${[...RECORD_KINDS].join(', ')} ` +
        `(or a register: ${Object.keys(REGISTER_KINDS).join(', ')}).`,
      range: locate(marker as Node),
    });
  }
}

function readRegister(ctx: FileContext, kind: RecordKind, records: unknown): void {
  const { result, locate } = ctx;
  if (isSeq(records)) {
    for (const item of records.items) {
      if (isMap(item)) addRecord(ctx, makeRecord(ctx, kind, item));
      else {
        const message = 'Each entry of ‘records:’ must be a mapping of fields (‘- id: …’).';
        result.problems.push({ code: 'ISMS001', message, range: locate(item as Node) });
      }
    }
  } else if (records !== undefined && !(isScalar(records) && records.value === null)) {
    result.problems.push({ code: 'ISMS001', message: '‘records:’ must be a list of records.', range: locate(records as Node) });
  }
}

/**
 * The register's own top-level keys (all but `isms:` and `records:`), shaped like a record so the field
 * readers work on it; anchored at the `isms:` line. Generic: which keys mean something is the rules' business.
 */
function registerHeader(ctx: FileContext, kind: RecordKind, root: YAMLMap): RegisterHeader | undefined {
  const { file, locate } = ctx;
  const data = Object.create(null) as Record<string, unknown>;
  const fields = Object.create(null) as Record<string, FieldSource>;
  let anchor: Range | undefined;
  keepIdentifiersAsWritten(root, ownEntry(REGISTER_FIELDS, kind) ?? {});
  try {
    for (const pair of root.items) {
      if (!isScalar(pair.key) || typeof pair.key.value === 'symbol') continue;
      const key = String(pair.key.value);
      const keyRange = locate(pair.key as Node);
      if (key === 'isms') anchor = { start: keyRange.start, end: pair.value ? locate(pair.value as Node).end : keyRange.end };
      if (key === 'isms' || key === 'records') continue;
      const value = pair.value as Node | null;
      fields[key] = { keyRange, valueRange: value ? locate(value) : { start: keyRange.end, end: keyRange.end } };
      data[key] = isNode(value) ? detached(value.toJS(ctx.doc, { maxAliasCount: MAX_ALIAS_COUNT })) : null;
    }
  } catch {
    return undefined; // an alias bomb in the header: the records' own parse reports the file's YAML problems
  }
  const range = locate(root);
  return { kind, file, range, anchor: anchor ?? range, data, fields, items: Object.create(null) as Record<string, Range[]> };
}

function makeRecord(ctx: FileContext, kind: RecordKind, node: YAMLMap, parentId?: string): MutableRecord | undefined {
  try {
    return toRecord(ctx, kind, node, parentId);
  } catch (e) {
    // toJS throws on alias bombs (maxAliasCount) and similar: report, keep going.
    const message = `YAML could not be read: ${firstLine(String((e as Error).message ?? e))}`;
    ctx.result.problems.push({ code: 'ISMS001', message, range: ctx.locate(node) });
    return undefined;
  }
}

/** Adds a record and, for audits and exercises, the findings it holds. */
function addRecord(ctx: FileContext, rec: MutableRecord | undefined): void {
  if (!rec) return;
  ctx.result.records.push(rec);
  if (KINDS_WITH_FINDINGS.has(rec.kind)) {
    const findings = rec.nodeOf?.('findings') as Node | undefined;
    if (isSeq(findings)) {
      for (const item of findings.items) {
        if (isMap(item)) addRecord(ctx, makeRecord(ctx, 'finding', item, rec.id));
      }
    }
  }
  delete rec.nodeOf;
}

type MutableRecord = IsmsRecord & { nodeOf?: (key: string) => unknown };

function toRecord(ctx: FileContext, kind: RecordKind, node: YAMLMap, parentId?: string): MutableRecord {
  const { file, locate } = ctx;
  keepIdentifiersAsWritten(node, KIND_FIELDS[kind], kind);
  const data = detached(node.toJS(ctx.doc, { maxAliasCount: MAX_ALIAS_COUNT })) as Record<string, unknown>;
  // no prototype: a key such as `__proto__` or `constructor` is a field like any other
  const fields = Object.create(null) as Record<string, FieldSource>;
  const items = Object.create(null) as Record<string, Range[]>;
  const nodes = new Map<string, unknown>();
  let merged: FieldSource | undefined;
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const keyRange = locate(pair.key as Node);
    const valueRange = pair.value ? locate(pair.value as Node) : { start: keyRange.end, end: keyRange.end };
    // `<<: *base`: the fields it brings in point at the merge
    if (typeof pair.key.value === 'symbol') {
      merged ??= { keyRange, valueRange };
      continue;
    }
    const key = String(pair.key.value);
    fields[key] = { keyRange, valueRange };
    nodes.set(key, pair.value);
    if (isSeq(pair.value)) items[key] = pair.value.items.map((item) => locate(item as Node));
  }
  if (merged) for (const key of Object.keys(data)) fields[key] ??= merged;
  const spellings = readAliases(kind, data, fields, items, nodes);
  spellings.push(...normaliseValues(kind, data));
  const rawId = data.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
  const range = locate(node);
  const anchor = fields.id?.valueRange ?? firstKeyRange(fields) ?? range;
  return {
    kind,
    id,
    file,
    range,
    anchor,
    data,
    fields,
    items,
    ...(parentId !== undefined ? { parentId } : {}),
    ...(spellings.length > 0 ? { spellings } : {}),
    nodeOf: (key: string) => nodes.get(key),
  };
}

/**
 * Another name of a field (`date:` for an incident's `detected:`) is read as the field, and its ranges
 * move with it so diagnostics point at what was written; each is kept as a spelling for ISMS010.
 */
function readAliases(
  kind: RecordKind,
  data: Record<string, unknown>,
  fields: Record<string, FieldSource>,
  items: Record<string, Range[]>,
  nodes: Map<string, unknown>,
): Spelling[] {
  const spellings: Spelling[] = [];
  for (const [alias, key] of fieldAliases(kind, Object.keys(data))) {
    data[key] = data[alias];
    delete data[alias];
    if (fields[alias]) fields[key] = fields[alias];
    delete fields[alias];
    if (items[alias]) items[key] = items[alias];
    delete items[alias];
    if (nodes.has(alias)) nodes.set(key, nodes.get(alias));
    spellings.push({ key, written: alias, canonical: key, field: true });
  }
  return spellings;
}

function firstKeyRange(fields: Record<string, FieldSource>): Range | undefined {
  for (const key in fields) return fields[key].keyRange;
  return undefined;
}

/** Field types whose values are names and ids, never quantities. */
const TEXTUAL: ReadonlySet<FieldType> = new Set<FieldType>([
  'string',
  'string-list',
  'control',
  'control-list',
  'reference',
  'reference-list',
]);

/** Keys of the mappings nested in lists (findings, review actions) that hold ids or names. */
const NESTED_TEXTUAL: ReadonlySet<string> = new Set(['id', 'ref', 'corrective-action', 'carried-to', 'owner', 'source']);

/**
 * Ids and names written as plain numbers (`id: 007`, `ref: 9.10`, `id: 1e3`) keep the text as written:
 * through a JavaScript number they became 7, 9.1 and 1000, and long digit strings lost digits.
 */
function keepIdentifiersAsWritten(node: YAMLMap, specs: Readonly<Record<string, { type: FieldType }>>, kind?: RecordKind): void {
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    // an alias (`risk-owner:` for `owner:`) keeps its value as the field it names does
    const alias = kind !== undefined && !ownEntry(specs, key) ? aliasedField(kind, key) : undefined;
    const spec = ownEntry(specs, alias ?? key);
    if (spec && TEXTUAL.has(spec.type)) asWritten(pair.value);
    else if (spec?.type === 'list' && isSeq(pair.value)) {
      for (const item of pair.value.items) {
        if (!isMap(item)) continue;
        if (key === 'findings') keepIdentifiersAsWritten(item, FINDING_FIELDS);
        else for (const p of item.items) if (isScalar(p.key) && NESTED_TEXTUAL.has(String(p.key.value))) asWritten(p.value);
      }
    }
  }
}

/** A plain numeric scalar (or list of them) → the string it was written as. */
function asWritten(value: unknown): void {
  if (isSeq(value)) {
    for (const item of value.items) asWritten(item);
  } else if (isScalar(value) && typeof value.value === 'number' && value.type === 'PLAIN' && value.source !== undefined) {
    value.value = value.source;
  }
}

/**
 * The values `toJS` returns with every longer string copied out of the file's text (issue 20.4): the
 * YAML parser's strings are slices of the text, and V8 keeps a slice's whole text alive as long as the
 * slice, so one `title:` kept every register's text in memory after the workspace let it go. Changed in
 * place (aliases may share objects, or make cycles: each object is visited once).
 */
function detached(value: unknown, seen = new Set<object>()): unknown {
  if (typeof value === 'string') return value.length >= SLICE_MIN ? (' ' + value).slice(1) : value;
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = detached(value[i], seen);
  } else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const v = obj[key];
      if (typeof v === 'string' ? v.length >= SLICE_MIN : v !== null && typeof v === 'object') obj[key] = detached(v, seen);
    }
  }
  return value;
}

/** V8 makes a slice (which refers to its parent string) of a substring of at least 13 characters, a copy of a shorter one. */
const SLICE_MIN = 13;
