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
import { ids, text } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { sameName } from './names';

const sameDepartmentId = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The department of isms.yaml with this id (any case). */
const departmentById = (config: IsmsConfig, id: string): Department | undefined =>
  config.departments.find((d) => sameDepartmentId(d.id, id));

/** The departments that own a control (canonical ids compared), in the order of isms.yaml. */
function ownersOf(config: IsmsConfig, control: string): Department[] {
  const id = lookupEntry(control)?.entry.id ?? control;
  return config.departments.filter((d) => d.owns.some((o) => (lookupEntry(o)?.entry.id ?? o) === id));
}

/** The finding a corrective action answers: its `source:`, else the finding whose `corrective-action:` names it. */
export function findingOf(source: CycleSource, ca: IsmsRecord): IsmsRecord | undefined {
  const findings = source.records('finding');
  const from = text(ca, 'source');
  return (
    (from !== undefined ? findings.find((f) => f.id === from) : undefined) ??
    (ca.id !== undefined ? findings.find((f) => text(f, 'corrective-action') === ca.id) : undefined)
  );
}

/**
 * The department a finding falls to: its audit's `department:`; else the one department that owns the
 * control the finding is against (`ref:`); else the one department that owns the audit's scope.
 */
function findingDepartment(source: CycleSource, finding: IsmsRecord): Department | undefined {
  const { config } = source;
  const audit =
    finding.parentId === undefined
      ? undefined
      : (['internal-audit', 'external-audit', 'exercise'] as const)
          .flatMap((kind) => source.records(kind))
          .filter((r) => r.id === finding.parentId)
          .sort((a, b) => Number(b.file === finding.file) - Number(a.file === finding.file))[0];
  const written = audit && text(audit, 'department');
  if (written !== undefined) return departmentById(config, written);
  const ref = text(finding, 'ref');
  const refOwners = ref === undefined ? [] : ownersOf(config, ref);
  if (refOwners.length === 1) return refOwners[0];
  const scopeOwners = new Set(audit ? ids(audit, 'scope').flatMap((c) => ownersOf(config, c)) : []);
  return scopeOwners.size === 1 ? [...scopeOwners][0] : undefined;
}

/**
 * The department a corrective action belongs to (ISO/IEC 27001:2022 5.3; issue 15.4): the one its
 * `department:` names (any case); without it, the department of the finding it answers (the audit's
 * `department:`, the owner of the finding's control, the owner of the audit's scope); else the
 * department whose owner is the action's owner. An action raised by an IT audit stays IT's whoever
 * owns it. The one attribution the tree, ISMS602 and any report use.
 */
export function correctiveActionDepartment(source: CycleSource, ca: IsmsRecord): Department | undefined {
  const written = text(ca, 'department');
  if (written !== undefined) return departmentById(source.config, written);
  const finding = findingOf(source, ca);
  const byFinding = finding && findingDepartment(source, finding);
  if (byFinding) return byFinding;
  const owner = text(ca, 'owner');
  return owner === undefined ? undefined : source.config.departments.find((d) => d.owner !== undefined && sameName(owner, d.owner));
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
