/**
 * Who of a document's audience has acknowledged its current version (A.5.1: "communicated to and
 * acknowledged by relevant personnel"). The audience is read against the `person` roster; the
 * acknowledgements come from `acknowledgement` records (an `isms: acknowledgements` register), each
 * `{ person, document, version, date }`. One computation for ISMS907, the register, the tree and the
 * import command (which matches people the same way).
 */
import type { CycleSource } from '../cycle/cycle';
import { isCurrentPerson } from '../awareness/training';
import { plusDays } from '../dates';
import { date, text } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { normaliseName } from '../people/names';
import { isApproved } from './status';

export interface PendingAcknowledgement {
  /** the person record (from the roster) who has not acknowledged the current version */
  person: IsmsRecord;
  /** by when it was due: the approval date plus `documents.acknowledge-days` */
  due: string;
  overdue: boolean;
}

export interface AcknowledgementStatus {
  /** the version the acknowledgements count for (the current approved one) */
  version?: string;
  /** people of the audience on the roster (those who left are not counted) */
  expected: number;
  /** of them, those who acknowledged the current version (or, after a minor change, an earlier one) */
  acknowledged: number;
  pending: PendingAcknowledgement[];
  /** when the audience as of the approval was due: the approval date plus `documents.acknowledge-days` */
  due?: string;
  /** audience entries, as written, that match nobody on the roster (no department, role, person, id or email) */
  unmatchedAudience?: string[];
}

/** The audience entries that mean the whole roster. */
const EVERYONE: ReadonlySet<string> = new Set(['everyone', 'all', 'all staff', 'all personnel', 'all employees']);

/** Finds roster people by what acknowledgements and imports name them by: id, name (normalised) or email. */
export interface PersonIndex {
  /** the roster person a value names, or undefined */
  find(value: string): IsmsRecord | undefined;
}

export function personIndex(people: readonly IsmsRecord[]): PersonIndex {
  const byId = new Map<string, IsmsRecord>();
  const byEmail = new Map<string, IsmsRecord>();
  const byName = new Map<string, IsmsRecord>();
  for (const p of people) {
    if (p.id !== undefined && !byId.has(p.id)) byId.set(p.id, p);
    const email = text(p, 'email')?.trim().toLowerCase();
    if (email && !byEmail.has(email)) byEmail.set(email, p);
    const name = normaliseName(text(p, 'name') ?? '');
    if (name && !byName.has(name)) byName.set(name, p);
  }
  return {
    find(value) {
      const v = value.trim();
      if (v === '') return undefined;
      return byId.get(v) ?? byEmail.get(v.toLowerCase()) ?? byName.get(normaliseName(v));
    },
  };
}

/** The roster people an audience entry names: everyone, a department, a role, or one person. */
function audienceMembers(entry: string, people: readonly IsmsRecord[], index: PersonIndex): IsmsRecord[] {
  const key = entry.trim().toLowerCase();
  if (EVERYONE.has(key)) return [...people];
  const name = normaliseName(entry);
  const members = people.filter((p) => {
    // a department by the people's `department:` (the ids of isms.yaml, or any the roster uses)
    if (text(p, 'department')?.trim().toLowerCase() === key) return true;
    const role = text(p, 'role');
    return role !== undefined && name !== '' && normaliseName(role) === name;
  });
  const one = index.find(entry);
  if (one && !members.includes(one)) members.push(one);
  return members;
}

/**
 * Whether an acknowledged version covers the current one: the same version always; after a minor change
 * (`material-change` not true), an earlier version too. Versions compare as numbers where they are
 * (`2.10` after `2.9`). Without a current version, any acknowledgement of the document counts.
 */
export function versionCovers(acknowledged: string, current: string | undefined, materialChange: boolean): boolean {
  if (current === undefined) return true;
  if (acknowledged === current) return true;
  return !materialChange && acknowledged.localeCompare(current, 'en', { numeric: true }) < 0;
}

/** The acknowledgement records of one document, by today, as `{ who, version }`. */
function acknowledgementsOf(docId: string, source: CycleSource, today: string): { who: string; version?: string }[] {
  const out: { who: string; version?: string }[] = [];
  for (const rec of source.records('acknowledgement')) {
    if (text(rec, 'document')?.trim() !== docId) continue;
    const d = date(rec, 'date');
    const who = text(rec, 'person');
    if (!who || (d !== undefined && d > today)) continue;
    out.push({ who, version: text(rec, 'version')?.trim() });
  }
  return out;
}

/**
 * The acknowledgement status of an approved document with an audience; undefined otherwise, and
 * undefined without a roster of people (nobody to check) or without an approval date (ISMS902 asks for it).
 */
export function acknowledgementStatus(doc: IsmsRecord, source: CycleSource, today: string): AcknowledgementStatus | undefined {
  const audience = audienceOf(doc);
  const approved = date(doc, 'approved');
  if (audience.length === 0 || !isApproved(doc) || !approved || doc.id === undefined) return undefined;
  const people = source.records('person');
  if (people.length === 0) return undefined;
  const index = personIndex(people);
  const inAudience = new Set<IsmsRecord>();
  const unmatched: string[] = [];
  for (const entry of audience) {
    const members = audienceMembers(entry, people, index);
    if (members.length === 0) unmatched.push(entry);
    for (const m of members) inAudience.add(m);
  }
  const version = text(doc, 'version')?.trim();
  const material = doc.data['material-change'] === true;
  const done = new Set<IsmsRecord>();
  for (const ack of acknowledgementsOf(doc.id, source, today)) {
    const person = index.find(ack.who);
    const covers = ack.version === undefined ? version === undefined : versionCovers(ack.version, version, material);
    if (person && covers) done.add(person);
  }
  const days = source.config.documents.acknowledgeDays;
  const due = plusDays(approved, days);
  const pending: PendingAcknowledgement[] = [];
  let expected = 0;
  let acknowledged = 0;
  // roster order, so messages and the tree list people as the roster does
  for (const person of people) {
    if (!inAudience.has(person) || !isCurrentPerson(person, today)) continue;
    expected++;
    if (done.has(person)) {
      acknowledged++;
      continue;
    }
    const joined = date(person, 'joined');
    const personDue = joined !== undefined && joined > approved ? plusDays(joined, days) : due;
    pending.push({ person, due: personDue, overdue: personDue < today });
  }
  return {
    ...(version !== undefined ? { version } : {}),
    expected,
    acknowledged,
    pending,
    due,
    ...(unmatched.length > 0 ? { unmatchedAudience: unmatched } : {}),
  };
}

/** A document's `audience:` entries as text (one value without brackets is accepted too). */
function audienceOf(doc: IsmsRecord): string[] {
  const v = doc.data.audience;
  const all = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return all
    .filter((x): x is string | number => typeof x === 'string' || typeof x === 'number')
    .map((x) => String(x).trim())
    .filter((x) => x !== '');
}
