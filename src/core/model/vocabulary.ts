/**
 * The words practitioners write for the values of the closed lists in kinds.ts, and the other names they
 * give some fields, as data: case, spaces or underscores for hyphens, and common synonyms are read as the
 * canonical value everywhere (issue 16), and each non-standard spelling is kept on the record so that one
 * hint (ISMS010) can say which term the standard uses. docs/format.md lists both tables (generated from here).
 *
 * Only words that mean the canonical value and nothing else belong here: a wrong reading (an audit taken
 * as done, an action as closed) is worse than ISMS006 asking which value was meant. So `nc` alone (major
 * or minor?), `done` for a corrective action (implemented or closed?) and `yes`/`no` for a status are left out.
 */
import { KIND_FIELDS } from './kinds';
import { nameTable, ownEntry } from './nameTable';
import type { RecordKind } from './types';

/** A value (or a field name) written in another word than the canonical one, and what it was read as. */
export interface Spelling {
  /** the field (its canonical name) */
  key: string;
  /** the value as written; for a field alias, the field name as written */
  written: string;
  /** what the engine reads it as; for a field alias, the canonical field name (= key) */
  canonical: string | boolean;
  /** true when `written` is another name of the field (`date` for an incident's `detected`), not a value */
  field?: true;
}

type Table<T> = Readonly<Record<string, T>>;

/** What practitioners write for an audit held or to be held, internal or external (and the cycle audits of isms.yaml). */
const AUDIT_STATUS: Table<string> = {
  completed: 'done',
  complete: 'done',
  closed: 'done',
  performed: 'done',
  conducted: 'done',
  scheduled: 'planned',
};

/**
 * Synonyms per kind and field: written form → canonical value. Written forms are lower case with hyphens:
 * case, and spaces or underscores in place of hyphens, never need an entry (`In Progress` reads as
 * `in-progress`, `Major NC` as `major-nc`).
 */
