/**
 * What the corrective-action quick fixes write, as field lists for setFields (one edit, one Undo). An
 * overdue action (ISMS301) is either implemented — `status: implemented` with `updated:` as the day it was
 * recorded — or given a new due date that is not already past; a closed or verified action without its
 * review of effectiveness (ISMS304) gets `effectiveness:` and keeps its status and `closed:` date.
 */
import { isCalendarDate } from '../dates';
import type { CorrectiveActionAsk } from '../model/types';
import type { FieldPath } from './setField';
import { EditError } from './textEdit';

export type CaFields = [FieldPath, unknown][];

/** `status: implemented`, recorded on `today`. */
export function implementedFields(today: string): CaFields {
  return [
    [['status'], 'implemented'],
    [['updated'], today],
  ];
}

/** Why `value` cannot be the new due date of an action on `today`, or undefined when it can. */
export function dueDateProblem(value: string, today: string): string | undefined {
  const v = value.trim();
  if (!isCalendarDate(v)) return 'Write the date as YYYY-MM-DD, e.g. 2027-01-31.';
  if (v < today) return `The new due date is already past (today is ${today}).`;
  return undefined;
}

/** A new due date agreed on `today` (a follow-up, so `updated:` too); throws EditError for a past or invalid date. */
export function newDueDateFields(due: string, today: string): CaFields {
  const problem = dueDateProblem(due, today);
  if (problem) throw new EditError(problem);
  return [
    [['due'], due.trim()],
    [['updated'], today],
  ];
}

/** The fields of a corrective action a quick fix asks the user for: the value is theirs to know, not the fix's. */
export const CORRECTIVE_ACTION_ASKS: readonly CorrectiveActionAsk[] = [
  'owner',
  'due',
  'root-cause',
  'source',
  'cancel-reason',
  'effectiveness',
];
export type { CorrectiveActionAsk };

export const isCorrectiveActionAsk = (v: unknown): v is CorrectiveActionAsk => (CORRECTIVE_ACTION_ASKS as readonly unknown[]).includes(v);

/** The fields the user's answers write, in the order asked; a due date counts as a follow-up on `today`. */
export function answeredFields(answers: readonly (readonly [CorrectiveActionAsk, string])[], today: string): CaFields {
  const fields: CaFields = [];
  for (const [field, value] of answers) {
    if (field === 'due') fields.push(...newDueDateFields(value, today).filter(([p]) => p[0] === 'due'));
    else if (value.trim() === '') throw new EditError(`No value given for ‘${field}’.`);
    else fields.push([[field], value.trim()]);
  }
  if (answers.some(([f]) => f === 'due')) fields.push([['updated'], today]);
  return fields;
}
