/**
 * Sets one field of a record — a register entry, a Markdown file's front matter, or something nested in
 * it such as a finding's `corrective-action` (path ['findings', 2, 'corrective-action']). Replaces only
 * the value when the key is there (its comment stays), adds a line under the record's last key when not.
 */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Range } from '../model/types';
import { LineMap } from '../parse/positions';
import { renderInline, renderKey } from './render';
import { aliasMap, guardShared } from './aliases';
import { EditError, blockIndent, columnOf, detectEol, editAt, lineAfter, type TextEdit } from './textEdit';
import { yamlPart } from './yamlPart';

/** Where the record is: an IsmsRecord fits (its file name says Markdown or YAML, its range starts at its mapping). */
export interface RecordTarget {
  file: string;
  range: Range;
}

export type FieldPath = readonly (string | number)[];

export function setField(text: string, target: RecordTarget, path: FieldPath | string, value: unknown): TextEdit[] {
  const segments = typeof path === 'string' ? [path] : path;
  if (segments.length === 0) throw new EditError('No field given.');
  const lines = new LineMap(text);
  const { doc, base, yaml } = yamlPart(target.file, text);
  const from = lines.offset(target.range.start) - base;
  const to = lines.offset(target.range.end) - base;
  const record = findRecordMap(doc.contents as Node | null, from, to);
  if (!record) throw new EditError('The record was not found in the file (was it changed meanwhile?).');

  let node: Node = record;
  let inFlow = record.flow === true;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i];
    const next = child(node, seg);
    if (!next) throw new EditError(`‘${segments.slice(0, i + 1).join('.')}’ was not found in the record.`);
    node = next;
    inFlow ||= (isMap(node) || isSeq(node)) && node.flow === true;
  }
  const last = segments[segments.length - 1];
  const at = (start: number, end: number, newText: string): TextEdit => editAt(lines, start + base, end + base, newText);
  // what the edit overwrites (a value) or adds to (a mapping): aliases of it or of anything around it
  const guard = (edited: Node, replaced: boolean, edit: TextEdit): TextEdit[] => {
    const copies = guardShared(aliasMap(doc), edited, replaced, (offset) => lines.position(offset + base).line);
    return [...copies.map((c) => at(c.start, c.end, c.newText)), edit];
  };

  if (isSeq(node) && typeof last === 'number') {
    const item = node.items[last] as Node | undefined;
    if (!item?.range) throw new EditError(`Item ${last} was not found.`);
    const rendered = renderInline(value, inFlow || node.flow === true) || 'null';
    return guard(item, true, at(item.range[0], trimEndOf(yaml, item.range[0], item.range[1]), rendered));
  }
  if (!isMap(node) || typeof last !== 'string') throw new EditError(`‘${segments.join('.')}’ does not name a field of a mapping.`);
  const map = node as YAMLMap;
  const flow = inFlow || map.flow === true;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === last) as Pair<Node, Node | null> | undefined;
  if (pair?.value) return guard(pair.value, true, replaceValue(yaml, pair, value, flow, at));
  if (pair) return guard(map, false, replaceValue(yaml, pair, value, flow, at));
  return guard(map, false, addKey(yaml, map, last, value, flow, detectEol(text), at));
}

function child(node: Node, seg: string | number): Node | undefined {
  if (typeof seg === 'number') return isSeq(node) ? ((node.items[seg] as Node | null) ?? undefined) : undefined;
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
  return (pair?.value as Node | null) ?? undefined;
}

/** The record's mapping: the one that starts where the record does, else the outermost one starting inside it. */
function findRecordMap(root: Node | null, from: number, to: number): YAMLMap | undefined {
  let inside: YAMLMap | undefined;
  const queue: (Node | null | undefined)[] = [root];
  while (queue.length > 0) {
    const n = queue.shift();
    if (!n) continue;
    if (isMap(n)) {
      const start = n.range?.[0] ?? -1;
      if (start === from) return n;
      if (!inside && start > from && start < to) inside = n;
      for (const p of n.items) if (isPair(p)) queue.push(p.value as Node | null);
    } else if (isSeq(n)) {
      for (const item of n.items) queue.push(item as Node | null);
    }
  }
  return inside;
}

function replaceValue(
  yaml: string,
  pair: Pair<Node, Node | null>,
  value: unknown,
  flow: boolean,
  at: (start: number, end: number, newText: string) => TextEdit,
): TextEdit {
  const rendered = renderInline(value, flow);
  const v = pair.value;
  const empty = !v || !v.range || (isScalar(v) && v.value === null && (v.source ?? '') === '');
  if (empty && v?.range && (v.anchor || v.tag)) {
    // `key: &a` or `key: !tag` with no value: the value goes after the anchor or tag, not before it
    let p = v.range[0];
    while (p > 0 && (yaml[p - 1] === ' ' || yaml[p - 1] === '\t')) p--;
    return at(p, p, ` ${rendered || 'null'}`);
  }
  if (empty) {
    // `key:` with no value (perhaps a comment after it): write right after the colon
    const keyEnd = pair.key.range?.[1] ?? 0;
    const colon = yaml.indexOf(':', keyEnd);
    return at(colon + 1, colon + 1, rendered === '' ? '' : ` ${rendered}`);
  }
  const [start, end] = v.range!;
  if (rendered === '' && !flow) {
    // back to `key:` with no value, without leaving a trailing blank
    const colon = yaml.indexOf(':', pair.key.range?.[1] ?? 0);
    return at(colon + 1, trimEndOf(yaml, start, end), '');
  }
  return at(start, trimEndOf(yaml, start, end), rendered || 'null');
}

function addKey(
  yaml: string,
  map: YAMLMap,
  key: string,
  value: unknown,
  flow: boolean,
  eol: string,
  at: (start: number, end: number, newText: string) => TextEdit,
): TextEdit {
  const rendered = renderInline(value, flow);
  const entry = `${renderKey(key)}:${rendered === '' ? '' : ` ${rendered}`}`;
  const [start, end] = map.range ?? [0, yaml.length];
  if (flow) {
    const close = yaml.lastIndexOf('}', end - 1);
    if (close < start) throw new EditError('Could not find the end of the ‘{ … }’ mapping.');
    // right after the last entry (or a trailing comma), so the spacing before `}` stays the file's
    let p = close;
    while (p > start + 1 && /\s/.test(yaml[p - 1])) p--;
    const last = yaml[p - 1];
    if (last === '{') return at(p, p, ` ${entry} `);
    return at(p, p, last === ',' ? ` ${entry},` : `, ${entry}`);
  }
  // the parser's own indentation of the keys: `- &f1 id:` and `- ? id` have theirs where `&` and `?` are
  const firstKey = map.items[0]?.key as Node | undefined;
  const column = blockIndent(map) ?? (firstKey?.range ? columnOf(yaml, firstKey.range[0]) : columnOf(yaml, start));
  const line = ' '.repeat(column) + entry;
  const where = lineAfter(yaml, end);
  return at(where.offset, where.offset, where.needsBreak ? eol + line : line + eol);
}

/** A node's end without the line breaks and blanks a block scalar carries: they belong to the lines after. */
function trimEndOf(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s]/.test(text[e - 1])) e--;
  return e;
}
