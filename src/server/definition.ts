/**
 * From a reference to its record: go-to-definition on an id, and document links on every reference
 * value of a file's records (`source:`, `corrective-action:`, `carried-to:` …) that resolves.
 */
import type { DocumentLink, Location, Position } from 'vscode-languageserver/node';
import type { IsmsRecord, IsmsWorkspace } from '../core';
import { clampPosition } from './positions';
import { pathToUri } from './uris';
import { yamlContext } from './yamlContext';
import { REFERENCE_KEYS } from './vocabulary';

export function definition(file: string, text: string, position: Position, lookup: (id: string) => IsmsRecord[]): Location[] {
  const ctx = yamlContext(file, text, clampPosition(text, position));
  if (!ctx || ctx.word === '') return [];
  return lookup(ctx.word).map((r) => ({ uri: pathToUri(r.file), range: r.anchor }));
}

export function documentLinks(file: string, ws: IsmsWorkspace, lookup: (id: string) => IsmsRecord[]): DocumentLink[] {
  const links: DocumentLink[] = [];
  // a record kept as last read while the file does not parse has ranges of the old text: no links from it
  const records = ws.records().filter((r) => r.file === file && !ws.isStale(r));
  for (const rec of records) {
    for (const [key, where] of Object.entries(rec.fields)) {
      if (!REFERENCE_KEYS.has(key)) continue;
      const value = rec.data[key];
      if (typeof value === 'string' || typeof value === 'number') {
        link(String(value), where.valueRange);
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => {
          const range = rec.items?.[key]?.[i];
          if ((typeof v === 'string' || typeof v === 'number') && range) link(String(v), range);
        });
      }
    }
  }
  return links;

  function link(id: string, range: DocumentLink['range']): void {
    const target = lookup(id.trim())[0];
    if (!target) return;
    links.push({
      range,
      target: `${pathToUri(target.file)}#L${target.anchor.start.line + 1},${target.anchor.start.character + 1}`,
      tooltip: `Open ${id}`,
    });
  }
}
