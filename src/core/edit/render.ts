/**
 * YAML text for values written by edits. Plain scalars when they read back as the same value (so a date
 * stays `2026-04-30`, not `"2026-04-30"`), double quotes otherwise; whole records through the `yaml`
 * package so that block scalars, quoting and escapes are its, not ours.
 */
import { parseDocument, stringify } from 'yaml';

/**
 * One value on ONE line (never a line break, whatever the value holds): after `key: ` in a block mapping,
 * or inside a flow collection (`flow`). Lists and objects are written in flow style, so that they stay
 * on the line they replace and can go into a `[ … ]` or `{ … }` at any column.
 */
export function renderInline(value: unknown, flow: boolean): string {
  if (value === null || value === undefined) return flow ? 'null' : '';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (typeof value === 'string') return renderString(value, flow);
  if (Array.isArray(value)) return `[${value.map((v) => renderInline(v, true)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${renderKey(k)}: ${renderInline(v, true)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(String(value));
}

function renderString(value: string, flow: boolean): string {
  if (value !== '' && value === value.trim() && !/[\u0000-\u001f\u007f\u2028\u2029\ufeff]/.test(value)) {
    try {
      // parseDocument, not parse: no warning printed, and an error or a warning (`*a:`) means "quote it"
      const doc = parseDocument(flow ? `{k: ${value}}` : `k: ${value}`, { resolveKnownTags: false });
      const back = doc.errors.length + doc.warnings.length === 0 ? (doc.toJS() as { k?: unknown } | null) : null;
      if (back && back.k === value) return value;
    } catch {
      // not plain-safe: quote it
    }
  }
  // a JSON string is a valid YAML double-quoted scalar
  return JSON.stringify(value);
}

/** A key plain when it reads back as the same string (`due`, `corrective-action`), quoted otherwise (`"1e3"`, `"true"`). */
export function renderKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) && !/^(true|false|null)$/i.test(key) ? key : JSON.stringify(key);
}

/**
 * A mapping in block style, one line per element of the result, without line breaks; '' for null.
 * Multi-line strings become block scalars (`|`) when those read back as the same text where the lines
 * go (a list entry, indented); else — `yaml` writes `" \n"` as a `|+` block that reads back as `"\n"` —
 * every string is written in quotes on one line.
 */
export function renderBlockLines(record: Readonly<Record<string, unknown>>): string[] {
  const want = JSON.stringify(record);
  let lines: string[] = [];
  for (const blockQuote of [true, false]) {
    lines = stringify(record, { lineWidth: 0, nullStr: '', indent: 2, blockQuote }).replace(/\n$/, '').split('\n');
    const entry = lines.map((l, i) => (i === 0 ? `- ${l}` : l === '' ? l : `  ${l}`)).join('\n');
    const doc = parseDocument(entry, { resolveKnownTags: false });
    if (doc.errors.length === 0 && JSON.stringify((doc.toJS() as unknown[] | null)?.[0]) === want) break;
  }
  return lines;
}
