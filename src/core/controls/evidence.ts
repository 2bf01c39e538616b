/**
 * How long a piece of evidence shows that a control operates (issue 18; ISO 27001 9.1, 7.5.3): valid from
 * its `effective` date (collected or performed, not committed) until `valid-until`, or for `valid-months`
 * months. A value the engine cannot read makes the state unknown: ISMS006 / ISMS002 say why, and nothing
 * is guessed from it.
 */
import { asDate, daysBetween, plusMonths } from '../dates';
import type { EnumRead } from '../model/fields';
import type { IsmsRecord } from '../model/types';

/**
 * - `current`: valid today, more than `warnDays` left (or no end written: it does not expire);
 * - `renewal-due`: valid today, ending within `warnDays` days;
 * - `expired`: its last valid day is past;
 * - `future`: effective after today (not evidence yet);
 * - `unknown`: `effective` missing or unreadable, or its validity unreadable.
 */
export type EvidenceState = 'current' | 'renewal-due' | 'expired' | 'future' | 'unknown';

export interface EvidenceValidity {
  state: EvidenceState;
  effective?: string;
  /** the last day it is valid; absent when nothing ends it (or when unknown) */
  validUntil?: string;
  /** days from today to `validUntil` (negative once expired) */
  daysLeft?: number;
  /** for `unknown`: the field that could not be read */
  unreadable?: 'effective' | 'valid-months' | 'valid-until';
}

export interface ValidityOptions {
  /** renewal is due this many days before the last valid day (the later `evidence.warn-days`); default 30 */
  warnDays?: number;
  /** months of validity for evidence that writes neither `valid-until` nor `valid-months` (the later
   * `evidence.valid-months`); default: no end */
  defaultMonths?: number;
}

export const DEFAULT_EVIDENCE_WARN_DAYS = 30;

const written = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** `valid-months` as the engine reads it: a whole number of months, 1 or more. */
export function validMonths(rec: IsmsRecord): EnumRead<number> {
  const v = rec.data['valid-months'];
  if (!written(v)) return { state: 'absent' };
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1200
    ? { state: 'known', value: v }
    : { state: 'unreadable', written: v };
}

/** `effective`: absent (ISMS006 asks for it), a calendar date, or unreadable (ISMS002). */
export function effectiveDate(rec: IsmsRecord): EnumRead<string> {
  const v = rec.data.effective;
  if (!written(v)) return { state: 'absent' };
  const d = asDate(v);
  return d ? { state: 'known', value: d } : { state: 'unreadable', written: v };
}

/**
 * The last day the evidence is valid: `valid-until` when written (it wins over `valid-months`), else
 * `effective` + `valid-months` (or `defaultMonths`) calendar months, a month end held to the shorter month
 * (2028-02-29 + 12 months = 2029-02-28). `absent` when nothing ends it; `unreadable` when the value needed is not readable.
 */
export function validUntil(rec: IsmsRecord, defaultMonths?: number): EnumRead<string> {
  const until = rec.data['valid-until'];
  if (written(until)) {
    const d = asDate(until);
    return d ? { state: 'known', value: d } : { state: 'unreadable', written: until };
  }
  const months = validMonths(rec);
  if (months.state === 'unreadable') return months;
  const n = months.state === 'known' ? months.value : defaultMonths;
  if (n === undefined) return { state: 'absent' };
  const effective = effectiveDate(rec);
  // months from a date that is missing or unreadable end on no day the engine can tell
  return effective.state === 'known'
    ? { state: 'known', value: plusMonths(effective.value, n) }
    : { state: 'unreadable', written: rec.data.effective };
}

/** What is wrong with `valid-months`, for ISMS006 (a non-number is reported by the type check already). */
export function evidenceProblems(rec: IsmsRecord): { key: string; message: string }[] {
  const v = rec.data['valid-months'];
  if (typeof v !== 'number' || validMonths(rec).state === 'known') return [];
  return [
    { key: 'valid-months', message: `‘valid-months: ${v}’ is not a number of months: write a whole number, 1 or more (12 for a year).` },
  ];
}

/** The validity of one piece of evidence on `today`. */
export function evidenceValidity(rec: IsmsRecord, today: string, options: ValidityOptions = {}): EvidenceValidity {
  const effective = effectiveDate(rec);
  if (effective.state !== 'known') return { state: 'unknown', unreadable: 'effective' };
  const until = validUntil(rec, options.defaultMonths);
  if (until.state === 'unreadable') return { state: 'unknown', effective: effective.value, unreadable: unreadableField(rec) };
  const base = { effective: effective.value, ...(until.state === 'known' ? { validUntil: until.value } : {}) };
  if (effective.value > today) return { state: 'future', ...base };
  if (until.state !== 'known') return { state: 'current', ...base };
  const daysLeft = daysBetween(today, until.value);
  const warnDays = options.warnDays ?? DEFAULT_EVIDENCE_WARN_DAYS;
  return { state: daysLeft < 0 ? 'expired' : daysLeft <= warnDays ? 'renewal-due' : 'current', ...base, daysLeft };
}

const unreadableField = (rec: IsmsRecord): 'valid-until' | 'valid-months' =>
  written(rec.data['valid-until']) ? 'valid-until' : 'valid-months';

/** Valid on the day: current or with renewal due (both still show the control operates). */
export const isValid = (v: EvidenceValidity): boolean => v.state === 'current' || v.state === 'renewal-due';
