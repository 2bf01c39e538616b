/**
 * "Mark document as reviewed" (A.5.1, 7.5.2): what a review writes into a document's front matter.
 *
 * - `reviewed:` is set to the review date; nothing else when the document is kept as it is.
 * - Raising the version means the review changed the document: the new version is NOT approved yet, so
 *   an approved document goes back to `status: in-review` (its `approved:` date stays the previous
 *   version's until the new version is approved — the edit never claims an approval), and
 *   `material-change:` says whether the new version changes what people must do (major: a new
 *   acknowledgement is needed) or not (minor; written only when the field is already there).
 * - A retired document is not reviewed.
 */
import { documentStatus } from '../documents/register';
import { text } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import type { FieldPath } from './setField';
import { raisedVersion, type VersionRaise } from './version';
import { EditError } from './textEdit';

/** The fields a review on `date` sets, in order; throws EditError for a retired document or a version it cannot raise. */
export function documentReviewFields(doc: IsmsRecord, date: string, raise?: VersionRaise): [FieldPath, unknown][] {
  const status = documentStatus(doc);
  const name = doc.id ?? 'The document';
  if (status === 'retired') throw new EditError(`${name} is retired: a retired document is no longer reviewed.`);
  const fields: [FieldPath, unknown][] = [[['reviewed'], date]];
  if (!raise) return fields;
  const current = text(doc, 'version');
  const next = raisedVersion(current, raise);
  if (next === undefined) throw new EditError(`The version of ${name} (${current ?? 'none'}) is not numbered like 1.2; raise it by hand.`);
  fields.push([['version'], next]);
  // the new version awaits its approval; a draft stays a draft
  if (status === 'approved') fields.push([['status'], 'in-review']);
  if (raise === 'major') fields.push([['material-change'], true]);
  else if (Object.hasOwn(doc.data, 'material-change')) fields.push([['material-change'], false]);
  return fields;
}
