/**
 * Completion in front matter and registers: record ids after reference keys, clause/control ids (with
 * titles) in scope/ref/controls, kinds after `isms:`, a kind's values after `status:`/`type:`, today
 * after date keys, and field names where a key is being typed.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionParams } from 'vscode-languageserver/node';
import {
  CATALOGUES,
  DEFAULT_STANDARDS,
  KIND_FIELDS,
  catalogueFor,
  plusDays,
  type IsmsRecord,
  type IsmsWorkspace,
  type RecordKind,
} from '../core';
import { clampPosition } from './positions';
import { yamlContext, type YamlContext } from './yamlContext';
import { CONTROL_KEYS, DATE_KEYS, ISMS_MARKERS, PREFERRED_TARGETS, REFERENCE_KEYS, allowedValues, kindFromText } from './vocabulary';

export interface CompletionSource {
  file: string;
  text: string;
  ws: IsmsWorkspace;
  today: string;
}

const MAX_RECORD_ITEMS = 2000;

export function complete(params: CompletionParams, src: CompletionSource): CompletionItem[] {
  const position = clampPosition(src.text, params.position);
  const ctx = yamlContext(src.file, src.text, position);
  if (!ctx) return [];
  const kind: RecordKind | undefined = src.ws.recordAt(src.file, position)?.kind ?? kindFromText(src.text, ctx.ancestors);
  if (ctx.inKey) return keyItems(ctx, kind);
  const key = ctx.key;
  if (!key) return [];
  if (key === 'isms') return ISMS_MARKERS.map((m, i) => item(ctx, m.value, m.detail, CompletionItemKind.EnumMember, i));
  if (key === 'standards') return CATALOGUES.map((c, i) => item(ctx, c.key, c.name, CompletionItemKind.Module, i));
  if (REFERENCE_KEYS.has(key)) return recordItems(ctx, key, src.ws);
  if (CONTROL_KEYS.has(key)) return controlItems(ctx, src.ws);
  const values = allowedValues(kind, key, ctx.ancestors);
  if (values.length > 0) return values.map((v, i) => item(ctx, v, `${key} of ${kind ?? 'a record'}`, CompletionItemKind.EnumMember, i));
  if (DATE_KEYS.has(key)) {
    const items = [item(ctx, src.today, 'today', CompletionItemKind.Value, 0)];
    if (key === 'due') items.push(item(ctx, plusDays(src.today, 30), 'in 30 days', CompletionItemKind.Value, 1));
    return items;
  }
  return [];
}

function item(ctx: YamlContext, value: string, detail: string, kind: CompletionItemKind, order: number, insert = value): CompletionItem {
  return {
    label: value,
    kind,
    detail,
    sortText: String(order).padStart(5, '0'),
    filterText: value,
    textEdit: { range: ctx.wordRange, newText: insert },
  };
}

function recordItems(ctx: YamlContext, key: string, ws: IsmsWorkspace): CompletionItem[] {
  const preferred = PREFERRED_TARGETS[key] ?? [];
  const rank = (r: IsmsRecord): number => {
    const i = preferred.indexOf(r.kind);
    return i < 0 ? preferred.length : i;
  };
  const seen = new Set<string>();
  const records = ws
    .records()
    .filter((r): r is IsmsRecord & { id: string } => r.id !== undefined && !seen.has(r.id) && (seen.add(r.id), true))
    .sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id))
    .slice(0, MAX_RECORD_ITEMS);
  return records.map((r, i) => {
    const title = typeof r.data.title === 'string' ? r.data.title : typeof r.data.text === 'string' ? r.data.text : '';
    return {
      ...item(ctx, r.id, `${r.kind}${title ? `: ${title}` : ''}`, CompletionItemKind.Reference, i),
      documentation: typeof r.data.status === 'string' ? `status: ${r.data.status}` : undefined,
    };
  });
}

function controlItems(ctx: YamlContext, ws: IsmsWorkspace): CompletionItem[] {
  const keys = ws.config.standards.length > 0 ? ws.config.standards : DEFAULT_STANDARDS;
  const standards = [...new Set(keys.map(catalogueFor).filter((c) => c !== undefined))];
  const quoted = ctx.before === '"' || ctx.before === "'";
  const items: CompletionItem[] = [];
  for (const standard of standards) {
    for (const entry of standard.entries) {
      // a bare clause number such as 9.1 would be read as a YAML number: quote it unless the user did
      const insert = !quoted && /^\d+(\.\d+)*$/.test(entry.id) ? `"${entry.id}"` : entry.id;
      items.push({
        ...item(
          ctx,
          entry.id,
          entry.title,
          entry.kind === 'control' ? CompletionItemKind.Constant : CompletionItemKind.Field,
          items.length,
          insert,
        ),
        labelDetails: { description: entry.title },
        documentation: `${standard.name}${entry.group ? ` — ${entry.group}` : ''}`,
      });
    }
  }
  return items;
}

function keyItems(ctx: YamlContext, kind: RecordKind | undefined): CompletionItem[] {
  if (!kind) return [];
  return Object.entries(KIND_FIELDS[kind]).map(([key, spec], i) => ({
    label: key,
    kind: CompletionItemKind.Property,
    detail: spec.type + (spec.required ? ' (required)' : ''),
    documentation: spec.description,
    sortText: String(i).padStart(5, '0'),
    textEdit: { range: ctx.wordRange, newText: `${key}: ` },
    insertTextFormat: InsertTextFormat.PlainText,
  }));
}
