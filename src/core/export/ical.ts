/**
 * The audit plan as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar
 * import: internal audits, management reviews, external audits, corrective-action due dates, the
 * next review of each approved document and the day each piece of evidence runs out, each an all-day
 * VEVENT, and each recurring control activity as one all-day VEVENT with an RRULE (the last two with a
 * VALARM reminder). UIDs come from record ids so that
 * re-importing updates events instead of doubling them; DTSTAMP is "today" (the core never reads the clock).
 */
import { cycleMilestones, type CycleSource } from '../cycle/cycle';
import { auditDate, auditState, caState, isOpenCorrectiveAction } from '../cycle/state';
import { MAX_DATE, plusDays } from '../dates';
import { scheduledReviews } from '../documents/scheduledReviews';
import { date, ids, text } from '../model/fields';
import { isLineBreak, replaceControls } from './controls';
import { evidenceRenewals } from '../controls/calendar';
import { ismsControlOperations } from '../controls/operation';
import { scheduleText, type Plan } from '../controls/schedule';
import type { IsmsRecord } from '../model/types';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const UID_DOMAIN = 'isms-workbench';

/**
 * RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. Line breaks that other
 * readers count (NEL, U+2028, U+2029) become `\n` too; the other controls TEXT forbids (NUL, ESC, the
 * C0 and C1 ranges, DEL) and the bidirectional overrides are dropped, so no calendar shows them.
 */
export function escapeText(value: string): string {
  return replaceControls(value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n/g, '\n'), (c) =>
    isLineBreak(c) ? '\\n' : c === '\t' ? c : '',
  );
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF + one space. Counts UTF-8 octets and
 * never splits a character (a surrogate pair or a multi-byte sequence stays whole). A fold is invisible
 * to calendars, so it is also put where a CI log would read a workflow command in the file printed by
 * `--out -`: never a physical line that starts with `::`, never `##[` (or `##vso[`) on one line.
 */
