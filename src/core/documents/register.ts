/**
 * The document register: per document, what a compliance manager tracks (7.5.2, 7.5.3, A.5.1) — its
 * approval, when it was last reviewed and is next due, whether it changed since approval, and who of
 * its audience has acknowledged the current version. One computation for the rules' neighbours (tree,
 * `isms report documents`, the management-review pack, calendar and .ics), so they cannot disagree.
 */
import type { CycleSource } from '../cycle/cycle';
import { daysBetween, plusMonths } from '../dates';
import { date } from '../model/fields';
import type { IsmsConfig } from '../model/config';
import type { IsmsRecord } from '../model/types';
import { acknowledgementStatus, type AcknowledgementStatus } from './acknowledgements';
import { documentStatus, missingApproval } from './status';
import { changeSinceApproval, type ChangeSinceApproval, type DocumentHistory } from './history';

/** A folder's records and configuration, and the version history when the host read it. */
export interface DocumentSource extends CycleSource {
  readonly documentHistory?: DocumentHistory;
}

/** A review is "due soon" this many days ahead (as corrective actions are, src/core/cycle/state.ts). */
export const REVIEW_DUE_SOON_DAYS = 30;

/**
 * - `ok`: approved and reviewed within its interval;
 * - `due-soon`: approved, the next review within REVIEW_DUE_SOON_DAYS;
 * - `overdue`: approved, the next review passed (ISMS901);
 * - `undated`: approved without an approval or review date (ISMS902 asks for it);
 * - `not-approved`: draft or in review; `retired`: no longer in force.
 */
export type DocumentReviewState = 'ok' | 'due-soon' | 'overdue' | 'undated' | 'not-approved' | 'retired';

export interface DocumentReview {
  /** the date the last review counts from, and the field it was read from (`reviewed` or `approved`) */
  last?: { date: string; field: 'reviewed' | 'approved' };
  /** the review interval in months: the document's own `review-months`, else `documents.review-months` */
  months: number;
  /** when the next review is due: `last` plus `months` */
  next?: string;
  state: DocumentReviewState;
}

/** When a document was last reviewed and is next due (A.5.1): the approval of the current version counts as a review. */
export function documentReview(doc: IsmsRecord, config: IsmsConfig, today: string): DocumentReview {
  const own = doc.data['review-months'];
  const months = typeof own === 'number' && own > 0 ? own : config.documents.reviewMonths;
  const status = documentStatus(doc);
  const reviewed = date(doc, 'reviewed');
  const approved = date(doc, 'approved');
  const last: DocumentReview['last'] =
    reviewed && (!approved || reviewed >= approved)
      ? { date: reviewed, field: 'reviewed' }
      : approved
        ? { date: approved, field: 'approved' }
        : undefined;
  const next = last && plusMonths(last.date, months);
  if (status === 'retired') return { last, months, next, state: 'retired' };
  if (status !== 'approved') return { last, months, next, state: 'not-approved' };
  if (!next) return { last, months, state: 'undated' };
  const state = next < today ? 'overdue' : daysBetween(today, next) <= REVIEW_DUE_SOON_DAYS ? 'due-soon' : 'ok';
  return { last, months, next, state };
}

/** Approved, but without the approver or the approval date that show it (ISMS902). */
export const approvalIncomplete = (doc: IsmsRecord): boolean => missingApproval(doc).length > 0;

export interface DocumentEntry {
  record: IsmsRecord;
  status?: string;
  review: DocumentReview;
  /** draft or in review: waiting for an approval */
  awaitingApproval: boolean;
  /** approved without approver or approval date */
  approvalIncomplete: boolean;
  /** the first commit that changed the approved text (ISMS906); absent without history or without change */
  changedSinceApproval?: ChangeSinceApproval;
  /** who of the audience acknowledged the current version; absent when the document has no audience or is not approved */
  acknowledgement?: AcknowledgementStatus;
}

/** Every document of the folder, in file order, with its register entry. */
export function documentRegister(source: DocumentSource, today: string): DocumentEntry[] {
  const history = source.documentHistory;
  return source.records('document').map((record) => {
    const status = documentStatus(record);
    const revisions = history?.available ? history.files.get(record.file) : undefined;
    const changed = status === 'approved' && revisions ? changeSinceApproval(record, revisions) : undefined;
    const acknowledgement = acknowledgementStatus(record, source, today);
    return {
      record,
      status,
      review: documentReview(record, source.config, today),
      awaitingApproval: status === 'draft' || status === 'in-review',
      approvalIncomplete: approvalIncomplete(record),
      ...(changed ? { changedSinceApproval: changed } : {}),
      ...(acknowledgement ? { acknowledgement } : {}),
    };
  });
}

export { documentStatus } from './status';
