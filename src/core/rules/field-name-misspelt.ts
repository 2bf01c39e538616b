import { closestNames } from '../model/closest';
import { KIND_FIELDS } from '../model/kinds';
import { keyRange } from '../model/fields';
import type { RecordKind } from '../model/types';
import type { RecordRule } from './rule';

/** Every field name some kind knows: such a key in another kind is a choice (`date:` on an incident), not a typo. */
const ANY_KIND_FIELD: ReadonlySet<string> = new Set(Object.values(KIND_FIELDS).flatMap((fields) => Object.keys(fields)));

/** Endings that make another word of the same stem (`reviewer` beside `reviewed`, `owners` beside `owner`). */
const WORD_ENDINGS = ['ing', 'es', 'ed', 'er', 's'];

/** The word and its stems without one of those endings. */
const forms = (word: string): string[] => [word, ...WORD_ENDINGS.filter((e) => word.endsWith(e)).map((e) => word.slice(0, -e.length))];

/** `reviewer` and `reviewed` share a stem: another word, written on purpose. `perfomed` and `performed` do not. */
const sameWord = (a: string, b: string): boolean => forms(a).some((f) => forms(b).includes(f));

/** How many edits a key of this length may be from a field and still be read as its misspelling. */
const allowedEdits = (key: string): number => (key.length < 4 ? 0 : key.length < 8 ? 1 : 2);

/**
 * The field of `kind` that `key` most likely misspells, or undefined. Practitioners add fields of their
 * own (`notes`, `jira`, `reviewer`), so only a near miss of a field the record does not already have
 * counts: short keys, names other kinds use and other forms of the same word stay silent.
 */
export function misspeltField(kind: RecordKind, key: string, present: Readonly<Record<string, unknown>>): string | undefined {
  const fields = KIND_FIELDS[kind];
  if (key === 'isms' || Object.hasOwn(fields, key) || ANY_KIND_FIELD.has(key)) return undefined;
  const lower = key.toLowerCase().replace(/_/g, '-');
  const candidates = Object.keys(fields).filter((f) => !Object.hasOwn(present, f) && f[0] === lower[0]);
  // a different case or `_` for `-` is the same name written otherwise: always worth the hint
  const exact = candidates.find((f) => f === lower);
  if (exact) return exact;
  return closestNames(lower, candidates, allowedEdits(lower)).find((f) => !sameWord(lower, f));
}

export const fieldNameMisspelt: RecordRule = {
  code: 'ISMS011',
  name: 'field-name-misspelt',
  description: 'A field name is a near miss of a field the kind knows (‘perfomed’ for ‘performed’), so the checks do not read it.',
  clause: 'ISO/IEC 27001:2022 7.5.2 (documented information: format)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: 'all',
  check(rec, _ctx, report) {
    for (const key of Object.keys(rec.data)) {
      const field = misspeltField(rec.kind, key, rec.data);
      if (!field) continue;
      report({
        file: rec.file,
        range: keyRange(rec, key),
        message: `‘${key}’ is not a field of ${rec.kind} records; did you mean ‘${field}’? As written, the checks do not read it. (Fields of your own are fine: name them apart from the standard ones.)`,
        data: { fix: 'rename-field', from: key, to: field },
      });
    }
  },
};
