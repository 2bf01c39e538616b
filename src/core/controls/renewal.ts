/**
 * Which evidence still needs renewal (issue 18; ISO 27001 9.1, 7.5.3): the rules ISMS961 (expired) and
 * ISMS962 (renewal due) and any view that lists "needs renewal" ask here, so that they agree.
 *
 * Evidence that has run out or is about to does not need renewal when
 * - a newer piece of evidence has taken its place: effective later (and not after today), its validity
 *   readable (current, renewal due or expired itself), and for the same activity or naming every control
 *   this one supports. Only the newest of such a line is looked at: last year's penetration test report
 *   does not matter once this year's is there, and of a line that ran out, the newest one speaks for it.
 * - it proves an occurrence of a recurring control activity whose schedule is readable: the activity's
 *   plan says when the next piece is due, and ISMS965 reports an occurrence that nothing proves. A monthly
 *   restore test valid for a month would otherwise be "renewal due" all month long.
 * Unreadable values never conclude: evidence whose validity is unknown is neither expired nor a successor.
 */
import { namedActivity } from './activities';
import type { ControlOperations, EvidenceStatus } from './operation';

export interface RenewalNeed {
  evidence: EvidenceStatus;
  /** `expired` or `renewal-due` */
  state: 'expired' | 'renewal-due';
}

const activityOf = (e: EvidenceStatus): string => namedActivity(e.record) ?? '';

/** A successor of `old`: newer, readable, in effect by today, for the same activity or every control of `old`. */
export function supersedes(newer: EvidenceStatus, old: EvidenceStatus): boolean {
  if (newer === old) return false;
  const [n, o] = [newer.validity, old.validity];
  if (n.state !== 'current' && n.state !== 'renewal-due' && n.state !== 'expired') return false;
  if (n.effective === undefined || o.effective === undefined || n.effective <= o.effective) return false;
  const activity = activityOf(old);
  if (activity !== '' && activityOf(newer) === activity) return true;
  return old.controls.length > 0 && old.controls.every((c) => newer.controls.includes(c));
}

const readable = (e: EvidenceStatus): boolean =>
  e.validity.state === 'current' || e.validity.state === 'renewal-due' || e.validity.state === 'expired';
const newestFirst = (a: EvidenceStatus, b: EvidenceStatus): number =>
  (a.validity.effective ?? '') > (b.validity.effective ?? '') ? -1 : (a.validity.effective ?? '') < (b.validity.effective ?? '') ? 1 : 0;

/**
 * The newer evidence that takes the place of a piece of evidence, newest first: candidates are looked up
 * by activity and by the first control, each list sorted once, so a register of years of evidence is not
 * compared pair by pair.
 */
export function successors(ops: ControlOperations): (e: EvidenceStatus) => EvidenceStatus | undefined {
  const byKey = new Map<string, EvidenceStatus[]>();
  const add = (key: string, e: EvidenceStatus): void => {
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  };
  for (const e of ops.evidence) {
    if (!readable(e)) continue;
    if (activityOf(e) !== '') add(`a:${activityOf(e)}`, e);
    for (const c of e.controls) add(`c:${c}`, e);
  }
  for (const list of byKey.values()) list.sort(newestFirst);
  return (e) => {
    const effective = e.validity.effective;
    if (effective === undefined) return undefined;
    const keys = [...(activityOf(e) !== '' ? [`a:${activityOf(e)}`] : []), ...(e.controls.length > 0 ? [`c:${e.controls[0]}`] : [])];
    for (const key of keys)
      for (const n of byKey.get(key) ?? []) {
        if ((n.validity.effective ?? '') <= effective) break;
        if (supersedes(n, e)) return n;
      }
    return undefined;
  };
}

/** The ids of the activities whose schedule and start are readable: their plan says when evidence is renewed. */
export function scheduledActivities(ops: ControlOperations): Set<string> {
  return new Set(ops.activities.flatMap((a) => (a.record.id !== undefined && a.state !== 'unknown' ? [a.record.id] : [])));
}

/**
 * The evidence whose renewal is still someone's to do: every piece with a readable last valid day that no
 * newer piece has replaced and no scheduled activity renews (this file's header). The calendar and the
 * .ics export show these on their last valid day; the rules report those expired or due now.
 */
export function renewalCandidates(ops: ControlOperations): EvidenceStatus[] {
  const successorOf = successors(ops);
  const scheduled = scheduledActivities(ops);
  return ops.evidence.filter(
    (e) =>
      e.validity.state !== 'unknown' &&
      e.validity.validUntil !== undefined &&
      !scheduled.has(activityOf(e)) &&
      successorOf(e) === undefined,
  );
}

/** The expired and renewal-due evidence that needs renewal (by the rule in this file's header), in record order. */
export function evidenceNeedingRenewal(ops: ControlOperations): RenewalNeed[] {
  return renewalCandidates(ops).flatMap((e) => {
    const state = e.validity.state;
    return state === 'expired' || state === 'renewal-due' ? [{ evidence: e, state }] : [];
  });
}