export function foldLine(line: string): string {
  const chars = [...line];
  const solid = nextSolid(chars);
  const parts: string[] = [];
  for (let start = 0; start < chars.length || parts.length === 0;) {
    // continuation lines start with a space, which counts towards their 75 octets
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    let end = start;
    for (let octets = 0; end < chars.length && octets + utf8Octets(chars[end].codePointAt(0) ?? 0) <= limit; end++) {
      octets += utf8Octets(chars[end].codePointAt(0) ?? 0);
      if (end > start && chars[end] === '[' && /##\w*$/.test(chars.slice(Math.max(start, end - 40), end).join(''))) break;
    }
    if (end < chars.length) end = safeBreak(chars, solid, start, end);
    parts.push(chars.slice(start, end).join(''));
    start = end;
  }
  return parts.join(`${CRLF} `);
}

/** For each index, the index of the first character at or after it that is not white space. */
function nextSolid(chars: readonly string[]): number[] {
  const solid = new Array<number>(chars.length + 1).fill(chars.length);
  for (let i = chars.length - 1; i >= 0; i--) solid[i] = /\s/u.test(chars[i]) ? solid[i + 1] : i;
  return solid;
}

/** `end`, or the nearest break before it (else after it) where the next line does not read, after its blanks, as `::`. */
function safeBreak(chars: readonly string[], solid: readonly number[], start: number, end: number): number {
  const command = (at: number): boolean => chars[solid[at]] === ':' && chars[solid[at] + 1] === ':';
  for (let b = end; b > start; b--) if (!command(b)) return b;
  let b = end;
  while (b < chars.length && command(b)) b++;
  return b;
}

const utf8Octets = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

const compactDate = (d: string): string => d.replace(/-/g, '');

/**
 * A record id as part of a UID: letters, digits, `.`, `_` and `-` kept, every other character written
 * as `%` and the hex of its UTF-8 bytes (lone surrogates as their three bytes). Injective — `CA 7` and
 * `CA-7` stay apart — and needs no TEXT escaping; an id of plain characters keeps the UID it always had.
 */
export function uidPart(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[A-Za-z0-9._-]/.test(ch)) out += ch;
    else for (const b of utf8Bytes(ch.codePointAt(0) ?? 0)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function utf8Bytes(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/** A record without an id: named by its date and title, marked with `~` (which `uidPart` never writes) so it cannot take an id's UID. */
const unnamed = (d: string, title: string | undefined): string => `~${uidPart(d)}~${uidPart(title ?? 'untitled')}`;

interface CalendarEvent {
  uid: string;
  /** the (first) day of the event */
  date: string;
  summary: string;
  description?: string;
  categories: string[];
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** RFC 5545 3.3.10 RECUR value: the event recurs from `date` */
  rrule?: string;
  /** a display alarm this many days before the (each) day of the event */
  alarmDays?: number;
}

/** RFC 5545 3.6.6: a display reminder `days` before the start of an all-day event. */
const alarmLines = (days: number, summary: string): string[] => [
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  `TRIGGER:-P${days}D`,
  `DESCRIPTION:${escapeText(`${summary} (in ${days} day${days === 1 ? '' : 's'})`)}`,
  'END:VALARM',
];

function eventLines(e: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
    // all-day events end (exclusively) the next day; on 9999-12-31 there is none, and without DTEND
    // an all-day event lasts one day (RFC 5545 3.6.1)
    ...(e.date < MAX_DATE ? [`DTEND;VALUE=DATE:${compactDate(plusDays(e.date, 1))}`] : []),
    ...(e.rrule ? [`RRULE:${e.rrule}`] : []),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    `CATEGORIES:${e.categories.map(escapeText).join(',')}`,
    ...(e.status ? [`STATUS:${e.status}`] : []),
    'TRANSP:TRANSPARENT',
    ...(e.alarmDays !== undefined ? alarmLines(e.alarmDays, e.summary) : []),
    'END:VEVENT',
  ];
}

/**
 * Each approved document's next review (A.5.1), on the date `documentReview` gives. The UID is the
 * document's id alone: after a review the event moves to the next date on re-import instead of leaving
 * the old one behind.
 */
function documentReviewEvents(ws: CycleSource, today: string): CalendarEvent[] {
  return scheduledReviews(ws, today).map((r) => {
    const doc = r.record;
    const title = text(doc, 'title');
    const last = r.review.last;
    const details = [
      `State: ${r.state === 'overdue' ? 'review overdue' : r.state === 'due-soon' ? 'review due soon' : 'review scheduled'}`,
      text(doc, 'version') && `Version: ${text(doc, 'version')}`,
      text(doc, 'owner') && `Owner: ${text(doc, 'owner')}`,
      last && `Last ${last.field === 'reviewed' ? 'reviewed' : 'approved'}: ${last.date}`,
      `Review every ${r.review.months} month${r.review.months === 1 ? '' : 's'}`,
    ].filter((x): x is string => typeof x === 'string');
    return {
      uid: `document-review-${doc.id !== undefined ? uidPart(doc.id) : `~${uidPart(title ?? 'untitled')}`}@${UID_DOMAIN}`,
      date: r.date,
      summary: `Document review due${doc.id !== undefined ? ` ${doc.id}` : ''}: ${title ?? '(no title)'}`,
      description: details.join('\n'),
      categories: ['ISMS', 'Document review'],
      status: 'TENTATIVE',
    };
  });
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The recurrence rule of a plan (RFC 5545 3.3.10) whose expansion is the plan's due dates
 * (`occurrenceDate`), with DTSTART on the first. A schedule in months keeps its day of the month and a
 * shorter month's last day stands in, as `occurrenceDate` holds it: day 31 (and February's 29th or 30th
 * in a yearly plan) is BYMONTHDAY=-1, the last day, which every calendar reads; day 29 or 30 of a plan
 * that passes through February is BYMONTHDAY=28,…,day with BYSETPOS=-1, the last of those that exists.
 */
export function recurrenceRule(plan: Plan): string {
  const s = plan.schedule;
  if (s.unit === 'days') return `FREQ=DAILY;INTERVAL=${s.every}`;
  if (s.unit === 'weeks') return `FREQ=WEEKLY;INTERVAL=${s.every}`;
  const day = s.day ?? Number(plan.first.slice(8, 10));
  const month = Number(plan.first.slice(5, 7));
  if (s.every % 12 === 0) {
    // the same month every time: only February's length varies (the first date exists in any other year)
    const yearly = `FREQ=YEARLY;INTERVAL=${s.every / 12}`;
    return month === 2 && day >= 29 ? `${yearly};BYMONTH=2;BYMONTHDAY=-1` : yearly;
  }
  const monthly = `FREQ=MONTHLY;INTERVAL=${s.every}`;
  if (day === 31) return `${monthly};BYMONTHDAY=-1`;
  // does the plan ever fall in February (the one month without a 29th or 30th)?
  const february = (((2 - month) % gcd(s.every, 12)) + 12) % gcd(s.every, 12) === 0;
  if (day <= 28 || !february) return `${monthly};BYMONTHDAY=${day}`;
  return `${monthly};BYMONTHDAY=${Array.from({ length: day - 27 }, (_, i) => 28 + i).join(',')};BYSETPOS=-1`;
}

/** The ISMS in a UID: its organisation, so that two ISMS exported into one calendar keep apart. */
const ismsPart = (ws: CycleSource): string => uidPart(ws.config.organisation ?? 'isms');

/**
 * A UID from the kind, the record's id (else its title, marked `~`) and the ISMS, joined by `+`, which
 * `uidPart` never writes: no date and no position in it, so a re-import after a change updates the event.
 */
const recordUid = (ws: CycleSource, kind: string, rec: IsmsRecord): string =>
  `${kind}-${rec.id !== undefined ? uidPart(rec.id) : `~${uidPart(text(rec, 'title') ?? 'untitled')}`}+${ismsPart(ws)}@${UID_DOMAIN}`;

/**
 * Each control activity as one recurring event (its whole plan, so a calendar shows the series), and each
 * piece of evidence running out as one event on its last valid day (`evidenceRenewals`), each with a
 * reminder `evidence.reminder-days` before (issue 18.5).
 */
function controlEvents(ws: CycleSource, today: string): CalendarEvent[] {
  const ops = ismsControlOperations(ws, today);
  const alarmDays = ws.config.evidence.reminderDays;
  const activities = ops.activities.flatMap((a): CalendarEvent[] => {
    if (!a.plan || !a.schedule) return [];
    const rec = a.record;
    const controls = ids(rec, 'controls');
    const details = [
      `Schedule: ${scheduleText(a.schedule)}, from ${a.plan.first}`,
      `State: ${a.state}${a.lastDue ? ` (last due ${a.lastDue.date}${a.lastDue.proof ? `, proven by ${a.lastDue.proof.id ?? 'evidence'}` : ''})` : ''}`,
      text(rec, 'owner') && `Owner: ${text(rec, 'owner')}`,
      controls.length > 0 && `Controls: ${controls.join(', ')}`,
    ].filter((x): x is string => typeof x === 'string');
    return [
      {
        uid: recordUid(ws, 'control-activity', rec),
        date: a.plan.first,
        rrule: recurrenceRule(a.plan),
        summary: `Control activity due${rec.id !== undefined ? ` ${rec.id}` : ''}: ${text(rec, 'title') ?? '(no title)'}`,
        description: details.join('\n'),
        categories: ['ISMS', 'Control activity'],
        alarmDays,
      },
    ];
  });
  const renewals = evidenceRenewals(ops, ws.config.evidence.warnDays).map(({ evidence: e, date: until, renewalDue }): CalendarEvent => {
    const rec = e.record;
    const details = [
      `State: ${e.validity.state}`,
      `Effective: ${e.validity.effective ?? 'unknown'}; valid until ${until}; renewal due from ${renewalDue}`,
      e.controls.length > 0 && `Controls: ${e.controls.join(', ')}`,
      text(rec, 'owner') && `Owner: ${text(rec, 'owner')}`,
      text(rec, 'location') && `Location: ${text(rec, 'location')}`,
    ].filter((x): x is string => typeof x === 'string');
    return {
      uid: recordUid(ws, 'evidence-renewal', rec),
      date: until,
      summary: `Evidence runs out${rec.id !== undefined ? ` ${rec.id}` : ''}: ${text(rec, 'title') ?? '(no title)'}`,
      description: details.join('\n'),
      categories: ['ISMS', 'Evidence renewal'],
      alarmDays,
    };
  });
  return [...activities, ...renewals];
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
      uid: `internal-audit-${audit.id !== undefined ? uidPart(audit.id) : unnamed(d, text(audit, 'title'))}@${UID_DOMAIN}`,
      date: d,
      summary: `Internal audit${audit.id !== undefined ? ` ${audit.id}` : ''}: ${text(audit, 'title') ?? '(no title)'}`,
      description: details.join('\n'),
      categories: ['ISMS', 'Internal audit'],
      status: state === 'done' ? 'CONFIRMED' : 'TENTATIVE',
    });
  }
  for (const m of cycleMilestones(ws, today)) {
    if (m.status === 'cancelled') continue;
    const review = m.type === 'management-review';
    // a review by its record's id (its milestone points at the record), an external audit by its type
    const at = m.location;
    const record = review && at ? ws.records('management-review').find((r) => r.anchor === at.range && r.file === at.file) : undefined;
    const title = record ? text(record, 'title') : undefined;
    const name = !review ? m.type : record?.id !== undefined ? uidPart(record.id) : `~${uidPart(title ?? 'untitled')}`;
    // the review due (overdue, no record yet) moves with the last review held, or with today when none
    // was: one uid, so that a calendar re-importing the plan replaces it rather than adding another
    const uid = review && !at ? 'management-review-due' : `${review ? 'management-review' : 'external'}-${name}-${compactDate(m.date)}`;
    events.push({
      uid: `${uid}@${UID_DOMAIN}`,
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
      uid: `corrective-action-${ca.id !== undefined ? uidPart(ca.id) : unnamed(due, text(ca, 'title'))}@${UID_DOMAIN}`,
      date: due,
      summary: `Corrective action due${ca.id !== undefined ? ` ${ca.id}` : ''}: ${text(ca, 'title') ?? '(no title)'}`,
      description: details.join('\n'),
      categories: ['ISMS', 'Corrective action'],
    });
  }
  events.push(...documentReviewEvents(ws, today), ...controlEvents(ws, today));
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  // duplicate ids (reported by a rule) must still give unique UIDs, or importers drop events: the second
  // gets `~2` — a mark `uidPart` never writes, so it cannot be the UID of another record (CA-1-2)
  const seen = new Map<string, number>();
  for (const e of events) {
    const n = seen.get(e.uid) ?? 0;
    seen.set(e.uid, n + 1);
    if (n > 0) e.uid = e.uid.replace(`@${UID_DOMAIN}`, `~${n + 1}@${UID_DOMAIN}`);
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
