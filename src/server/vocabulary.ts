/**
 * Which keys take which kind of value, derived from the core's KIND_FIELDS table so that completion,
 * hover and links follow the schema instead of a second list.
 */
import { CYCLE_AUDIT_TYPES, FINDING_FIELDS, KIND_FIELDS, REGISTER_KINDS, RECORD_KINDS, type FieldSpec, type RecordKind } from '../core';
import { nameTable } from '../core/model/nameTable';

const allSpecs = (): [string, FieldSpec][] => [
  ...Object.values(KIND_FIELDS).flatMap((fields) => Object.entries(fields)),
  ...Object.entries(FINDING_FIELDS),
];

const keysOf = (types: readonly string[], extra: readonly string[]): ReadonlySet<string> =>
  new Set([
    ...allSpecs()
      .filter(([, spec]) => types.includes(spec.type))
      .map(([key]) => key),
    ...extra,
  ]);

/**
 * keys whose value is the id of another record (`carried-to` sits in a review's actions; an
 * acknowledgement's `person` is a person id, or a name or email the roster has)
 */
export const REFERENCE_KEYS = keysOf(['reference', 'reference-list'], ['carried-to', 'person']);
/** keys whose value is a clause / control id or a list of them (`owns` in isms.yaml departments) */
export const CONTROL_KEYS = keysOf(['control', 'control-list'], ['owns']);
/** keys whose value is a date (`due` of a review's actions too) */
export const DATE_KEYS = keysOf(['date'], ['due', 'date', 'issued', 'expires', 'decision']);

/** the kinds a reference key usually points to: listed first in completion */
export const PREFERRED_TARGETS: Readonly<Record<string, readonly RecordKind[]>> = nameTable({
  source: ['finding', 'incident', 'management-review'],
  'corrective-action': ['corrective-action'],
  'carried-to': ['management-review'],
  dpia: ['dpia'],
  processing: ['processing-activity'],
  'processing-activity': ['processing-activity'],
  plans: ['continuity-plan'],
  supersedes: ['document'],
  policy: ['document'],
  documents: ['document'],
  document: ['document'],
  person: ['person'],
});

/** values of `isms:`: the config marker, single record kinds and register kinds */
export const ISMS_MARKERS: readonly { value: string; detail: string }[] = [
  { value: 'config', detail: 'isms.yaml: the root of an ISMS folder' },
  ...RECORD_KINDS.filter((k) => k !== 'finding').map((k) => ({
    value: k,
    detail: `one ${k.replace(/-/g, ' ')} record (Markdown front matter or YAML)`,
  })),
  ...Object.entries(REGISTER_KINDS)
    .filter(([name, kind]) => name !== kind)
    .map(([name, kind]) => ({ value: name, detail: `a register of ${kind.replace(/-/g, ' ')} records (‘records:’ list)` })),
];

export function fieldSpec(kind: RecordKind | undefined, key: string): FieldSpec | undefined {
  if (kind) return (KIND_FIELDS[kind] as Record<string, FieldSpec | undefined>)[key];
  return undefined;
}

/** Allowed values of a key for a kind; without a kind, the union over kinds (the file may not parse yet). */
export function allowedValues(kind: RecordKind | undefined, key: string, ancestors: readonly string[]): readonly string[] {
  if (key === 'type' && ancestors.includes('audits')) return CYCLE_AUDIT_TYPES;
  const spec = fieldSpec(kind, key);
  if (spec?.values) return spec.values;
  if (kind) return [];
  const union = new Set<string>();
  for (const [k, s] of allSpecs()) if (k === key && s.values) s.values.forEach((v) => union.add(v));
  return [...union];
}

/** The kind of the record around the cursor: the index knows, else the file's `isms:` marker. */
export function kindFromText(text: string, ancestors: readonly string[]): RecordKind | undefined {
  if (ancestors.includes('findings')) return 'finding';
  const m = /^isms[ \t]*:[ \t]*([A-Za-z-]+)/m.exec(text);
  if (!m) return undefined;
  const marker = m[1];
  if ((RECORD_KINDS as readonly string[]).includes(marker)) return marker as RecordKind;
  return REGISTER_KINDS[marker];
}
