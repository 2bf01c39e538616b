import { isAudited } from '../cycle/coverage';
import { auditDate } from '../cycle/state';
import { personIndex } from '../documents/acknowledgements';
import { lookupEntry } from '../model/catalogues';
import type { Department } from '../model/config';
import { date, enumValue, ids, label, text, valueRange } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { departmentLabel, departmentOf } from '../people/departments';
import { sameName } from '../people/names';
import type { RecordRule, RuleContext } from './rule';

const canonical = (id: string): string => lookupEntry(id)?.entry.id ?? id;

/** "Mei Chen", "Mei Chen and Sam Smith", "Mei Chen, Sam Smith": the auditors an `auditor:` line names. */
const auditorsOf = (line: string): string[] =>
  line
    .split(/[,;&/]|\band\b/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The departments whose controls the audit covers (by its scope) or that it names in `department:`. */
function auditedDepartments(audit: IsmsRecord, departments: readonly Department[]): { dep: Department; controls: string[] }[] {
  const scope = new Map(ids(audit, 'scope').map((id) => [canonical(id), true] as const));
  const named = text(audit, 'department')?.trim().toLowerCase();
  return departments
    .map((dep) => ({ dep, controls: dep.owns.map(canonical).filter((id) => isAudited(id, scope)) }))
    .filter(({ dep, controls }) => controls.length > 0 || dep.id.trim().toLowerCase() === named);
}

/** On the roster and in the department on the day of the audit (not yet joined or already left: not a member). */
function memberOn(person: IsmsRecord | undefined, dep: Department, ctx: RuleContext, day: string | undefined): boolean {
  if (!person || departmentOf(ctx.config, person) !== dep) return false;
  const joined = date(person, 'joined');
  const left = date(person, 'left');
  return day === undefined || ((joined === undefined || joined <= day) && (left === undefined || left > day));
}

/** Why an auditor is not impartial towards a department, or undefined. */
function conflict(auditor: string, person: IsmsRecord | undefined, dep: Department, ctx: RuleContext, day?: string): string | undefined {
  const owner = dep.owner;
  const name = person ? text(person, 'name') : undefined;
  if (owner && (sameName(auditor, owner) || (person && (owner.trim() === person.id || (name && sameName(owner, name)))))) {
    return `owns department ${departmentLabel(dep)}`;
  }
  return memberOn(person, dep, ctx, day) ? `belongs to department ${departmentLabel(dep)}` : undefined;
}

export const internalAuditorNotImpartial: RecordRule = {
  code: 'ISMS106',
  name: 'internal-auditor-not-impartial',
  description: 'An internal auditor owns or belongs to a department whose controls the audit covers.',
  clause: 'ISO/IEC 27001:2022 9.2.2 b (auditors selected to ensure the objectivity and impartiality of the audit process)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['internal-audit'],
  crossRecord: true,
  check(audit, ctx, report) {
    const line = text(audit, 'auditor');
    const status = enumValue(audit, 'status');
    // a cancelled audit has no auditor to judge; an unreadable status may be one
    if (!line || status.state === 'unreadable' || (status.state === 'known' && status.value === 'cancelled')) return;
    const audited = auditedDepartments(audit, ctx.config.departments);
    if (audited.length === 0) return;
    const people = personIndex(ctx.records('person'));
    const day = auditDate(audit);
    for (const auditor of auditorsOf(line)) {
      const person = people.find(auditor);
      for (const { dep, controls } of audited) {
        const why = conflict(auditor, person, dep, ctx, day);
        if (!why) continue;
        const what = controls.length ? `whose controls ${controls.join(', ')} it covers` : 'which it audits';
        report({
          file: audit.file,
          range: valueRange(audit, 'auditor'),
          message: `Internal audit ${label(audit)} is audited by ${auditor}, who ${why}, ${what}. Choose an auditor from outside the department (9.2.2 b: objectivity and impartiality of the audit process).`,
        });
      }
    }
  },
};