export const VALUE_SYNONYMS: Readonly<Partial<Record<RecordKind, Table<Table<string>>>>> = {
  'internal-audit': { status: nameTable({ ...AUDIT_STATUS, ongoing: 'in-progress', underway: 'in-progress' }) },
  'external-audit': {
    status: nameTable(AUDIT_STATUS),
    type: nameTable({
      'initial-certification': 'certification',
      initial: 'certification',
      're-certification': 'recertification',
      renewal: 'recertification',
      surveillance1: 'surveillance-1',
      surveillance2: 'surveillance-2',
      'first-surveillance': 'surveillance-1',
      'second-surveillance': 'surveillance-2',
      'short-notice': 'special',
    }),
  },
  'management-review': {
    status: nameTable({ held: 'done', completed: 'done', complete: 'done', conducted: 'done', scheduled: 'planned' }),
  },
  'corrective-action': {
    // `done` and `completed` claim no more than `implemented`: verified and closed need the effectiveness review (10.2 d)
    status: nameTable({
      new: 'open',
      raised: 'open',
      ongoing: 'in-progress',
      underway: 'in-progress',
      started: 'in-progress',
      done: 'implemented',
      completed: 'implemented',
      complete: 'implemented',
    }),
  },
  finding: {
    type: nameTable({
      major: 'major-nc',
      minor: 'minor-nc',
      'major-nonconformity': 'major-nc',
      'minor-nonconformity': 'minor-nc',
      'major-non-conformity': 'major-nc',
      'minor-non-conformity': 'minor-nc',
      'major-nonconformance': 'major-nc',
      'minor-nonconformance': 'minor-nc',
      ofi: 'opportunity',
      'opportunity-for-improvement': 'opportunity',
      'improvement-opportunity': 'opportunity',
    }),
  },
  incident: {
    status: nameTable({ resolved: 'closed', new: 'open', investigating: 'open', 'under-investigation': 'open' }),
    severity: nameTable({ moderate: 'medium', med: 'medium' }),
    notification: nameTable({ notifiable: 'required', 'not-notifiable': 'not-required' }),
  },
  risk: {
    treatment: nameTable({
      mitigate: 'modify',
      mitigation: 'modify',
      reduce: 'modify',
      reduction: 'modify',
      modification: 'modify',
      treat: 'modify',
      accept: 'retain',
      acceptance: 'retain',
      retention: 'retain',
      tolerate: 'retain',
      transfer: 'share',
      sharing: 'share',
      avoidance: 'avoid',
      terminate: 'avoid',
    }),
    status: nameTable({ identified: 'open', mitigated: 'treated', retained: 'accepted' }),
  },
  soa: {
    implementation: nameTable({
      'fully-implemented': 'implemented',
      'in-place': 'implemented',
      'partially-implemented': 'partial',
      partially: 'partial',
      'partly-implemented': 'partial',
      unimplemented: 'not-implemented',
    }),
  },
  awareness: {
    type: nameTable({
      phishing: 'phishing-simulation',
      'phishing-test': 'phishing-simulation',
      'phishing-exercise': 'phishing-simulation',
      'phishing-campaign': 'phishing-simulation',
      'simulated-phishing': 'phishing-simulation',
      course: 'training',
      'e-learning': 'training',
      elearning: 'training',
      workshop: 'training',
      'refresher-training': 'refresher',
      newsletter: 'communication',
      announcement: 'communication',
    }),
  },
  'processing-activity': {
    role: nameTable({
      'data-controller': 'controller',
      'joint-controller': 'controller',
      'responsible-party': 'controller', // POPIA s.1
      'data-processor': 'processor',
      'sub-processor': 'processor',
      operator: 'processor', // POPIA s.1
    }),
    'lawful-basis': nameTable({
      'legitimate-interest': 'legitimate-interests',
      'vital-interest': 'vital-interests',
      'legal-obligations': 'legal-obligation',
      'legal-requirement': 'legal-obligation',
      contractual: 'contract',
      'contractual-necessity': 'contract',
      'performance-of-a-contract': 'contract',
      'performance-of-contract': 'contract',
      'public-interest': 'public-task', // Art. 6(1) e: "in the public interest or in the exercise of official authority"
    }),
  },
  dpia: {
    'residual-risk': nameTable({ moderate: 'medium', med: 'medium' }),
    status: nameTable({ 'signed-off': 'approved' }),
  },
  exercise: {
    status: nameTable({ completed: 'done', complete: 'done', conducted: 'done', performed: 'done', held: 'done', scheduled: 'planned' }),
    type: nameTable({
      'table-top': 'tabletop',
      'walk-through': 'walkthrough',
      'full-scale': 'full-test',
      'full-interruption': 'full-test',
    }),
  },
  document: {
    type: nameTable({
      sop: 'procedure',
      'standard-operating-procedure': 'procedure',
      'work-instruction': 'procedure',
      guidance: 'guideline',
      guidelines: 'guideline',
    }),
    status: nameTable({
      'under-review': 'in-review',
      'for-review': 'in-review',
      'pending-approval': 'in-review',
      'awaiting-approval': 'in-review',
      'signed-off': 'approved',
      obsolete: 'retired',
      withdrawn: 'retired',
      superseded: 'retired',
      archived: 'retired',
    }),
  },
  objective: {
    direction: nameTable({
      minimum: 'at-least',
      min: 'at-least',
      '>=': 'at-least',
      '≥': 'at-least',
      'higher-is-better': 'at-least',
      maximum: 'at-most',
      max: 'at-most',
      '<=': 'at-most',
      '≤': 'at-most',
      'lower-is-better': 'at-most',
    }),
  },
};

/** Spellings of a canonical value that hold wherever the value is allowed (US `canceled`). */
export const VARIANT_SPELLINGS: Table<string> = nameTable({ canceled: 'cancelled' });

/**
 * Other names of fields, per kind: written name → canonical field. Read as the canonical field unless that
 * field is written too (then the alias is an extra field of the practitioner's own, as any other).
 */
export const FIELD_ALIASES: Readonly<Partial<Record<RecordKind, Table<string>>>> = {
  incident: nameTable({ date: 'detected', 'date-detected': 'detected', 'detection-date': 'detected' }),
  'corrective-action': nameTable({ 'due-date': 'due' }),
  risk: nameTable({ 'risk-owner': 'owner', 'last-reviewed': 'reviewed' }),
  'external-audit': nameTable({ 'certification-body': 'body' }),
  'processing-activity': nameTable({ 'legal-basis': 'lawful-basis', 'last-reviewed': 'reviewed' }),
  document: nameTable({ 'approved-by': 'approver', 'last-reviewed': 'reviewed' }),
  'continuity-plan': nameTable({ 'last-reviewed': 'reviewed' }),
  // Vanta's and CISO Assistant's "effective date": the day collected or performed, never the upload or commit date
  evidence: nameTable({
    collected: 'effective',
    'collected-on': 'effective',
    'date-collected': 'effective',
    'collection-date': 'effective',
    performed: 'effective',
    'performed-on': 'effective',
    'effective-date': 'effective',
    date: 'effective',
    'validity-months': 'valid-months',
    'valid-for-months': 'valid-months',
    'renewal-months': 'valid-months',
    expires: 'valid-until',
    'expiry-date': 'valid-until',
    'expiration-date': 'valid-until',
    'valid-to': 'valid-until',
    path: 'location',
    url: 'location',
    link: 'location',
    'control-activity': 'activity',
  }),
  'control-activity': nameTable({
    every: 'schedule',
    frequency: 'schedule',
    cadence: 'schedule',
    recurrence: 'schedule',
    'day-of-month': 'day',
    started: 'start',
    'start-date': 'start',
    since: 'start',
  }),
};

