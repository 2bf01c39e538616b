/** Filtering the model by department, audit state and kind of control item, and the date a moved audit lands on. */
import type { AuditState } from '../cycle/state';
import { daysInMonth } from '../dates';
import type { AuditChip, CalendarFilter, CalendarModel, CalendarMonth, ControlItem, TimelineItem } from './types';

const AUDIT_STATES: ReadonlySet<string> = new Set<AuditState>(['done', 'planned', 'overdue', 'in-progress', 'cancelled']);

export function chipMatches(chip: AuditChip, filter: CalendarFilter): boolean {
  if (filter.department !== undefined && !chip.departments.includes(filter.department)) return false;
  return !filter.states?.length || filter.states.includes(chip.state);
}

/** A control item by its kind (`controlItems`) and the departments owning its controls; audit states do not apply. */
export function controlItemMatches(item: Pick<ControlItem, 'kind' | 'departments'>, filter: CalendarFilter): boolean {
  if (filter.controlItems !== undefined && filter.controlItems !== item.kind) return false;
  return filter.department === undefined || item.departments.includes(filter.department);
}

function timelineItemMatches(item: TimelineItem, filter: CalendarFilter): boolean {
  if (item.kind === 'activity-due' || item.kind === 'evidence-renewal') return controlItemMatches({ ...item, kind: item.kind }, filter);
  // milestones, reviews and corrective actions concern the whole ISMS: only audits are narrowed
  if (item.kind !== 'internal-audit') return true;
  if (filter.department !== undefined && !item.departments.includes(filter.department)) return false;
  return !filter.states?.length || !AUDIT_STATES.has(item.state) || filter.states.includes(item.state as AuditState);
}

/**
 * The model with only the audits and control items the filter lets through. A month keeps its own `state` and `empty`
 * (an empty month is a gap in the programme whatever the filter shows).
 */
export function filterCalendar(model: CalendarModel, filter: CalendarFilter): CalendarModel {
  const months: CalendarMonth[] = model.months.map((m) => ({
    ...m,
    audits: m.audits.filter((a) => chipMatches(a, filter)),
    // a model from an older host has no control items
    controlItems: (m.controlItems ?? []).filter((c) => controlItemMatches(c, filter)),
  }));
  return {
    ...model,
    months,
    coverage: filter.department === undefined ? model.coverage : model.coverage.filter((c) => c.departments.includes(filter.department!)),
    timeline: { ...model.timeline, items: model.timeline.items.filter((i) => timelineItemMatches(i, filter)) },
  };
}

/** The planned date of an audit moved to `month`: the same day of the month, clamped (31st → 28/29/30). */
export function movedDate(planned: string, month: string): string {
  const day = Math.min(Number(planned.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}
