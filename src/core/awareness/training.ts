/**
 * Training per person (ISO/IEC 27001:2022 7.2, 7.3, A.6.3): when a roster of `person` records exists,
 * each current person should have taken part in a training or refresher within `refresher-months`, and
 * a new joiner within `induction-days` of joining. Participation is read from the awareness records'
 * `participants` (person ids).
 */
import type { CycleSource } from '../cycle/cycle';
import { plusDays, plusMonths } from '../dates';
import { date, ids, text } from '../model/fields';
import type { IsmsRecord } from '../model/types';

/** The awareness types that train people (the others inform or test them). */
export const TRAINING_TYPES: ReadonlySet<string> = new Set(['training', 'refresher']);

export interface TrainingStatus {
  person: IsmsRecord;
  /** the last training or refresher the person took part in (since joining), by today */
  last?: { record: IsmsRecord; date: string };
  /**
   * `refresher`: due `refresher-months` after the last one; `induction`: due `induction-days` after joining;
   * `never`: no date to count from
   */
  basis: 'refresher' | 'induction' | 'never';
  /** when the next training is (or was) due; absent for `never` */
  due?: string;
  overdue: boolean;
}

/** A person on the roster today: joined by today (or no date) and not yet left. */
export function isCurrentPerson(person: IsmsRecord, today: string): boolean {
  const joined = date(person, 'joined');
  const left = date(person, 'left');
  return (joined === undefined || joined <= today) && (left === undefined || left > today);
}

/** The training state of every current person on the roster, in roster order. */
export function trainingStatuses(source: Pick<CycleSource, 'config' | 'records'>, today: string): TrainingStatus[] {
  const { refresherMonths, inductionDays } = source.config.awareness;
  const attended = new Map<string, { record: IsmsRecord; date: string }[]>();
  for (const record of source.records('awareness')) {
    const d = date(record, 'date');
    if (!d || d > today || !TRAINING_TYPES.has(text(record, 'type') ?? '')) continue;
    for (const id of new Set(ids(record, 'participants'))) {
      const list = attended.get(id) ?? [];
      list.push({ record, date: d });
      attended.set(id, list);
    }
  }
  const out: TrainingStatus[] = [];
  for (const person of source.records('person')) {
    if (!person.id || !isCurrentPerson(person, today)) continue;
    const joined = date(person, 'joined');
    // a training before the (latest) joining date belongs to an earlier employment: induction is due again
    const last = (attended.get(person.id) ?? []).filter((a) => !joined || a.date >= joined).sort((a, b) => b.date.localeCompare(a.date))[0];
    const basis = last ? 'refresher' : joined ? 'induction' : 'never';
    const due = last ? plusMonths(last.date, refresherMonths) : joined ? plusDays(joined, inductionDays) : undefined;
    out.push({ person, ...(last ? { last } : {}), basis, ...(due ? { due } : {}), overdue: due === undefined || due < today });
  }
  return out;
}
