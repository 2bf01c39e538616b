/**
 * The management review pack: one document with the ISO/IEC 27001:2022 9.3.2 inputs the engine can
 * fill from the records — the status of actions from the previous review (a), nonconformities and
 * corrective actions (d 1), monitoring and measurement — controls in operation (9.1) and awareness results (d 2), audit results
 * (d 3), fulfilment of the objectives (d 4), risk assessment and treatment (f), the document register and
 * the changes since the last review — and the inputs top
 * management has to bring itself, listed as such. Covers the period since the last held review.
 */
import { countsContradict, formatRate, phishingTotals, phishingTrend, phishingTrendSummary } from '../awareness/phishing';
import { cycleMilestones, type CycleSource } from '../cycle/cycle';
import { plusMonths } from '../dates';
import { auditState, caState, isClosedCorrectiveAction, isOpenCorrectiveAction, lastHeldReview } from '../cycle/state';
import { date, ids, list, text } from '../model/fields';
import { REVIEW_INPUTS } from '../model/reviewInputs';
import type { IsmsRecord } from '../model/types';
import { standardsCoverage } from '../cycle/coverage';
import { coverageMarkdown } from './coverage';
import { documentRegisterSection, objectivesSection } from './reviewPackDocuments';
import { monitoringSection } from './reviewPackControls';
import { htmlDocument, mdTable, mdText } from './markdown';

const CLOSED_RISK = new Set(['closed', 'treated', 'accepted', 'retired', 'avoided']);
/** the inputs this pack fills from records; the others are left to the people in the room */
const FILLED = new Set(['previous-actions', 'nonconformities', 'monitoring-measurement', 'audit-results', 'risk-assessment']);

/** A table of the pack; an empty one says so in words. */
const table = (head: readonly string[], rows: readonly (string | number | undefined)[][]): string[] =>
  rows.length === 0 ? ['None.'] : mdTable(head, rows);

const percent = (part: number, whole: number): string => (whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : '—');
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const since = (d: string | undefined, from: string | undefined, today: string): boolean =>
  d !== undefined && (from === undefined || d > from) && d <= today;

export interface ReviewPack {
  title: string;
  markdown: string;
  html: string;
}

function previousActions(last: IsmsRecord | undefined): string[] {
  if (!last) return ['No management review has been held yet.'];
  const actions = list(last, 'actions').filter(
    (a): a is Record<string, unknown> => a !== null && typeof a === 'object' && !Array.isArray(a),
  );
  const str = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  return [
    `Actions of ${mdText(last.id ?? 'the last review')} (${date(last, 'date')}):`,
    '',
    ...table(
      ['Action', 'What', 'Owner', 'Due', 'Status'],
      actions.map((a) => [str(a.id), str(a.text) ?? str(a.title), str(a.owner), str(a.due), str(a.status) ?? 'open']),
    ),
  ];
}

function nonconformities(ws: CycleSource, from: string | undefined, today: string): string[] {
  const findings = ws.records('finding').filter((f) => {
    const parent = f.parentId
      ? [...ws.records('internal-audit'), ...ws.records('external-audit')].find((r) => r.id === f.parentId)
      : undefined;
    const when = parent ? (date(parent, 'performed') ?? date(parent, 'date') ?? date(parent, 'planned')) : undefined;
    return when === undefined || since(when, from, today);
  });
  const byType = new Map<string, number>();
  for (const f of findings) byType.set(text(f, 'type') ?? 'unclassified', (byType.get(text(f, 'type') ?? 'unclassified') ?? 0) + 1);
  const cas = ws.records('corrective-action');
  const open = cas.filter(isOpenCorrectiveAction);
  const overdue = open.filter((ca) => caState(ca, today) === 'overdue');
  const cancelled = cas.filter((ca) => caState(ca, today) === 'cancelled').length;
  // neither open nor closed: said apart, so the totals add up and nothing is counted as what it may not be
  const unknown = cas.filter((ca) => caState(ca, today) === 'unknown').length;
  const apart = [cancelled && `${cancelled} cancelled`, unknown && `${unknown} with a status that cannot be read (ISMS006)`].filter(
    Boolean,
  );
  return [
    `Findings of audits since the last review: ${findings.length}${
      byType.size
        ? ` (${[...byType]
            .sort()
            .map(([t, n]) => `${mdText(t)} ${n}`)
            .join(', ')})`
        : ''
    }.`,
    '',
    `Corrective actions: ${cas.length} recorded, **${open.length} open**, **${overdue.length} overdue**${apart.length ? `, ${apart.join(', ')}` : ''}.`,
    '',
    '### Open corrective actions',
    '',
    ...table(
      ['Action', 'Title', 'Source', 'Owner', 'Due', 'Status', 'State'],
      open
        .sort((a, b) => (date(a, 'due') ?? '9999').localeCompare(date(b, 'due') ?? '9999'))
        .map((ca) => [
          ca.id,
          text(ca, 'title'),
          text(ca, 'source'),
          text(ca, 'owner'),
          date(ca, 'due'),
          text(ca, 'status') ?? 'open',
          caState(ca, today),
        ]),
    ),
  ];
}

