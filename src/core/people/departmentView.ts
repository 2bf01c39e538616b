/**
 * One department at a glance (ISO/IEC 27001:2022 5.3): its open corrective actions, its owned controls
 * without a recent internal audit and its people overdue on training — what the tree's "Departments"
 * branch shows, from the same functions as ISMS601, ISMS602 and ISMS502.
 */
import { trainingStatuses, type TrainingStatus } from '../awareness/training';
import type { CycleSource } from '../cycle/cycle';
import { caState } from '../cycle/state';
import type { Department } from '../model/config';
import { date } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { correctiveActionDepartment, departmentOf, unauditedControls } from './departments';

export interface DepartmentSummary {
  department: Department;
  /** open corrective actions that belong to it (correctiveActionDepartment), overdue ones first, then by due date */
  correctiveActions: { ca: IsmsRecord; state: 'overdue' | 'due-soon' | 'open' }[];
  /** owned controls no audit covered in the last 12 months; undefined while the ISMS is too young to judge */
  unauditedControls?: string[];
  /** its people (by their `department:`) overdue on training */
  trainingOverdue: TrainingStatus[];
}

const ORDER = { overdue: 0, 'due-soon': 1, open: 2 } as const;

export function departmentSummaries(source: CycleSource, today: string): DepartmentSummary[] {
  const open = source
    .records('corrective-action')
    .map((ca) => ({ ca, state: caState(ca, today), department: correctiveActionDepartment(source, ca) }))
    .filter((x): x is DepartmentSummary['correctiveActions'][number] & { department: Department } => x.state in ORDER && !!x.department)
    .sort(
      (a, b) =>
        ORDER[a.state] - ORDER[b.state] ||
        (date(a.ca, 'due') ?? '9999').localeCompare(date(b.ca, 'due') ?? '9999') ||
        (a.ca.id ?? '').localeCompare(b.ca.id ?? ''),
    );
  const unaudited = unauditedControls(source, today);
  const overdue = trainingStatuses(source, today).filter((s) => s.overdue);
  return source.config.departments.map((department) => ({
    department,
    correctiveActions: open.filter((x) => x.department === department).map(({ ca, state }) => ({ ca, state })),
    ...(unaudited ? { unauditedControls: unaudited.byDepartment.get(department.id) ?? [] } : {}),
    trainingOverdue: overdue.filter((s) => departmentOf(source.config, s.person) === department),
  }));
}
