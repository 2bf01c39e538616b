/**
 * `isms report awareness`: the awareness programme (ISO/IEC 27001:2022 7.3, 7.4, 9.1, A.6.3) of each
 * ISMS — the twelve months ISMS501 looks at and this month with their activities (the empty months it
 * reports marked), the phishing simulations and their trend, the people overdue on training (ISMS502).
 * The data is the core's `awarenessOverview`; this file only formats it: text for a terminal, JSON for
 * tools (1-based lines, paths relative to the working folder), Markdown for a document.
 */
import type { IsmsWorkspace } from '../core';
import { cadenceVerdict } from '../core/awareness/cadence';
import type { AwarenessActivity, AwarenessGap } from '../core/awareness/gaps';
import { awarenessOverview, type AwarenessMonth, type AwarenessOverview } from '../core/awareness/overview';
import { formatRate, type PhishingPoint } from '../core/awareness/phishing';
import type { TrainingStatus } from '../core/awareness/training';
import { mdTable, mdText } from '../core/export/markdown';
import { text as field } from '../core/model/fields';
import type { ReportCommand } from './args';
import { jsonText, relativePath, terminalLines, type CliIo } from './io';
import { loadWorkspaces } from './workspaces';

interface RootAwareness {
  ws: IsmsWorkspace;
  overview: AwarenessOverview;
}

const every = (months: number): string => (months === 1 ? 'every month' : `every ${months} months`);
const span = (g: AwarenessGap): string => (g.months === 1 ? g.first : `${g.first} – ${g.last} (${g.months} months)`);
const openGap = (o: AwarenessOverview): AwarenessGap | undefined => o.gaps.find((g) => g.after === undefined);
const title = (a: AwarenessActivity): string => field(a.record, 'title') ?? '';
const type = (a: AwarenessActivity): string => field(a.record, 'type') ?? '';

/** "some activity every month: not met — no activity in 2026-08 – 2026-10 (3 months), none yet this month" */
function cadenceSentence(o: AwarenessOverview): string {
  const gap = openGap(o);
  const verdict = gap ? `not met — no activity in ${span(gap)}, none yet this month` : cadenceVerdict(o);
  return `Some activity ${every(o.cadenceMonths)}: ${verdict}.`;
}

const lastSentence = (o: AwarenessOverview): string =>
  o.lastActivity
    ? `Last activity: ${o.lastActivity.record.id ?? '(no id)'} on ${o.lastActivity.date}.`
    : 'No awareness activity recorded yet.';

/**
 * What a month without activity is: a gap ISMS501 reports, today's month so far, or just empty (before the
 * programme, or shorter than the cadence).
 */
const emptyMonth = (m: AwarenessMonth): string =>
  m.gap ? 'no awareness activity (ISMS501)' : m.current ? 'nothing yet this month' : 'no activity';

function trainingWhat(s: TrainingStatus): string {
  if (s.basis === 'never') return 'never trained (no joined: date to count from)';
  const last = s.last ? `, last ${s.last.record.id ?? 'training'} on ${s.last.date}` : '';
  return `${s.basis} due ${s.due}${last}`;
}

function heading(ws: IsmsWorkspace, base: string): string {
  return `${ws.config.organisation ?? 'ISMS'} (${relativePath(base, ws.root)})`;
}

function formatText(roots: readonly RootAwareness[], today: string, base: string): string {
  const out: string[] = [];
  for (const { ws, overview: o } of roots) {
    out.push(`${heading(ws, base)} — awareness programme, ${o.months[0].month} to ${o.months[o.months.length - 1].month} (today ${today})`);
    out.push(cadenceSentence(o), lastSentence(o), '', 'Months:');
    for (const m of o.months) {
      if (m.activities.length === 0) out.push(`  ${m.month}  ${m.gap ? '!! ' : ''}${emptyMonth(m)}`);
      m.activities.forEach((a, i) =>
        out.push(`  ${i === 0 ? m.month : ' '.repeat(7)}  ${(a.record.id ?? '').padEnd(12)} ${a.date}  ${type(a).padEnd(19)}  ${title(a)}`),
      );
    }
    out.push('', `Phishing simulations (${o.phishing.length}):`);
    if (o.phishing.length) {
      out.push(
        `  ${'Date'.padEnd(10)}  ${'Simulation'.padEnd(12)} ${'Sent'.padStart(5)} ${'Clicked'.padStart(8)} ${'Click rate'.padStart(10)} ${'Reported'.padStart(9)} ${'Report rate'.padStart(11)}  Title`,
      );
      const n = (v: number | undefined, width: number): string => (v === undefined ? '—' : String(v)).padStart(width);
      for (const p of o.phishing) {
        out.push(
          `  ${p.date}  ${(p.id ?? '').padEnd(12)} ${n(p.sent, 5)} ${n(p.clicked, 8)} ${formatRate(p.clickRate).padStart(10)} ${n(p.reported, 9)} ${formatRate(p.reportRate).padStart(11)}  ${p.title ?? ''}`,
        );
      }
    }
    out.push(`  Trend: ${o.phishingSummary ?? 'fewer than two measured simulations, no trend yet.'}`, '');
    if (o.trainingOverdue === undefined)
      out.push('Training overdue: no roster of people (isms: people), so training per person is not followed.');
    else {
      out.push(`Training overdue (${o.trainingOverdue.length}):`);
      if (o.trainingOverdue.length === 0) out.push('  nobody');
      for (const s of o.trainingOverdue) {
        out.push(
          `  ${(s.person.id ?? '').padEnd(8)} ${(field(s.person, 'name') ?? '').padEnd(20)} ${(field(s.person, 'department') ?? '—').padEnd(14)} ${trainingWhat(s)}`,
        );
      }
    }
    out.push('');
  }
  return terminalLines(out);
}

