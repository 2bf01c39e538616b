/** Exports of the audit plan (iCalendar) and of the management review pack (Markdown / HTML). */
export { toICalendar, calendarEvents, escapeText, foldLine } from './ical';
export { reviewPack, type ReviewPack } from './reviewPack';
export { markdownToHtml, mdText, escapeHtml, htmlDocument } from './markdown';
