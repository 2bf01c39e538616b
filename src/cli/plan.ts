/**
 * `isms plan`: the internal-audit programme month by month from the current month, and the milestones
 * of the certification cycle with the days left — what a compliance manager reads before planning.
 */
import { auditProgramme, auditState, cycleMilestones, type IsmsRecord, type IsmsWorkspace, type ProgrammeMonth } from '../core';
import { dayCount, daysBetween, monthOf } from '../core/dates';
import { relativePath, terminalLines } from './io';

function relativeDays(today: string, date: string): string {
  const n = daysBetween(today, date);
  if (n === 0) return 'today';
  const days = dayCount(Math.abs(n));
  return n > 0 ? `in ${days}` : `${days} ago`;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/** A date as written (YAML 1.2 reads `2026-03-14` as a string; one that is no date shows as written, ISMS002 reports it). */
const dateText = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function auditLine(audit: IsmsRecord, today: string): string {
  const state = auditState(audit, today);
  const when = state === 'done' ? (dateText(audit.data.performed) ?? dateText(audit.data.planned)) : dateText(audit.data.planned);
  const dept = text(audit.data.department);
  const title = text(audit.data.title) ?? '(no title)';
  return `${(audit.id ?? '(no id)').padEnd(12)} ${(when ?? '').padEnd(10)}  ${state.padEnd(11)} ${title}${dept ? ` [${dept}]` : ''}`;
}

const MONTH_NOTE: Readonly<Record<ProgrammeMonth['state'], string>> = {
  missing: 'no audit — missing from the programme',
  'no-audit': 'no audit',
  'future-empty': 'nothing planned yet',
  done: '',
  planned: '',
  overdue: '',
  'in-progress': '',
  cancelled: '',
  unknown: 'status unreadable (ISMS006)',
};

export function formatPlan(ws: IsmsWorkspace, today: string, months: number, base: string): string {
  const out: string[] = [];
  const name = ws.config.organisation ?? 'ISMS';
  out.push(`${name} (${relativePath(base, ws.root)}) — as of ${today}`, '');
  out.push(`Internal-audit programme, ${months} month${months === 1 ? '' : 's'} from ${monthOf(today)}:`);
  for (const m of auditProgramme(ws, monthOf(today), months, today)) {
    const ext = m.externalAudit ? `  (${m.externalAudit} this month)` : '';
    if (m.audits.length === 0) {
      out.push(`${m.month}  ${m.state.padEnd(12)} ${MONTH_NOTE[m.state]}${ext}`);
      continue;
    }
    out.push(`${m.month}  ${m.state.padEnd(12)} ${m.audits.length} audit${m.audits.length === 1 ? '' : 's'}${ext}`);
    for (const audit of m.audits) out.push(`           ${auditLine(audit, today)}`);
  }
  out.push('', 'Certification cycle:');
  const milestones = cycleMilestones(ws, today);
  if (milestones.length === 0) out.push('  no certification audits or reviews recorded in isms.yaml');
  for (const ms of milestones) {
    out.push(`  ${ms.date}  ${ms.status.padEnd(9)}  ${relativeDays(today, ms.date).padEnd(14)} ${ms.label}`);
  }
  return terminalLines(out) + '\n';
}
