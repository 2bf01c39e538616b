/** The audit calendar and external-audit timeline as data (what the webview and its host read). */
export * from './types';
export { calendarModel, controlItems, coverage, CALENDAR_WINDOW } from './model';
export { filterCalendar, chipMatches, controlItemMatches, movedDate } from './filter';
