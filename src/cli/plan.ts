/**
 * `isms plan`: the internal-audit programme month by month from the current month, and the milestones
 * of the certification cycle with the days left — what a compliance manager reads before planning.
 */
import { auditProgramme, auditState, cycleMilestones, type IsmsRecord, type IsmsWorkspace, type ProgrammeMonth } from '../core';
import { relativePath, terminalLines } from './io';

/** b − a in days, for calendar dates 'YYYY-MM-DD' (UTC, so no daylight-saving hour can shift it). */
export function daysFrom(a: string, b: string): number {
  const utc = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

function relativeDays(today: string, date: string): string {
  const n = daysFrom(today, date);
  if (n === 0) return 'today';
  const days = `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;
  return n > 0 ? `in ${days}` : `${days} ago`;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const dateText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : undefined;

function auditLine(audit: IsmsRecord, today: string): string {
  const state = auditState(audit, today);
  const when = state === 'done' ? dateText(audit.data.performed) ?? dateText(audit.data.planned) : dateText(audit.data.planned);
  const dept = text(audit.data.department);
  const title = text(audit.data.title) ?? '(no title)';
  return `${(audit.id ?? '(no id)').padEnd(12)} ${(when ?? '').padEnd(10)}  ${state.padEnd(11)} ${title}${dept ? ` [${dept}]` : ''}`;
}

const MONTH_NOTE: Readonly<Record<ProgrammeMonth['state'], string>> = {
  missing: 'no audit — missing from the programme',
  'future-empty': 'nothing planned yet',
  done: '',
  planned: '',
  overdue: '',
  'in-progress': '',
  cancelled: '',
};

export function formatPlan(ws: IsmsWorkspace, today: string, months: number, base: string): string {
  const out: string[] = [];
  const name = ws.config.organisation ?? 'ISMS';
  out.push(`${name} (${relativePath(base, ws.root)}) — as of ${today}`, '');
  out.push(`Internal-audit programme, ${months} month${months === 1 ? '' : 's'} from ${today.slice(0, 7)}:`);
  for (const m of auditProgramme(ws, today.slice(0, 7), months, today)) {
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
