/**
 * The document reviews the calendar, the timeline and the .ics export show (A.5.1: "reviewed at planned
 * intervals"): each approved document's next review, as `documentReview` computes it — the one
 * computation, so the calendar, ISMS901 and the tree cannot disagree about a date. Drafts, documents
 * in review and retired ones have no review scheduled; an approved one without a date (ISMS902) has none
 * to show either.
 */
import type { CycleSource } from '../cycle/cycle';
import { text } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { documentReview, type DocumentReview } from './register';

export interface ScheduledReview {
  record: IsmsRecord;
  /** when the next review is due (`documentReview(...).next`) */
  date: string;
  state: 'ok' | 'due-soon' | 'overdue';
  review: DocumentReview;
}

/** Every approved document's next review, in file order. */
export function scheduledReviews(source: CycleSource, today: string): ScheduledReview[] {
  const out: ScheduledReview[] = [];
  for (const record of source.records('document')) {
    const review = documentReview(record, source.config, today);
    const { next, state } = review;
    if (next === undefined || (state !== 'ok' && state !== 'due-soon' && state !== 'overdue')) continue;
    out.push({ record, date: next, state, review });
  }
  return out;
}

/** How a scheduled review is named to people: its title, else its id. */
export const reviewTitle = (r: ScheduledReview): string => text(r.record, 'title') ?? r.record.id ?? '(untitled document)';
