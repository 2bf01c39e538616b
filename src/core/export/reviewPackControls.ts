/**
 * The review pack's 9.1 monitoring and measurement results of the controls (issue 18.6): per recurring
 * activity, the occurrences due in the review period and whether evidence proves them; the evidence
 * effective in the period; the evidence expired or with renewal due. Every date and state comes from
 * src/core/controls/ (`occurrencesWithProof`, `evidenceValidity`, `evidenceRenewals`), never a copy.
 */
import { evidenceRenewals } from '../controls/calendar';
import { occurrencesWithProof } from '../controls/activities';
import { ismsControlOperations, type EvidenceStatus } from '../controls/operation';
import { scheduleText } from '../controls/schedule';
import type { CycleSource } from '../cycle/cycle';
import { MIN_DATE, plusDays } from '../dates';
import { ids, text } from '../model/fields';
import { mdTable } from './markdown';

const table = (head: readonly string[], rows: readonly (string | number | undefined)[][]): string[] =>
  rows.length === 0 ? ['None.'] : mdTable(head, rows);

/** At most this many unproven due dates are listed per activity; the rest are counted. */
const MAX_LISTED = 12;

const listed = (dates: readonly string[]): string =>
  dates.length === 0
    ? 'none'
    : `${dates.slice(0, MAX_LISTED).join(', ')}${dates.length > MAX_LISTED ? ` and ${dates.length - MAX_LISTED} more` : ''}`;

const STATE_TEXT: Readonly<Record<string, string>> = {
  'on-track': 'on track',
  'not-started': 'not started',
  'renewal-due': 'renewal due',
  unknown: 'unknown (ISMS006)',
};

const evidenceRow = (e: EvidenceStatus): (string | undefined)[] => [
  e.record.id,
  text(e.record, 'title'),
  e.controls.join(', '),
  e.validity.effective,
  e.validity.validUntil ?? (e.validity.state === 'unknown' ? undefined : 'no end'),
  STATE_TEXT[e.validity.state] ?? e.validity.state,
];

/**
 * The section, for the period after `from` (the last review; the start of the ISMS when undefined) up to
 * and including `today`.
 */
export function monitoringSection(ws: CycleSource, from: string | undefined, today: string): string[] {
  const ops = ismsControlOperations(ws, today);
  const first = from === undefined ? MIN_DATE : plusDays(from, 1);
  let due = 0;
  let proven = 0;
  const activityRows = ops.activities.map((a) => {
    const rec = a.record;
    const occurrences = a.plan ? occurrencesWithProof(a.plan, a.evidence, first, today, today) : [];
    const open = occurrences.filter((o) => !o.proof).map((o) => o.date);
    due += occurrences.length;
    proven += occurrences.length - open.length;
    return [
      rec.id,
      text(rec, 'title'),
      ids(rec, 'controls').join(', '),
      a.schedule ? scheduleText(a.schedule) : undefined,
      a.plan ? occurrences.length : undefined,
      a.plan ? occurrences.length - open.length : undefined,
      a.plan ? listed(open) : undefined,
      STATE_TEXT[a.state] ?? a.state,
    ];
  });
  const effective = ops.evidence
    .filter((e) => {
      const d = e.validity.effective;
      return d !== undefined && d >= first && d <= today;
    })
    .sort(
      (a, b) =>
        (a.validity.effective ?? '').localeCompare(b.validity.effective ?? '') || (a.record.id ?? '').localeCompare(b.record.id ?? ''),
    );
  const attention = evidenceRenewals(ops, ws.config.evidence.warnDays).filter(
    (r) => r.evidence.validity.state === 'expired' || r.evidence.validity.state === 'renewal-due',
  );
  const unreadable = ops.evidence.filter((e) => e.validity.state === 'unknown').length;
  return [
    '### Controls in operation (9.1)',
    '',
    `Recurring control activities: ${ops.activities.length}; occurrences due in the period: ${due}, **${proven} proven** by evidence, **${due - proven} not proven**.`,
    '',
    ...table(
      ['Activity', 'Title', 'Controls', 'Schedule', 'Due in period', 'Proven', 'Not proven (due dates)', 'State today'],
      activityRows,
    ),
    '',
    `#### Evidence effective in the period (${effective.length})`,
    '',
    ...table(['Evidence', 'Title', 'Controls', 'Effective', 'Valid until', 'State today'], effective.map(evidenceRow)),
    '',
    `#### Evidence expired or with renewal due (${attention.length})`,
    '',
    'Evidence of an activity is renewed by the activity’s next occurrence (above); expired evidence whose controls all have current evidence again is left out.',
    '',
    ...table(
      ['Evidence', 'Title', 'Controls', 'Effective', 'Valid until', 'State today'],
      attention.map((r) => evidenceRow(r.evidence)),
    ),
    ...(unreadable ? ['', `Evidence whose validity cannot be read (ISMS006, ISMS002): ${unreadable}.`] : []),
  ];
}
