/**
 * What the calendar, the timeline and the .ics export show of controls that operate (issue 18.5): the
 * due dates of each recurring activity with whether evidence proves them, and the day each piece of
 * evidence runs out. Dates come from schedule.ts and evidence.ts only; this file chooses what to show.
 */
import { plusDays } from '../dates';
import { occurrencesWithProof, type ActivityStatus, type Occurrence } from './activities';
import type { ControlOperations, EvidenceStatus } from './operation';
import { renewalCandidates } from './renewal';

/** An occurrence on a day: `done` (proven), `due` (today, not proven yet), `overdue` (past, not proven), `planned` (ahead). */
export type OccurrenceState = 'done' | 'due' | 'overdue' | 'planned';

export function occurrenceState(o: Occurrence, today: string): OccurrenceState {
  if (o.proof) return 'done';
  return o.date < today ? 'overdue' : o.date === today ? 'due' : 'planned';
}

export interface ActivityOccurrence {
  activity: ActivityStatus;
  occurrence: Occurrence;
  state: OccurrenceState;
}

/**
 * Every due date of every readable activity from `from` to `to` (both inclusive), with its proof as of
 * `today`; at most `limit` per activity (a daily activity over a three-year calendar is long).
 */
export function activityOccurrences(
  activities: readonly ActivityStatus[],
  from: string,
  to: string,
  today: string,
  limit = 500,
): ActivityOccurrence[] {
  return activities.flatMap((activity) =>
    activity.plan
      ? occurrencesWithProof(activity.plan, activity.evidence, from, to, today, limit).map((occurrence) => ({
          activity,
          occurrence,
          state: occurrenceState(occurrence, today),
        }))
      : [],
  );
}

export interface EvidenceRenewal {
  evidence: EvidenceStatus;
  /** the last day it is valid (`evidenceValidity`'s `validUntil`) */
  date: string;
  /** the first day its renewal is due: `warnDays` before `date` (the state turns *renewal due* then) */
  renewalDue: string;
}

/**
 * The evidence whose renewal the calendar shows, on its last valid day: `renewalCandidates` (renewal.ts),
 * the same selection as the rules ISMS961/962 — evidence replaced by newer evidence, or renewed by a
 * scheduled activity's next occurrence, is left out. Evidence whose validity is unknown (ISMS006 / ISMS002
 * say why) has no date to show.
 */
export function evidenceRenewals(operations: ControlOperations, warnDays: number): EvidenceRenewal[] {
  return renewalCandidates(operations).map((e) => ({
    evidence: e,
    date: e.validity.validUntil as string,
    renewalDue: plusDays(e.validity.validUntil as string, -warnDays),
  }));
}
