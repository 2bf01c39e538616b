/**
 * Hover: a clause/control id → its title and standard (a 2013 id → its 2022 equivalents); a record id →
 * the record's kind, title, status, dates and file; a key → what the field means.
 */
import * as path from 'node:path';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { KIND_FIELDS, legacyEquivalent, lookupEntry, type IsmsRecord, type IsmsWorkspace } from '../core';
import { mdCode, mdLinkTarget, mdText } from '../common/markdown';
import { clampPosition } from './positions';
import { splitLines } from '../core/parse/positions';
import { pathToUri } from './uris';
import { yamlContext } from './yamlContext';
import { CONTROL_KEYS, fieldSpec, kindFromText } from './vocabulary';

export function hover(file: string, text: string, at: Position, ws: IsmsWorkspace, others: (id: string) => IsmsRecord[]): Hover | null {
  const position = clampPosition(text, at);
  const ctx = yamlContext(file, text, position);
  if (!ctx || ctx.word === '') return null;
  const word = ctx.word;
  const range = ctx.wordRange;
  const lineText = splitLines(text)[position.line] ?? '';
  const isKey =
    /^\s*(?:-\s+)*["']?$/.test(lineText.slice(0, range.start.character)) && /^["']?\s*:(\s|$)/.test(lineText.slice(range.end.character));
  if (isKey) {
    const kind = ws.recordAt(file, position)?.kind ?? kindFromText(text, ctx.ancestors);
    const spec = fieldSpec(kind, word);
    if (!spec || !kind) return null;
    return markdown(
      `**${mdText(word)}** (${kind}) — ${spec.description}${spec.values ? `\n\nValues: ${spec.values.map((v) => `\`${v}\``).join(', ')}` : ''}`,
      range,
    );
  }

  const records = ws.recordsById(word).length > 0 ? ws.recordsById(word) : others(word);
  if (records.length > 0) return markdown(records.map((r) => recordSummary(r, ws.root)).join('\n\n---\n\n'), range);

  // a bare number is a clause only where a clause is expected (not `cadence-months: 6`)
  if (/^\d+$/.test(word) && !(ctx.key && CONTROL_KEYS.has(ctx.key))) return null;
  const hit = lookupEntry(word);
  if (hit) {
    const { entry, standard } = hit;
    const what = entry.kind === 'control' ? 'control' : entry.kind;
    const related = entry.related?.length
      ? `\n\nRelated in other standards: ${entry.related.map((id) => `\`${id}\` ${lookupEntry(id)?.entry.title ?? ''}`.trim()).join(' · ')}`
      : '';
    return markdown(
      `**${entry.id} ${entry.title}**\n\n${standard.name}, ${what}${entry.group ? ` (${entry.group})` : ''}${related}`,
      range,
    );
  }
  const legacy = legacyEquivalent(word);
  if (legacy && /^A\./i.test(word)) {
    const now = legacy.map((id) => `${id} ${lookupEntry(id)?.entry.title ?? ''}`.trim());
    return markdown(
      `**${mdText(word)}** is an ISO/IEC 27001:2013 control id. Its 2022 equivalent: ${now.map((n) => `**${n}**`).join(', ')}.`,
      range,
    );
  }
  return null;
}

export function recordSummary(r: IsmsRecord, root: string): string {
  const s = (k: string): string | undefined => {
    const v = r.data[k];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const title = s('title') ?? s('text') ?? s('name');
  const lines = [`**${r.id === undefined ? '(no id)' : mdText(r.id)}** — ${r.kind.replace(/-/g, ' ')}${title ? `: ${mdText(title)}` : ''}`];
  const facts: string[] = [];
  for (const key of ['status', 'type', 'planned', 'performed', 'date', 'due', 'owner', 'source', 'corrective-action']) {
    const v = s(key);
    if (v !== undefined && key in (KIND_FIELDS[r.kind] ?? {})) facts.push(`${key}: ${mdCode(v)}`);
  }
  if (r.parentId) facts.push(`in ${mdCode(r.parentId)}`);
  if (facts.length > 0) lines.push(facts.join(' · '));
  const rel = path.relative(root, r.file) || path.basename(r.file);
  const line = r.anchor.start.line + 1;
  lines.push(`[${mdText(rel.split(path.sep).join('/'))}:${line}](${mdLinkTarget(pathToUri(r.file))}#L${line})`);
  return lines.join('\n\n');
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}
