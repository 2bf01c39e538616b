/**
 * The words practitioners write for the values of the closed lists in kinds.ts, as data: case and common
 * synonyms are read as the canonical value everywhere (issue 16), and each non-standard spelling is kept on
 * the record so that one hint (ISMS010) can say which term the standard uses. docs/format.md lists the table.
 */
import { KIND_FIELDS } from './kinds';
import { nameTable, ownEntry } from './nameTable';
import type { RecordKind } from './types';

/** A value written in another word than the canonical one, and what it was read as. */
export interface Spelling {
  /** the field (its canonical name) */
  key: string;
  /** the value as written */
  written: string;
  /** what the engine reads it as */
  canonical: string | boolean;
}

/** Synonyms per kind and field: lower-case written form → canonical value. Case alone never needs an entry. */
export const VALUE_SYNONYMS: Readonly<Partial<Record<RecordKind, Readonly<Record<string, Readonly<Record<string, string>>>>>>> = {
  'internal-audit': { status: nameTable({ completed: 'done', complete: 'done', closed: 'done', 'in progress': 'in-progress' }) },
  risk: { treatment: nameTable({ mitigate: 'modify', reduce: 'modify', accept: 'retain', transfer: 'share' }) },
  finding: { type: nameTable({ major: 'major-nc', minor: 'minor-nc', ofi: 'opportunity' }) },
  incident: { status: nameTable({ resolved: 'closed' }) },
};

const BOOLEAN_WORDS = nameTable<boolean>({ yes: true, no: false, y: true, n: false, true: true, false: false });

/**
 * The canonical value of `written` for this kind's field, when the engine can read it as one; undefined
 * when the field has no closed list (or is not boolean) or the value means nothing the engine knows.
 */
export function canonicalValue(kind: RecordKind, key: string, written: unknown): string | boolean | undefined {
  const spec = ownEntry(KIND_FIELDS[kind], key);
  if (!spec) return undefined;
  if (spec.type === 'boolean') {
    if (typeof written === 'boolean') return written;
    return typeof written === 'string' ? ownEntry(BOOLEAN_WORDS, written.trim().toLowerCase()) : undefined;
  }
  if (!spec.values || (typeof written !== 'string' && typeof written !== 'number')) return undefined;
  const lower = String(written).trim().toLowerCase();
  const exact = spec.values.find((v) => v.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const synonyms = VALUE_SYNONYMS[kind]?.[key];
  return synonyms ? ownEntry(synonyms, lower) : undefined;
}

/**
 * Rewrites `data` in place to canonical values where a field's value is another spelling of one, and
 * returns what was rewritten. Values the engine cannot read are left as written for ISMS006 to report.
 */
export function normaliseValues(kind: RecordKind, data: Record<string, unknown>): Spelling[] {
  const spellings: Spelling[] = [];
  for (const key of Object.keys(data)) {
    const written = data[key];
    if (typeof written !== 'string') continue;
    const canonical = canonicalValue(kind, key, written);
    if (canonical === undefined || canonical === written) continue;
    data[key] = canonical;
    // `Done` for `done` is the same word: read it, no hint
    if (typeof canonical === 'boolean' || canonical.toLowerCase() !== written.trim().toLowerCase())
      spellings.push({ key, written, canonical });
  }
  return spellings;
}
