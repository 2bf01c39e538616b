/**
 * The review pack's sections on documented information: the document register (7.5, A.5.1) and the
 * fulfilment of the information security objectives (9.3.2 d 4). Both read the core's one computation
 * (`documentRegister`, `documentReview`, the objective results), never a copy of their own.
 */
import type { CycleSource } from '../cycle/cycle';
import { documentRegister, REVIEW_DUE_SOON_DAYS, type DocumentEntry } from '../documents/register';
import { latestResult, meetsTarget, objectiveResults, type ObjectiveResult } from '../documents/objectives';
import { date, text } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { mdTable } from './markdown';

const table = (head: readonly string[], rows: readonly (string | number | undefined)[][]): string[] =>
  rows.length === 0 ? ['None.'] : mdTable(head, rows);

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The next review as the register sees it: the date, and "overdue" or "due soon" beside it. */
function nextReview(e: DocumentEntry): string | undefined {
  const { next, state } = e.review;
  if (state === 'undated') return 'no approval date';
  if (state !== 'ok' && state !== 'due-soon' && state !== 'overdue') return undefined;
  return state === 'overdue' ? `${next} (overdue)` : state === 'due-soon' ? `${next} (due soon)` : next;
}

/** The share of the audience that acknowledged the current version, when the register knows it. */
export function acknowledgementRate(e: DocumentEntry): string | undefined {
  const a = e.acknowledgement;
  if (!a || a.expected <= 0) return undefined;
  return `${Math.round((100 * a.acknowledged) / a.expected)} % (${a.acknowledged} of ${a.expected})`;
}

/** The document register: every document, its approval, its next review and its acknowledgement. */
export function documentRegisterSection(ws: CycleSource, today: string): string[] {
  const entries = documentRegister(ws, today);
  if (entries.length === 0) return ['No document records (policies, procedures… with `isms: document` front matter).'];
  const count = (pred: (e: DocumentEntry) => boolean): number => entries.filter(pred).length;
  const summary = [
    plural(entries.length, 'document'),
    `${count((e) => e.status === 'approved')} approved`,
    `${count((e) => e.awaitingApproval)} awaiting approval`,
    `**${count((e) => e.review.state === 'overdue')} review overdue**`,
    `${count((e) => e.review.state === 'due-soon')} due for review within ${REVIEW_DUE_SOON_DAYS} days`,
  ];
  return [
    `${summary.join(', ')}.`,
    '',
    ...table(
      ['Document', 'Title', 'Version', 'Status', 'Approved', 'Next review', 'Acknowledged'],
      entries.map((e) => [
        e.record.id,
        text(e.record, 'title'),
        text(e.record, 'version'),
        e.status,
        date(e.record, 'approved'),
        nextReview(e),
        acknowledgementRate(e),
      ]),
    ),
  ];
}

const BARS = '▁▂▃▄▅▆▇█';
/** How many results the trend shows. */
export const TREND_RESULTS = 4;

/** A text sparkline of values, lowest ▁ to highest █ (all equal: a flat middle line). */
export function sparkline(values: readonly number[]): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((v) => BARS[max === min ? 3 : Math.round(((v - min) / (max - min)) * (BARS.length - 1))]).join('');
}

/** The results measured up to today, oldest first (a result written ahead does not count yet). */
function resultsUpTo(rec: IsmsRecord, today: string): ObjectiveResult[] {
  return objectiveResults(rec)
    .filter((r) => r.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index);
}

/** The trend of the last results, and whether the last change moved towards the target or away from it. */
export function objectiveTrend(results: readonly ObjectiveResult[], direction: unknown): string {
  if (results.length === 0) return 'no result yet';
  if (results.length === 1) return 'one result, no trend yet';
  const last = results.slice(-TREND_RESULTS).map((r) => r.value);
  const delta = last[last.length - 1] - last[last.length - 2];
  // better or worse against the target's direction: a falling click rate is better when the target is at most
  const word = delta === 0 ? 'steady' : (direction === 'at-most' ? delta < 0 : delta > 0) ? 'better' : 'worse';
  return `${sparkline(last)} ${last.map(number).join(' → ')} (${word})`;
}

const number = (v: number): string => String(Number(v.toPrecision(12)));

function withUnit(value: number, unit: string | undefined): string {
  if (!unit) return number(value);
  return unit === '%' ? `${number(value)} %` : `${number(value)} ${unit}`;
}

/** `≥ 90 %`, `≤ 0` — the target as the objective states it. */
function targetText(rec: IsmsRecord): string | undefined {
  const target = rec.data.target;
  if (typeof target !== 'number' || !Number.isFinite(target)) return undefined;
  return `${rec.data.direction === 'at-most' ? '≤' : '≥'} ${withUnit(target, text(rec, 'unit'))}`;
}

/** 9.3.2 d 4: per objective the target, the latest result, met or missed, and the trend of the last results. */
export function objectivesSection(ws: CycleSource, today: string): string[] {
  const objectives = ws.records('objective');
  if (objectives.length === 0) return ['No objective records (6.2): bring the objectives and their results to the review.'];
  let met = 0;
  let missed = 0;
  const rows = objectives.map((rec) => {
    const latest = latestResult(rec, today);
    const target = rec.data.target;
    const hasTarget = typeof target === 'number' && Number.isFinite(target);
    const outcome = !latest
      ? 'no result'
      : !hasTarget
        ? 'no target'
        : meetsTarget(latest.value, target, rec.data.direction)
          ? 'met'
          : 'missed';
    if (outcome === 'met') met++;
    if (outcome === 'missed') missed++;
    return [
      rec.id,
      text(rec, 'title') ?? text(rec, 'objective'),
      text(rec, 'owner'),
      targetText(rec),
      latest ? `${withUnit(latest.value, text(rec, 'unit'))} (${latest.date})` : undefined,
      outcome,
      objectiveTrend(resultsUpTo(rec, today), rec.data.direction),
    ];
  });
  return [
    `${plural(objectives.length, 'objective')}: the latest result meets the target for ${met}, **misses it for ${missed}**, ` +
      `${objectives.length - met - missed} without a result or target to compare.`,
    '',
    ...table(['Objective', 'Title', 'Owner', 'Target', 'Latest result', 'Met', 'Trend (last results)'], rows),
  ];
}
