/**
 * Coverage per standard as Markdown (the review pack's dialect, see ./markdown.ts): `isms report
 * coverage --format markdown` prints the full tables, the management review pack the summary.
 */
import { coverageStatus, type CoverageEntry, type StandardCoverage } from '../cycle/coverage';
import { mdInline, mdTable as table, mdText } from './markdown';

const auditedBy = (e: CoverageEntry): string => e.audits.map((a) => `${a.id || '(no id)'} (${a.date})`).join(', ');
const plannedBy = (e: CoverageEntry): string | undefined => (e.planned ? `${e.planned.id || '(no id)'} (${e.planned.date})` : undefined);
const related = (e: CoverageEntry): string | undefined => e.related?.join(', ');

/** "35 of 52 audited" for a certifiable standard; what audits named, for a law. */
export function coverageHeadline(c: StandardCoverage): string {
  if (!c.certifiable) {
    const noun = c.entries.some((e) => e.kind === 'article') ? 'article' : 'section or condition';
    return `informational (a law, not certified): ${c.entries.length} ${noun}${c.entries.length === 1 ? '' : 's'} in the scope of internal audits, ${c.audited} audited`;
  }
  return `${c.audited} of ${c.entries.length} audited`;
}

export type CoverageDetail = 'full' | 'summary';

/**
 * One `###` section per standard. `full`: a table of what is not yet audited (with the audit that is
 * planned to cover it) and a table of what is (by which audits, when). `summary`: the counts and the
 * ids not yet audited.
 */
export function coverageMarkdown(coverage: readonly StandardCoverage[], detail: CoverageDetail): string[] {
  const out: string[] = [];
  for (const c of coverage) {
    out.push(`### ${mdText(c.name)} — ${coverageHeadline(c)}`, '');
    const open = c.entries.filter((e) => coverageStatus(e) !== 'audited');
    const done = c.entries.filter((e) => coverageStatus(e) === 'audited');
    if (c.entries.length === 0) {
      out.push(c.certifiable ? 'Nothing in scope.' : 'No internal audit names it.', '');
      continue;
    }
    if (detail === 'summary') {
      if (c.certifiable)
        out.push(
          open.length
            ? `Not yet audited (${open.length}): ${open.map((e) => mdInline(e.id)).join(', ')}.`
            : 'Every clause and control in scope has been audited this cycle.',
          '',
        );
      else
        out.push(
          `Named by audits: ${c.entries.map((e) => `${mdInline(e.id)}${e.related ? ` (related: ${mdInline(e.related.join(', '))})` : ''}`).join('; ')}.`,
          '',
        );
      continue;
    }
    if (open.length) {
      out.push(c.certifiable ? `Not yet audited (${open.length}):` : `Planned, not yet audited (${open.length}):`, '');
      out.push(
        ...table(
          ['Id', 'Title', 'Planned in', 'Related'],
          open.map((e) => [e.id, e.title, plannedBy(e), related(e)]),
        ),
        '',
      );
    }
    if (done.length) {
      out.push(`Audited (${done.length}):`, '');
      out.push(
        ...table(
          ['Id', 'Title', 'Audited by', 'Related'],
          done.map((e) => [e.id, e.title, auditedBy(e), related(e)]),
        ),
        '',
      );
    }
  }
  return out;
}
