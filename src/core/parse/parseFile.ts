/**
 * One file's text → its ISMS records (or the ISMS configuration), each with exact source ranges.
 * Markdown files are records through their front matter; YAML files are registers (`isms: <kinds>` with
 * `records:`), single records, or `isms.yaml`. Files without an `isms:` key are not ISMS files.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { KINDS_WITH_FINDINGS, REGISTER_KINDS } from '../model/kinds';
import { RECORD_KINDS, type FieldSource, type FileKey, type IsmsRecord, type Range, type RecordKind } from '../model/types';
import { MAX_ALIAS_COUNT } from '../limits';
import { findFrontMatter } from './frontMatter';
import { LineMap, pointRange } from './positions';
import { markdownLinks } from './links';
import { markdownSections } from './sections';

export type ParseProblemCode = 'ISMS001' | 'ISMS005';

export interface ParseProblem {
  code: ParseProblemCode;
  message: string;
  range: Range;
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
}


const KINDS: ReadonlySet<string> = new Set(RECORD_KINDS);

export function isMarkdownFile(file: FileKey): boolean {
  return /\.(md|markdown)$/i.test(file);
}

export function isYamlFile(file: FileKey): boolean {
  return /\.ya?ml$/i.test(file);
}

export function parseFile(file: FileKey, text: string): ParsedFile {
  const lines = new LineMap(text);
  const result: ParsedFile = { file, records: [], problems: [], isIsms: false };
  let yamlStart = 0;
  let yamlEnd = text.length;
  let bodyStart: number | undefined;
  if (isMarkdownFile(file)) {
    const fm = findFrontMatter(text);
    if (!fm) return result;
    yamlStart = fm.start;
    yamlEnd = fm.end;
    bodyStart = fm.bodyStart;
  } else if (text.charCodeAt(0) === 0xfeff) {
    yamlStart = 1;
  }
  const yamlText = text.slice(yamlStart, yamlEnd);
  // Cheap pre-check: without an `isms:` key at column 0 this is somebody else's YAML.
  if (!/^isms[ \t]*:/m.test(yamlText)) return result;

  const locate = (node: Node | null | undefined): Range => {
    const r = node?.range;
    return r ? lines.range(yamlStart + r[0], yamlStart + r[1]) : lines.range(yamlStart, yamlStart);
  };

  let doc: Document.Parsed;
  try {
    // resolveKnownTags off: `!!binary`, `!!timestamp`, `!!set`, `!!omap` would build a Buffer, Date, Set, Map;
    // every tag stays plain data (a warning, not a construction), as the README promises
    doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: true, resolveKnownTags: false });
  } catch (e) {
    result.isIsms = true;
    result.problems.push({ code: 'ISMS001', message: `YAML could not be read: ${String(e)}`, range: pointRange(lines.position(yamlStart).line) });
    return result;
  }
  result.isIsms = true;
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const [from, to] = err.pos;
      result.problems.push({
        code: 'ISMS001',
        message: `YAML syntax error: ${firstLine(err.message)}. Fix the YAML; the records of this file are not checked until it parses.`,
        range: lines.range(yamlStart + from, yamlStart + Math.max(from, to)),
      });
    }
    return result;
  }
  const root = doc.contents;
  if (!isMap(root)) return result;
  const marker = root.get('isms', true);
  const kindName = isScalar(marker) ? String(marker.value) : '';
  const markerRange = locate(marker as Node);

  const records = root.get('records', true);
  const makeRecord = (kind: RecordKind, node: YAMLMap, parentId?: string): MutableRecord | undefined => {
    try {
      return toRecord(file, kind, node, doc, locate, parentId);
    } catch (e) {
      // toJS throws on alias bombs (maxAliasCount) and similar: report, keep going.
      result.problems.push({ code: 'ISMS001', message: `YAML could not be read: ${firstLine(String((e as Error).message ?? e))}`, range: locate(node) });
      return undefined;
    }
  };
  const add = (rec: MutableRecord | undefined): void => {
    if (!rec) return;
    result.records.push(rec);
    if (KINDS_WITH_FINDINGS.has(rec.kind)) {
      const findings = (rec.nodeOf?.('findings') as Node | undefined) ?? undefined;
      if (isSeq(findings)) {
        for (const item of findings.items) {
          if (isMap(item)) add(makeRecord('finding', item, rec.id));
        }
      }
    }
    delete rec.nodeOf;
  };

  if (kindName === 'config') {
    result.config = { node: root, locate };
  } else if (kindName in REGISTER_KINDS && (records !== undefined || !KINDS.has(kindName))) {
    const kind = REGISTER_KINDS[kindName];
    if (isSeq(records)) {
      for (const item of records.items) {
        if (isMap(item)) add(makeRecord(kind, item));
        else result.problems.push({ code: 'ISMS001', message: 'Each entry of `records:` must be a mapping of fields (`- id: …`).', range: locate(item as Node) });
      }
    } else if (records !== undefined && !(isScalar(records) && records.value === null)) {
      result.problems.push({ code: 'ISMS001', message: '`records:` must be a list of records.', range: locate(records as Node) });
    }
  } else if (KINDS.has(kindName)) {
    const rec = makeRecord(kindName as RecordKind, root);
    if (rec && bodyStart !== undefined && kindName === 'management-review') {
      rec.sections = markdownSections(text.slice(bodyStart), bodyStart, lines);
    }
    if (rec && bodyStart !== undefined && kindName === 'document') rec.links = markdownLinks(text.slice(bodyStart), bodyStart, lines);
    add(rec);
  } else {
    result.problems.push({
      code: 'ISMS005',
      message: `Unknown kind \`${kindName}\`. Use one of: config, ${[...RECORD_KINDS].join(', ')} (or a register: ${Object.keys(REGISTER_KINDS).join(', ')}).`,
      range: markerRange,
    });
  }
  return result;
}

const firstLine = (s: string): string => s.split('\n')[0].trim();

type MutableRecord = IsmsRecord & { nodeOf?: (key: string) => unknown };

function toRecord(
  file: FileKey,
  kind: RecordKind,
  node: YAMLMap,
  doc: Document.Parsed,
  locate: (n: Node | null | undefined) => Range,
  parentId?: string,
): MutableRecord {
  const data = node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  const fields: Record<string, FieldSource> = {};
  const items: Record<string, Range[]> = {};
  const nodes = new Map<string, unknown>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    const keyRange = locate(pair.key as Node);
    const valueRange = pair.value ? locate(pair.value as Node) : { start: keyRange.end, end: keyRange.end };
    fields[key] = { keyRange, valueRange };
    nodes.set(key, pair.value);
    if (isSeq(pair.value)) items[key] = pair.value.items.map((item) => locate(item as Node));
  }
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
    nodeOf: (key: string) => nodes.get(key),
  };
}

function firstKeyRange(fields: Record<string, FieldSource>): Range | undefined {
  const first = Object.values(fields)[0];
  return first?.keyRange;
}