function formatJson(roots: readonly RootAwareness[], today: string, base: string): string {
  const at = (file: string, line: number) => ({ file: relativePath(base, file), line: line + 1 });
  const activity = (a: AwarenessActivity) => ({
    id: a.record.id ?? null,
    ...(title(a) ? { title: title(a) } : {}),
    ...(type(a) ? { type: type(a) } : {}),
    date: a.date,
    ...at(a.record.file, a.record.anchor.start.line),
  });
  const simulation = ({ file, line, ...p }: PhishingPoint) => ({ ...p, ...at(file, line) });
  return jsonText({
    today,
    roots: roots.map(({ ws, overview: o }) => ({
      root: relativePath(base, ws.root),
      ...(ws.config.organisation ? { organisation: ws.config.organisation } : {}),
      cadenceMonths: o.cadenceMonths,
      cadenceMet: o.cadenceMet,
      ...(o.lastActivity ? { lastActivity: activity(o.lastActivity) } : {}),
      months: o.months.map((m) => ({ month: m.month, current: m.current, gap: m.gap, activities: m.activities.map(activity) })),
      gaps: o.gaps.map((g) => ({ first: g.first, last: g.last, months: g.months, open: g.after === undefined })),
      phishing: { simulations: o.phishing.map(simulation), ...(o.phishingSummary ? { trend: o.phishingSummary } : {}) },
      ...(o.trainingOverdue
        ? {
            trainingOverdue: o.trainingOverdue.map((s) => ({
              id: s.person.id,
              ...(field(s.person, 'name') ? { name: field(s.person, 'name') } : {}),
              ...(field(s.person, 'department') ? { department: field(s.person, 'department') } : {}),
              basis: s.basis,
              ...(s.due ? { due: s.due } : {}),
              ...(s.last ? { lastTraining: { id: s.last.record.id ?? null, date: s.last.date } } : {}),
              ...at(s.person.file, s.person.anchor.start.line),
            })),
          }
        : {}),
    })),
  });
}

function formatMarkdown(roots: readonly RootAwareness[], today: string, base: string): string {
  const out: string[] = [];
  for (const { ws, overview: o } of roots) {
    out.push(`## ${mdText(`Awareness programme — ${heading(ws, base)}`)}`, '');
    out.push(
      mdText(
        `From ${o.months[0].month} to ${o.months[o.months.length - 1].month} (today ${today}). ${cadenceSentence(o)} ${lastSentence(o)}`,
      ),
      '',
    );
    out.push('### Activities month by month', '');
    out.push(
      ...mdTable(
        ['Month', 'Activity', 'Date', 'Type', 'Title'],
        o.months.flatMap((m) =>
          m.activities.length
            ? m.activities.map((a) => [m.month, a.record.id, a.date, type(a), title(a)])
            : [[m.month, undefined, undefined, undefined, emptyMonth(m)]],
        ),
      ),
      '',
    );
    out.push('### Phishing simulations', '');
    if (o.phishing.length) {
      out.push(
        ...mdTable(
          ['Date', 'Simulation', 'Title', 'Sent', 'Clicked', 'Click rate', 'Reported', 'Report rate'],
          o.phishing.map((p) => [p.date, p.id, p.title, p.sent, p.clicked, formatRate(p.clickRate), p.reported, formatRate(p.reportRate)]),
        ),
        '',
      );
    }
    out.push(
      mdText(
        o.phishing.length
          ? `Trend: ${o.phishingSummary ?? 'fewer than two measured simulations, no trend yet.'}`
          : 'No phishing simulation in these months.',
      ),
      '',
    );
    out.push('### Training overdue', '');
    if (o.trainingOverdue === undefined) out.push('No roster of people, so training per person is not followed.', '');
    else if (o.trainingOverdue.length === 0) out.push('Nobody on the roster is overdue.', '');
    else {
      out.push(
        ...mdTable(
          ['Person', 'Name', 'Department', 'Training', 'Due', 'Last training'],
          o.trainingOverdue.map((s) => [
            s.person.id,
            field(s.person, 'name'),
            field(s.person, 'department'),
            s.basis === 'never' ? 'never trained' : s.basis,
            s.due,
            s.last ? `${s.last.record.id ?? ''} (${s.last.date})` : undefined,
          ]),
        ),
        '',
      );
    }
  }
  return out.join('\n');
}

export async function awarenessReportCommand(cmd: ReportCommand, io: CliIo): Promise<number> {
  const today = cmd.today ?? io.today();
  const workspaces = await loadWorkspaces(io.cwd, cmd.dir ?? '.');
  const roots = workspaces.map((ws) => ({ ws, overview: awarenessOverview(ws, today) }));
  const format = cmd.format === 'json' ? formatJson : cmd.format === 'markdown' ? formatMarkdown : formatText;
  io.stdout(format(roots, today, io.cwd));
  return 0;
}
