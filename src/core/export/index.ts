/** Exports of the audit plan (iCalendar) and of the management review pack (Markdown / HTML). */
export { toICalendar, calendarEvents, escapeText, foldLine } from './ical';
export { reviewPack, type ReviewPack } from './reviewPack';
export { markdownToHtml, mdText, escapeHtml, htmlDocument } from './markdown';

export type ExportKind = 'ics' | 'review-pack';

/** The file name an export is offered under, by the CLI and the extension alike. */
export function exportFileName(what: ExportKind, today: string): string {
  return what === 'ics' ? 'isms-audit-plan.ics' : `management-review-pack-${today}.md`;
}
