/** A document's lifecycle status, read one way by every rule and view. */
import { text } from '../model/fields';
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
