/**
 * `isms report coverage`: for each standard of isms.yaml, which clauses and controls done internal audits
 * covered this certification cycle (when, by which audit), which an audit still to do will cover, and
 * which are not covered yet. Text for a terminal, JSON for tools (1-based lines, paths relative to the
 * working folder), Markdown for a document.
 */
import { CATALOGUES, catalogueFor, type IsmsWorkspace } from '../core';
import { coverageStatus, standardsCoverage, type AuditRef, type CoverageEntry, type StandardCoverage } from '../core/cycle/coverage';
import { coverageHeadline, coverageMarkdown } from '../core/export/coverage';
import { mdText } from '../core/export/markdown';
import { UsageError, type ReportCommand } from './args';
import { jsonText, relativePath, terminalLines, type CliIo } from './io';
import { awarenessReportCommand } from './reportAwareness';
import { controlsReportCommand } from './reportControls';
import { documentsReportCommand } from './reportDocuments';
import { InputError, loadWorkspaces } from './workspaces';

interface RootCoverage {
  ws: IsmsWorkspace;
  coverage: StandardCoverage[];
}

/** The listed standards, or the one `--standard` names (which must be listed). */
function selectedCoverage(ws: IsmsWorkspace, today: string, standard: string | undefined, base: string): StandardCoverage[] {
  const all = standardsCoverage(ws, today);
  if (standard === undefined) return all;
  const catalogue = catalogueFor(standard);
  if (!catalogue) throw new UsageError(`--standard: no standard '${standard}' (known: ${CATALOGUES.map((c) => c.key).join(', ')})`);
  const found = all.filter((c) => c.key === catalogue.key);
  if (found.length === 0) {
    throw new InputError(
      `${catalogue.key} is not listed in ${relativePath(base, ws.config.file)} standards: (it lists ${ws.config.standards.join(', ')})`,
    );
  }
  return found;
}

const ref = (a: AuditRef): string => `${a.id || '(no id)'} ${a.date}`;

function entryLine(e: CoverageEntry): string {
  const status = coverageStatus(e);
  const how =
    status === 'audited'
      ? `audited by ${e.audits.map(ref).join(', ')}`
      : status === 'planned'
        ? `planned in ${ref(e.planned!)}`
        : 'no audit planned';
  const related = e.related ? `  [related: ${e.related.join(', ')}]` : '';
  return `    ${e.id.padEnd(18)} ${e.title.length > 60 ? `${e.title.slice(0, 59)}…` : e.title.padEnd(60)}  ${how}${related}`;
}

function formatText(roots: readonly RootCoverage[], today: string, base: string): string {
  const out: string[] = [];
  for (const { ws, coverage } of roots) {
    const from = coverage[0]?.from;
    out.push(
      `${ws.config.organisation ?? 'ISMS'} (${relativePath(base, ws.root)}) — internal-audit coverage ${from ? `this certification cycle, ${from} to ${today}` : `up to ${today} (no certification cycle in isms.yaml)`}`,
      '',
    );
    for (const c of coverage) {
      out.push(`${c.name} — ${coverageHeadline(c)}`);
      const open = c.entries.filter((e) => coverageStatus(e) !== 'audited');
      const done = c.entries.filter((e) => coverageStatus(e) === 'audited');
      if (open.length)
        out.push(`  ${c.certifiable ? 'Not yet audited' : 'Planned, not yet audited'} (${open.length}):`, ...open.map(entryLine));
      if (done.length) out.push(`  Audited (${done.length}):`, ...done.map(entryLine));
      if (c.entries.length === 0) out.push(c.certifiable ? '  nothing in scope' : '  no internal audit names it');
      out.push('');
    }
  }
  return terminalLines(out);
}

function formatJson(roots: readonly RootCoverage[], today: string, base: string): string {
  const at = (l: { file: string; range: { start: { line: number } } }) => ({
    file: relativePath(base, l.file),
    line: l.range.start.line + 1,
  });
  const audit = (a: AuditRef) => ({ id: a.id, date: a.date, ...at(a.location) });
  return jsonText({
    today,
    roots: roots.map(({ ws, coverage }) => ({
      root: relativePath(base, ws.root),
      ...(ws.config.organisation ? { organisation: ws.config.organisation } : {}),
      standards: coverage.map((c) => ({
        key: c.key,
        name: c.name,
        certifiable: c.certifiable,
        ...(c.from ? { from: c.from } : {}),
        to: c.to,
        total: c.entries.length,
        audited: c.audited,
        entries: c.entries.map((e) => ({
          id: e.id,
          title: e.title,
          kind: e.kind,
          ...(e.group ? { group: e.group } : {}),
          status: coverageStatus(e),
          audits: e.audits.map(audit),
          ...(e.planned ? { planned: audit(e.planned) } : {}),
          ...(e.related ? { related: e.related } : {}),
          ...(e.soa ? { soa: at(e.soa) } : {}),
        })),
      })),
    })),
  });
}

function formatMarkdown(roots: readonly RootCoverage[], today: string, base: string): string {
  const out: string[] = [];
  for (const { ws, coverage } of roots) {
    const from = coverage[0]?.from;
    out.push(`## ${mdText(`Internal-audit coverage — ${ws.config.organisation ?? 'ISMS'} (${relativePath(base, ws.root)})`)}`, '');
    out.push(from ? `Certification cycle from ${from} to ${today}.` : `Up to ${today}; isms.yaml has no certification cycle.`, '');
    out.push(...coverageMarkdown(coverage, 'full'));
  }
  return out.join('\n');
}

export async function reportCommand(cmd: ReportCommand, io: CliIo): Promise<number> {
  if (cmd.what === 'awareness') return awarenessReportCommand(cmd, io);
  if (cmd.what === 'documents') return documentsReportCommand(cmd, io);
  if (cmd.what === 'controls') return controlsReportCommand(cmd, io);
  const today = cmd.today ?? io.today();
  const workspaces = await loadWorkspaces(io.cwd, cmd.dir ?? '.');
  const roots = workspaces.map((ws) => ({ ws, coverage: selectedCoverage(ws, today, cmd.standard, io.cwd) }));
  const format = cmd.format === 'json' ? formatJson : cmd.format === 'markdown' ? formatMarkdown : formatText;
  io.stdout(format(roots, today, io.cwd));
  return 0;
}
