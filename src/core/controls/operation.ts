/**
 * Per control: the evidence that it operates and the recurring activities that operate it (issue 18), for
 * the Controls view, `isms report controls` and the rules that ask "no current evidence and no activity".
 * Evidence counts for the controls it names and for those of the activity it names (the evidence of a
 * quarterly access review supports A.5.18 without repeating it). Control ids are compared canonically
 * (`a.5.15` is `A.5.15`).
 */
import type { CycleSource } from '../cycle/cycle';
import { canonicalId } from '../model/catalogues';
import { ids } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { activityStatus, evidenceByActivity, namedActivity, type ActivityStatus } from './activities';
import { evidenceValidity, isValid, type EvidenceValidity, type ValidityOptions } from './evidence';

export interface EvidenceStatus {
  record: IsmsRecord;
  validity: EvidenceValidity;
  /** the controls it supports, canonical: its own `controls:` and its activity's */
  controls: string[];
}

export interface ControlOperation {
  /** the control id, canonical */
  control: string;
  /** all evidence for the control, any state */
  evidence: EvidenceStatus[];
  /** of those, the evidence valid today (current or with renewal due) */
  current: EvidenceStatus[];
  /** the activities that name the control */
  activities: ActivityStatus[];
}

/** A workspace's evidence and activities with their state on `today`, computed once. */
export interface ControlOperations {
  evidence: EvidenceStatus[];
  activities: ActivityStatus[];
  /** by canonical control id; only controls that some evidence or activity names */
  byControl: ReadonlyMap<string, ControlOperation>;
}

const controlIds = (rec: IsmsRecord): string[] =>
  ids(rec, 'controls')
    .filter((id) => id !== '')
    .map((id) => canonicalId(id));

/** controlOperations with the ISMS's own `evidence.warn-days` (isms.yaml): what the rules and every view use. */
export const ismsControlOperations = (
  source: Pick<CycleSource, 'records'> & { config: { evidence: { warnDays: number } } },
  today: string,
): ControlOperations => controlOperations(source, today, { warnDays: source.config.evidence.warnDays });

/** The state of every piece of evidence and every activity, by control. */
export function controlOperations(source: Pick<CycleSource, 'records'>, today: string, options: ValidityOptions = {}): ControlOperations {
  const evidenceRecords = source.records('evidence');
  const activityRecords = source.records('control-activity');
  const byActivity = evidenceByActivity(evidenceRecords);
  const activities = activityRecords.map((a) => activityStatus(a, a.id === undefined ? [] : (byActivity.get(a.id) ?? []), today));
  const activityControls = new Map<string, string[]>();
  for (const a of activityRecords)
    if (a.id !== undefined) activityControls.set(a.id, [...(activityControls.get(a.id) ?? []), ...controlIds(a)]);
  const evidence = evidenceRecords.map((rec): EvidenceStatus => {
    const activity = namedActivity(rec) ?? '';
    const controls = [...new Set([...controlIds(rec), ...(activityControls.get(activity) ?? [])])];
    return { record: rec, validity: evidenceValidity(rec, today, options), controls };
  });
  const byControl = new Map<string, ControlOperation>();
  const entry = (control: string): ControlOperation => {
    let op = byControl.get(control);
    if (!op) byControl.set(control, (op = { control, evidence: [], current: [], activities: [] }));
    return op;
  };
  for (const e of evidence)
    for (const c of e.controls) {
      const op = entry(c);
      op.evidence.push(e);
      if (isValid(e.validity)) op.current.push(e);
    }
  for (const a of activities) for (const c of new Set(controlIds(a.record))) entry(c).activities.push(a);
  return { evidence, activities, byControl };
}

/** One control's evidence and activities on `today` (empty lists when nothing names it). */
export function controlOperation(
  source: Pick<CycleSource, 'records'>,
  control: string,
  today: string,
  options: ValidityOptions = {},
): ControlOperation {
  const key = canonicalId(control);
  return controlOperations(source, today, options).byControl.get(key) ?? { control: key, evidence: [], current: [], activities: [] };
}
