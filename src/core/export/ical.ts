/**
 * The audit plan as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar
 * import: internal audits, management reviews, external audits and corrective-action due dates, each an
 * all-day VEVENT. UIDs come from record ids so that re-importing updates events instead of doubling
 * them; DTSTAMP is "today" (the core never reads the clock).
 */
import { cycleMilestones, type CycleSource } from '../cycle/cycle';
import { auditDate, auditState, caState, isOpenCorrectiveAction } from '../cycle/state';
import { MAX_DATE, plusDays } from '../dates';
import { date, ids, text } from '../model/fields';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const UID_DOMAIN = 'isms-workbench';

/** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF + one space. Counts UTF-8 octets and
 * never splits a character (a surrogate pair or a multi-byte sequence stays whole).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0) ?? 0);
    // continuation lines start with a space, which counts towards their 75 octets
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const utf8Octets = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

const compactDate = (d: string): string => d.replace(/-/g, '');

/** Characters a UID keeps; anything else (spaces, colons) becomes '-', so the value needs no escaping. */
const uidPart = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-');

interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description?: string;
  categories: string[];
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

function eventLines(e: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
    // all-day events end (exclusively) the next day; on 9999-12-31 there is none, and without DTEND
    // an all-day event lasts one day (RFC 5545 3.6.1)
    ...(e.date < MAX_DATE ? [`DTEND;VALUE=DATE:${compactDate(plusDays(e.date, 1))}`] : []),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    `CATEGORIES:${e.categories.map(escapeText).join(',')}`,
    ...(e.status ? [`STATUS:${e.status}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The events of one ISMS, in date order (then UID, so the file is byte-for-byte reproducible). */
export function calendarEvents(ws: CycleSource, today: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const audit of ws.records('internal-audit')) {
    const state = auditState(audit, today);
    const d = auditDate(audit);
    if (!d || state === 'cancelled') continue;
    const scope = ids(audit, 'scope');
    const details = [
      `State: ${state}`,
      text(audit, 'auditor') && `Auditor: ${text(audit, 'auditor')}`,
      text(audit, 'department') && `Department: ${text(audit, 'department')}`,
      scope.length > 0 && `Scope: ${scope.join(', ')}`,
    ].filter((x): x is string => typeof x === 'string');
    events.push({
      uid: `internal-audit-${uidPart(audit.id ?? `${d}-${text(audit, 'title') ?? 'untitled'}`)}@${UID_DOMAIN}`,
      date: d,
      summary: `Internal audit ${audit.id ?? ''}: ${text(audit, 'title') ?? '(no title)'}`.replace('  ', ' '),
      description: details.join('\n'),
      categories: ['ISMS', 'Internal audit'],
      status: state === 'done' ? 'CONFIRMED' : 'TENTATIVE',
    });
  }
  for (const m of cycleMilestones(ws, today)) {
    if (m.status === 'cancelled') continue;
    const review = m.type === 'management-review';
    const id = review ? m.label.replace(/^Management review /, '').split(' ')[0] : m.type;
    events.push({
      uid: `${review ? 'management-review' : 'external'}-${uidPart(id)}-${compactDate(m.date)}@${UID_DOMAIN}`,
      date: m.date,
      summary: m.label,
      description: `Status: ${m.status}`,
      categories: ['ISMS', review ? 'Management review' : m.type === 'certificate-expiry' ? 'Certificate' : 'External audit'],
      status: m.status === 'done' ? 'CONFIRMED' : 'TENTATIVE',
    });
  }
  for (const ca of ws.records('corrective-action')) {
    const due = date(ca, 'due');
    if (!due || !isOpenCorrectiveAction(ca)) continue;
    const details = [
      `Status: ${text(ca, 'status') ?? 'open'}${caState(ca, today) === 'overdue' ? ' (overdue)' : ''}`,
      text(ca, 'owner') && `Owner: ${text(ca, 'owner')}`,
      text(ca, 'source') && `Source: ${text(ca, 'source')}`,
    ].filter((x): x is string => typeof x === 'string');
    events.push({
      uid: `corrective-action-${uidPart(ca.id ?? `${due}-${text(ca, 'title') ?? 'untitled'}`)}@${UID_DOMAIN}`,
      date: due,
      summary: `Corrective action due ${ca.id ?? ''}: ${text(ca, 'title') ?? '(no title)'}`.replace('  ', ' '),
      description: details.join('\n'),
      categories: ['ISMS', 'Corrective action'],
    });
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  // duplicate ids (reported by a rule) must still give unique UIDs, or importers drop events
  const seen = new Map<string, number>();
  for (const e of events) {
    const n = seen.get(e.uid) ?? 0;
    seen.set(e.uid, n + 1);
    if (n > 0) e.uid = e.uid.replace(`@${UID_DOMAIN}`, `-${n + 1}@${UID_DOMAIN}`);
  }
  return events;
}

/** The whole VCALENDAR text, CRLF line ends, folded at 75 octets. */
export function toICalendar(ws: CycleSource, today: string): string {
  const stamp = `${compactDate(today)}T000000Z`;
  const name = `${ws.config.organisation ?? 'ISMS'} audit plan`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ISMS Workbench//Audit plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...calendarEvents(ws, today).flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