const LEFT_OUT = 'with more clicks or reports than messages left out';

function awareness(ws: CycleSource, from: string | undefined, today: string): string[] {
  const records = ws.records('awareness').filter((r) => since(date(r, 'date'), from, today));
  const others = records.filter((r) => text(r, 'type') !== 'phishing-simulation');
  // the trend covers the review period and at least the last twelve months, so a direction shows
  const trendFrom = [from, plusMonths(today, -12)].filter((d): d is string => d !== undefined).sort()[0];
  const trend = phishingTrend(ws, today, trendFrom);
  const inPeriod = trend.filter((p) => since(p.date, from, today));
  // simulations whose counts contradict each other (ISMS006) stay out of the overall rates
  const totals = phishingTotals(inPeriod);
  const sent = totals.sent;
  const leftOut = inPeriod.filter(countsContradict).length;
  const summary = phishingTrendSummary(trend);
  return [
    '### Awareness results (7.3)',
    '',
    inPeriod.length
      ? `Phishing simulations: ${inPeriod.length}; overall click rate **${percent(totals.clicked, sent)}**, ` +
        `report rate **${percent(totals.reported, sent)}** (${sent} messages sent${leftOut ? `; ${leftOut} ${LEFT_OUT}` : ''}).`
      : 'No phishing simulation in the period.',
    '',
    ...(trend.length
      ? [
          `#### Phishing simulations since ${trendFrom}`,
          '',
          ...table(
            ['Date', 'Simulation', 'Title', 'Sent', 'Clicked', 'Click rate', 'Reported', 'Report rate'],
            trend.map((p) => [
              p.date,
              p.id,
              p.title,
              p.sent,
              p.clicked,
              p.clickRate === undefined ? undefined : formatRate(p.clickRate),
              p.reported,
              p.reportRate === undefined ? undefined : formatRate(p.reportRate),
            ]),
          ),
          '',
          mdText(`Trend: ${summary ?? 'fewer than two measured simulations, no trend yet.'}`),
          '',
        ]
      : []),
    'Training and other awareness activities:',
    '',
    ...table(
      ['Activity', 'Title', 'Type', 'Date', 'Attendees'],
      others.map((r) => [r.id, text(r, 'title'), text(r, 'type'), date(r, 'date'), num(r.data.attendees)]),
    ),
  ];
}

function auditResults(ws: CycleSource, from: string | undefined, today: string): string[] {
  const audits = ws
    .records('internal-audit')
    .filter((a) => auditState(a, today) === 'done' && since(date(a, 'performed') ?? date(a, 'planned'), from, today));
  const findingsOf = (a: IsmsRecord): IsmsRecord[] => ws.records('finding').filter((f) => f.parentId !== undefined && f.parentId === a.id);
  const kinds = (fs: IsmsRecord[]): string => {
    const counts = new Map<string, number>();
    for (const f of fs) counts.set(text(f, 'type') ?? 'unclassified', (counts.get(text(f, 'type') ?? 'unclassified') ?? 0) + 1);
    return [...counts]
      .sort()
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
  };
  const external = cycleMilestones(ws, today).filter(
    (m) => m.type !== 'management-review' && m.type !== 'certificate-expiry' && m.status === 'done' && since(m.date, from, today),
  );
  const notDone = ws.records('internal-audit').filter((a) => auditState(a, today) === 'overdue');
  return [
    `Internal audits performed since the last review: ${audits.length}.`,
    '',
    ...table(
      ['Audit', 'Title', 'Performed', 'Scope', 'Findings'],
      audits
        .sort((a, b) => (date(a, 'performed') ?? '').localeCompare(date(b, 'performed') ?? ''))
        .map((a) => [
          a.id,
          text(a, 'title'),
          date(a, 'performed') ?? date(a, 'planned'),
          ids(a, 'scope').join(', '),
          kinds(findingsOf(a)) || 'none',
        ]),
    ),
    '',
    `External audits since the last review: ${external.length ? external.map((m) => `${mdText(m.label)} (${m.date})`).join('; ') : 'none'}.`,
    '',
    `Planned internal audits now overdue: ${notDone.length ? notDone.map((a) => mdText(a.id ?? text(a, 'title') ?? '?')).join(', ') : 'none'}.`,
  ];
}

/** Internal-audit coverage of each listed standard over the certification cycle: what the programme still owes. */
function cycleCoverage(ws: CycleSource, today: string): string[] {
  const coverage = standardsCoverage(ws, today);
  const from = coverage[0]?.from;
  return [
    '## Internal-audit coverage per standard this cycle (9.2.2, 9.3.2 d 3)',
    '',
    from
      ? `Done internal audits since the start of the certification cycle on ${from}.`
      : 'Done internal audits up to today (isms.yaml records no certification cycle).',
    '',
    ...coverageMarkdown(coverage, 'summary'),
  ];
}