/** The words read as `true` and `false`, in any case. */
export const BOOLEAN_WORDS = nameTable<boolean>({ yes: true, no: false, y: true, n: false, true: true, false: false });

/** The form synonyms are looked up in: trimmed, lower case, runs of spaces, underscores and hyphens as one hyphen. */
export function normalTerm(written: string): string {
  return written
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}

/**
 * The canonical value of `written` for this kind's field, when the engine can read it as one; undefined
 * when the field has no closed list (or is not boolean) or the value means nothing the engine knows.
 */
export function canonicalValue(kind: RecordKind, key: string, written: unknown): string | boolean | undefined {
  const spec = ownEntry(KIND_FIELDS[kind], key);
  if (!spec) return undefined;
  if (spec.type === 'boolean') {
    if (typeof written === 'boolean') return written;
    return typeof written === 'string' ? ownEntry(BOOLEAN_WORDS, normalTerm(written)) : undefined;
  }
  if (!spec.values || (typeof written !== 'string' && typeof written !== 'number')) return undefined;
  const term = normalTerm(String(written));
  const exact = spec.values.find((v) => v === term);
  if (exact !== undefined) return exact;
  const variant = ownEntry(VARIANT_SPELLINGS, term);
  if (variant !== undefined && spec.values.includes(variant)) return variant;
  const synonyms = VALUE_SYNONYMS[kind]?.[key];
  return synonyms ? ownEntry(synonyms, term) : undefined;
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

/** The canonical field an alias names (`date` → `detected` for an incident), else undefined. */
export function aliasedField(kind: RecordKind, written: string): string | undefined {
  const term = normalTerm(written);
  // the field's own name in another case or spacing (`Personal-Data`, `root cause`) is that field
  if (term !== written && ownEntry(KIND_FIELDS[kind], term)) return term;
  const aliases = FIELD_ALIASES[kind];
  return aliases ? ownEntry(aliases, term) : undefined;
}

/**
 * The aliases among `keys` to read as their canonical field: alias as written → canonical field. An alias
 * is left alone when its canonical field is written too, or another alias of it came first.
 */
export function fieldAliases(kind: RecordKind, keys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const present = new Set(keys);
  const taken = new Set<string>();
  for (const key of keys) {
    const canonical = ownEntry(KIND_FIELDS[kind], key) ? undefined : aliasedField(kind, key);
    if (canonical === undefined || present.has(canonical) || taken.has(canonical)) continue;
    taken.add(canonical);
    out.set(key, canonical);
  }
  return out;
}

const cell = (s: string): string => `\`${s}\``;

/** The synonyms table of docs/format.md, from VALUE_SYNONYMS (`npm run schemas` writes it there). */
export function vocabularyDocTable(): string {
  const rows: string[] = [];
  for (const [kind, fields] of Object.entries(VALUE_SYNONYMS)) {
    for (const [field, synonyms] of Object.entries(fields ?? {})) {
      const byValue = new Map<string, string[]>();
      for (const [written, canonical] of Object.entries(synonyms)) byValue.set(canonical, [...(byValue.get(canonical) ?? []), written]);
      for (const [canonical, written] of byValue)
        rows.push(`| ${kind} | \`${field}\` | ${cell(canonical)} | ${written.map(cell).join(', ')} |`);
    }
  }
  for (const [written, canonical] of Object.entries(VARIANT_SPELLINGS))
    rows.push(`| any | any field that allows it | ${cell(canonical)} | ${cell(written)} |`);
  return ['| Kind | Field | Standard term | Also read as it |', '|---|---|---|---|', ...rows].join('\n');
}

/** The field aliases table of docs/format.md, from FIELD_ALIASES. */
export function aliasDocTable(): string {
  const rows: string[] = [];
  for (const [kind, aliases] of Object.entries(FIELD_ALIASES)) {
    const byField = new Map<string, string[]>();
    for (const [written, field] of Object.entries(aliases ?? {})) byField.set(field, [...(byField.get(field) ?? []), written]);
    for (const [field, written] of byField) rows.push(`| ${kind} | ${cell(field)} | ${written.map(cell).join(', ')} |`);
  }
  return ['| Kind | Field | Also read as it |', '|---|---|---|', ...rows].join('\n');
}
