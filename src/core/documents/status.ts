/** A document's lifecycle status, read one way by every rule and view. */
import { date, text } from '../model/fields';
import type { IsmsRecord } from '../model/types';

/** The status as written, lower case; `In Review` and `in_review` read as `in-review`. */
export function documentStatus(doc: IsmsRecord): string | undefined {
  return text(doc, 'status')
    ?.trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

export const isApproved = (doc: IsmsRecord): boolean => documentStatus(doc) === 'approved';
export const isRetired = (doc: IsmsRecord): boolean => documentStatus(doc) === 'retired';

/**
 * What an approved document lacks to show its approval (7.5.2 c): the approver, the approval date. A date
 * written but unreadable is not "lacking" (ISMS002 reports it); empty for a document that is not approved.
 */
export function missingApproval(doc: IsmsRecord): ('approver' | 'approved')[] {
  if (!isApproved(doc)) return [];
  const written = doc.data.approved !== undefined && doc.data.approved !== null && String(doc.data.approved).trim() !== '';
  return [...(text(doc, 'approver') ? [] : (['approver'] as const)), ...(date(doc, 'approved') || written ? [] : (['approved'] as const))];
}
