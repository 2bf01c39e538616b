/**
 * Departments as isms.yaml names them (ISO/IEC 27001:2022 5.3 roles and responsibilities): the
 * corrective actions each owns and the owned controls no recent internal audit covered — the data of
 * ISMS601, ISMS602 and the tree's per-department view.
 */
import { auditedControls, isAudited } from '../cycle/coverage';
import { cycleStart, type CycleSource } from '../cycle/cycle';
import { auditDate } from '../cycle/state';
import { plusMonths } from '../dates';
import type { Department, IsmsConfig } from '../model/config';
import { lookupEntry } from '../model/catalogues';
import { text } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { sameName } from './names';

/**
 * Whether a corrective action belongs to a department: its `department:` names it (any case), or it has
 * no `department:` and its owner is the department's owner.
 */
export function ownsCorrectiveAction(dep: Department, ca: IsmsRecord): boolean {
  const department = text(ca, 'department');
  if (department !== undefined) return department.trim().toLowerCase() === dep.id.trim().toLowerCase();
  const owner = text(ca, 'owner');
  return owner !== undefined && dep.owner !== undefined && sameName(owner, dep.owner);
}

export interface UnauditedControls {
  /** the start of the 12 months looked at */
  since: string;
  /** per department id, its owned controls (canonical ids) that no audit performed since then covered */
  byDepartment: ReadonlyMap<string, string[]>;
}

/**
 * The owned controls of each department without an internal audit in the last 12 months; undefined for
 * an ISMS younger than a year (cycle start and first audit less than 12 months ago), which cannot have
 * audited everything in "the last 12 months" yet.
 */
export function unauditedControls(source: CycleSource, today: string): UnauditedControls | undefined {
  const since = plusMonths(today, -12);
  const audits = source.records('internal-audit');
  const firstAudit = audits
    .map(auditDate)
    .filter((d): d is string => !!d)
    .sort()[0];
  const started = [cycleStart(source.config), firstAudit].filter((d): d is string => !!d).sort()[0];
  if (!started || started > since) return undefined;
  const audited = auditedControls(audits, since, today, today);
  const byDepartment = new Map<string, string[]>();
  for (const dep of source.config.departments) {
    byDepartment.set(
      dep.id,
      dep.owns.map((id) => lookupEntry(id)?.entry.id ?? id).filter((id) => !isAudited(id, audited)),
    );
  }
  return { since, byDepartment };
}

/** "HR (Dana Lee)": a department as messages name it. */
export const departmentLabel = (dep: Department): string => `${dep.id}${dep.owner ? ` (${dep.owner})` : ''}`;

/** The department a person belongs to, by the person's `department:` (any case). */
export function departmentOf(config: IsmsConfig, person: IsmsRecord): Department | undefined {
  const id = text(person, 'department')?.trim().toLowerCase();
  return id === undefined ? undefined : config.departments.find((d) => d.id.trim().toLowerCase() === id);
}
