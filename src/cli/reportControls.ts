/**
 * `isms report controls`: per ISMS, each control the Statement of Applicability marks applicable with its
 * one state (operating, not tracked, attention, not shown, failing) and why — SoA implementation, implementing
 * documents, evidence, recurring activities, last internal audit, open corrective actions — grouped by
 * standard and Annex A theme, for an auditor. The data is the core's `controlsOverview` (the Controls
 * view reads the same); this file only formats it: text, JSON (schema: schemas/report-controls.schema.json;
 * 1-based lines, paths relative to the working folder) and Markdown.
 */
import type { IsmsWorkspace } from '../core';
import {
  controlsOverview,
  groupName,
  stateCounts,
  type ControlOverview,
  type ControlState,
  type ControlsOverview,
} from '../core/controls/controlState';
import { mdTable, mdText } from '../core/export/markdown';
import { text as field } from '../core/model/fields';
import type { IsmsRecord, Location } from '../core/model/types';
import type { ReportCommand } from './args';
import { jsonText, relativePath, terminalLines, type CliIo } from './io';
import { loadWorkspaces } from './workspaces';

interface RootControls {
  ws: IsmsWorkspace;
  overview: ControlsOverview;
}

export const STATE_WORDS: Readonly<Record<ControlState, string>> = {
  failing: 'failing',
  'not-shown': 'not shown',
  attention: 'attention',
  'not-tracked': 'not tracked',
  operating: 'operating',
};

const heading = (ws: IsmsWorkspace, base: string): string => `${ws.config.organisation ?? 'ISMS'} (${relativePath(base, ws.root)})`;
const cut = (s: string, width: number): string => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));
const why = (c: ControlOverview): string => c.reasons.find((r) => r.weighs === c.state)?.text ?? '';

function countsLine(overview: ControlsOverview): string {
  const counts = stateCounts(overview);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return `${total} applicable controls: ${(Object.keys(STATE_WORDS) as ControlState[]).map((s) => `${counts[s]} ${STATE_WORDS[s]}`).join(', ')}`;
}

function formatText(roots: readonly RootControls[], today: string, base: string): string {
  const out: string[] = [];
  for (const { ws, overview } of roots) {
    out.push(`${heading(ws, base)} — controls as of ${today}`, '');
    if (!overview.soa) {
      out.push('  no Statement of Applicability: nothing says which controls apply', '');
      continue;
    }
    out.push(countsLine(overview), '');
    for (const s of overview.standards) {
      out.push(s.name);
      for (const g of s.groups) {
        out.push(`  ${groupName(g.group)} (${g.controls.length}):`);
        for (const c of g.controls) out.push(`    ${c.id.padEnd(18)} ${cut(c.title, 50)}  ${STATE_WORDS[c.state].padEnd(10)}  ${why(c)}`);
      }
      out.push('');
    }
  }
  return terminalLines(out);
}

const evidenceCell = (c: ControlOverview): string =>
  c.evidence
    .map((e) => `${e.record.id ?? '(no id)'} ${e.validity.state}${e.validity.validUntil ? ` to ${e.validity.validUntil}` : ''}`)
    .join('; ');
const activityCell = (c: ControlOverview): string =>
  c.activities.map((a) => `${a.record.id ?? '(no id)'} ${a.state}${a.next ? `, next ${a.next}` : ''}`).join('; ');

function formatMarkdown(roots: readonly RootControls[], today: string, base: string): string {
  const out: string[] = [];
  for (const { ws, overview } of roots) {
    out.push(`## ${mdText(`Controls — ${heading(ws, base)}`)}`, '', `As of ${today}.`, '');
    if (!overview.soa) {
      out.push('No Statement of Applicability: nothing says which controls apply.', '');
      continue;
    }
    out.push(`${countsLine(overview)}.`, '');
    for (const s of overview.standards)
      for (const g of s.groups) {
        out.push(`### ${mdText(`${s.name} — ${groupName(g.group)}`)}`, '');
        const rows = g.controls.map((c) => [
          c.id,
          c.title,
          STATE_WORDS[c.state],
          c.implementation ?? 'not stated',
          evidenceCell(c),
          activityCell(c),
          c.lastAudit ? `${c.lastAudit.id} ${c.lastAudit.date}` : '',
          c.correctiveActions.map((a) => a.record.id ?? '(no id)').join(', '),
          why(c),
        ]);
        out.push(
          ...mdTable(
            ['Control', 'Title', 'State', 'Implementation', 'Evidence', 'Activity', 'Last internal audit', 'Open CAs', 'Why'],
            rows,
          ),
          '',
        );
      }
  }
  return out.join('\n');
}

function controlJson(c: ControlOverview, at: (l: Location) => { file: string; line: number }): unknown {
  const rec = (r: IsmsRecord) => ({
    id: r.id ?? '',
    ...(field(r, 'title') ? { title: field(r, 'title') } : {}),
    ...at({ file: r.file, range: r.anchor }),
  });
  const audit = (a: NonNullable<ControlOverview['lastAudit']>) => ({ id: a.id, date: a.date, ...at(a.location) });
  return {
    id: c.id,
    title: c.title,
    state: c.state,
    reasons: c.reasons.map((r) => ({ text: r.text, ...(r.weighs ? { weighs: r.weighs } : {}) })),
    implementation: c.implementation ?? null,
    documents: c.documents,
    evidence: c.evidence.map((e) => ({
      ...rec(e.record),
      state: e.validity.state,
      ...(e.validity.effective ? { effective: e.validity.effective } : {}),
      ...(e.validity.validUntil ? { validUntil: e.validity.validUntil } : {}),
      ...(field(e.record, 'location') ? { location: field(e.record, 'location') } : {}),
    })),
    activities: c.activities.map((a) => ({
      ...rec(a.record),
      state: a.state,
      ...(a.lastDue ? { lastDue: a.lastDue.date } : {}),
      ...(a.next ? { next: a.next } : {}),
    })),
    ...(c.lastAudit ? { lastAudit: audit(c.lastAudit) } : {}),
    ...(c.plannedAudit ? { plannedAudit: audit(c.plannedAudit) } : {}),
    correctiveActions: c.correctiveActions.map((a) => ({ ...rec(a.record), state: a.state })),
    soa: at({ file: c.soa.file, range: c.soa.anchor }),
  };
}

function formatJson(roots: readonly RootControls[], today: string, base: string): string {
  const at = (l: Location) => ({ file: relativePath(base, l.file), line: l.range.start.line + 1 });
  return jsonText({
    today,
    roots: roots.map(({ ws, overview }) => ({
      root: relativePath(base, ws.root),
      ...(ws.config.organisation ? { organisation: ws.config.organisation } : {}),
      soa: overview.soa,
      counts: stateCounts(overview),
      standards: overview.standards.map((s) => ({
        key: s.key,
        name: s.name,
        groups: s.groups.map((g) => ({ group: g.group, name: groupName(g.group), controls: g.controls.map((c) => controlJson(c, at)) })),
      })),
    })),
  });
}

export async function controlsReportCommand(cmd: ReportCommand, io: CliIo): Promise<number> {
  const today = cmd.today ?? io.today();
  const workspaces = await loadWorkspaces(io.cwd, cmd.dir ?? '.');
  const roots = workspaces.map((ws) => ({ ws, overview: controlsOverview(ws, today) }));
  const format = cmd.format === 'json' ? formatJson : cmd.format === 'markdown' ? formatMarkdown : formatText;
  io.stdout(format(roots, today, io.cwd));
  return 0;
}
