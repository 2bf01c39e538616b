/** Workspace symbols (record ids across every root) and the outline of one file (its records). */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver/node';
import type { IsmsRecord, RecordKind } from '../core';
import { pathToUri } from './uris';

const KIND_SYMBOL: Readonly<Record<RecordKind, SymbolKind>> = {
  'internal-audit': SymbolKind.Event,
  'external-audit': SymbolKind.Event,
  'management-review': SymbolKind.Event,
  'corrective-action': SymbolKind.Function,
  finding: SymbolKind.Key,
  incident: SymbolKind.Struct,
  awareness: SymbolKind.Object,
  risk: SymbolKind.Constant,
  soa: SymbolKind.Field,
  'processing-activity': SymbolKind.Struct,
  dpia: SymbolKind.Object,
  'continuity-plan': SymbolKind.Module,
  exercise: SymbolKind.Event,
  person: SymbolKind.Variable,
  document: SymbolKind.File,
  objective: SymbolKind.Number,
  acknowledgement: SymbolKind.Boolean,
  evidence: SymbolKind.File,
  'control-activity': SymbolKind.Event,
};

const MAX_SYMBOLS = 1000;

const titleOf = (r: IsmsRecord): string | undefined =>
  // a person has a name rather than a title
  [r.data.title, r.data.text, r.data.name].find((v): v is string => typeof v === 'string');

/** Case-insensitive subsequence match, as editors' symbol pickers do (`ca04` finds `CA-2026-004`). */
function matches(query: string, id: string): boolean {
  let i = 0;
  const q = query.toLowerCase();
  const s = id.toLowerCase();
  for (let j = 0; j < s.length && i < q.length; j++) if (s[j] === q[i]) i++;
  return i === q.length;
}

export function workspaceSymbols(query: string, records: IsmsRecord[]): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const r of records) {
    if (!r.id || !matches(query, r.id)) continue;
    out.push({
      name: r.id,
      kind: KIND_SYMBOL[r.kind],
      location: { uri: pathToUri(r.file), range: r.anchor },
      containerName: `${r.kind}${titleOf(r) ? ` — ${titleOf(r)}` : ''}`,
    });
    if (out.length >= MAX_SYMBOLS) break;
  }
  return out;
}

export function documentSymbols(records: IsmsRecord[]): DocumentSymbol[] {
  const top = records.filter((r) => !r.parentId || !records.some((p) => p.id === r.parentId));
  const toSymbol = (r: IsmsRecord): DocumentSymbol => ({
    name: r.id ?? titleOf(r) ?? r.kind,
    detail: titleOf(r) ?? r.kind,
    kind: KIND_SYMBOL[r.kind],
    range: r.range,
    selectionRange: r.anchor,
    // one level: findings under their audit (a finding never has children, so no cycle through odd ids)
    children: r.parentId === undefined ? records.filter((c) => c.parentId !== undefined && c.parentId === r.id).map(toSymbol) : [],
  });
  return top.map(toSymbol);
}
