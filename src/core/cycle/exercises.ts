/** ISO 22301 exercises (8.5): when one counts as done, and which plans it exercised. */
import { date, text } from '../model/fields';
import type { IsmsRecord } from '../model/types';

/** Done once its date has come and it is not still `planned` (like a management review). */
export function exerciseDone(exercise: IsmsRecord, today: string): boolean {
  const d = date(exercise, 'date');
  return d !== undefined && d <= today && text(exercise, 'status') !== 'planned';
}

/** The exercise a finding belongs to, when its parent is one. */
export function exerciseOf(finding: IsmsRecord, ctx: { recordsById(id: string): readonly IsmsRecord[] }): IsmsRecord | undefined {
  if (finding.parentId === undefined) return undefined;
  return ctx.recordsById(finding.parentId).find((r) => r.kind === 'exercise' && r.file === finding.file);
}