function risks(ws: CycleSource): string[] {
  const open = ws
    .records('risk')
    .filter((r) => !CLOSED_RISK.has((text(r, 'status') ?? 'open').toLowerCase()))
    .map((r) => ({ r, score: (num(r.data.likelihood) ?? 0) * (num(r.data.impact) ?? 0) }))
    .sort((a, b) => b.score - a.score || (a.r.id ?? '').localeCompare(b.r.id ?? ''));
  return [
    `Open risks: ${open.length}.`,
    '',
    ...table(
      ['Risk', 'Title', 'Owner', 'Score', 'Treatment', 'Status'],
      open.map(({ r, score }) => [
        r.id,
        text(r, 'title'),
        text(r, 'owner'),
        score || undefined,
        text(r, 'treatment'),
        text(r, 'status') ?? 'open',
      ]),
    ),
  ];
}

function changes(ws: CycleSource, from: string | undefined, today: string): string[] {
  const items: string[] = [];
  const add = (label: string, records: IsmsRecord[], field: string): void => {
    if (records.length === 0) return;
    records = [...records].sort((a, b) => (date(a, field) ?? '').localeCompare(date(b, field) ?? ''));
    items.push(
      `- ${label} (${records.length}): ${records.map((r) => [mdText(r.id ?? '?'), mdText(text(r, 'title') ?? ''), `(${date(r, field) ?? '—'})`].filter(Boolean).join(' ')).join('; ')}`,
    );
  };
  add(
    'Incidents detected',
    ws.records('incident').filter((r) => since(date(r, 'detected'), from, today)),
    'detected',
  );
  add(
    'Corrective actions raised',
    ws.records('corrective-action').filter((r) => since(date(r, 'raised'), from, today)),
    'raised',
  );
  add(
    'Corrective actions closed',
    ws
      .records('corrective-action')
      .filter((r) => isClosedCorrectiveAction(r) && since(date(r, 'closed') ?? date(r, 'updated'), from, today)),
    'updated',
  );
  add(
    'Risks reviewed',
    ws.records('risk').filter((r) => since(date(r, 'reviewed'), from, today)),
    'reviewed',
  );
  return items.length ? items : ['No recorded changes since the last review.'];
}

/** The pack as Markdown (and the same as a standalone HTML document). */
export function reviewPack(ws: CycleSource, today: string): ReviewPack {
  const last = lastHeldReview(ws, today)?.review;
  const from = last ? date(last, 'date') : undefined;
  const org = ws.config.organisation ?? 'ISMS';
  const title = `Management review pack — ${org} — ${today}`;
  // the objectives (9.3.2 d 4) are filled when there are objective records to fill them from
  const filled = (key: string): boolean => FILLED.has(key) || (key === 'objectives' && ws.records('objective').length > 0);
  const missing = REVIEW_INPUTS.filter((i) => !filled(i.key));
  const md = [
    `# ${mdText(title)}`,
    '',
    `Inputs to the management review (ISO/IEC 27001:2022 9.3.2), drawn from the ISMS records on ${today}. Period: ${from ? `since the last review on ${from} (${mdText(last?.id ?? '')})` : 'since the start of the ISMS (no review held yet)'}.`,
    '',
    '## 9.3.2 a — Status of actions from previous management reviews',
    '',
    ...previousActions(last),
    '',
    '## 9.3.2 d 1 — Nonconformities and corrective actions',
    '',
    ...nonconformities(ws, from, today),
    '',
    '## 9.3.2 d 2 — Monitoring and measurement results',
    '',
    ...monitoringSection(ws, from, today),
    '',
    ...awareness(ws, from, today),
    '',
    '## 9.3.2 d 3 — Audit results',
    '',
    ...auditResults(ws, from, today),
    '',
    ...cycleCoverage(ws, today),
    '',
    '## 9.3.2 d 4 — Fulfilment of information security objectives',
    '',
    ...objectivesSection(ws, today),
    '',
    '## 9.3.2 f — Risk assessment and status of the risk treatment plan',
    '',
    ...risks(ws),
    '',
    '## Documented information: the document register (7.5, A.5.1)',
    '',
    ...documentRegisterSection(ws, today),
    '',
    '## Changes since the last review',
    '',
    ...changes(ws, from, today),
    '',
    '## Inputs to be brought to the review',
    '',
    'The records cannot fill these; the ISMS manager and top management bring them:',
    '',
    ...missing.map((i) => `- ${i.clause}: ${i.title}`),
    '',
  ].join('\n');
  return { title, markdown: md, html: htmlDocument(title, md) };
}
