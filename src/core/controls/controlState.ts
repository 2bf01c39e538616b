/**
 * One state per applicable control (issue 18.4; ISO 27001 6.1.3 d, 8.1, 9.1): what the product knows
 * about a control — its Statement of Applicability entry, the documents that implement it, its evidence
 * and recurring activities (operation.ts), the last internal audit that covered it (cycle/coverage.ts)
 * and the open corrective actions that concern it — folded into the one state an auditor asks about
 * ("does anything show it operates?"), with the reasons. The Controls view and `isms report controls`
 * both read `controlsOverview`; docs/format.md "Control states" describes the states.
 */
import { caState, type CaState } from '../cycle/state';
import { standardsCoverage, type AuditRef } from '../cycle/coverage';
import { expectedControls, soaStatus, soaStandards, type SoaSource } from '../documents/soa';
import { canonicalId } from '../model/catalogues';
import { ids, text } from '../model/fields';
import type { IsmsRecord, Location } from '../model/types';
import { findingOf } from '../people/departments';
import type { ActivityState, ActivityStatus } from './activities';
import type { EvidenceState } from './evidence';
import { ismsControlOperations, type ControlOperation, type EvidenceStatus } from './operation';
import type { CycleSource } from '../cycle/cycle';

/**
 * Worst first; the first that applies wins:
 * - `failing`: an activity for the control is overdue, or its evidence has expired and nothing replaced it
 *   (no valid evidence, no activity on track or due);
 * - `not-shown`: nothing shows it operates — no valid evidence and no activity on track or due — and
 *   `evidence.expected-for` expects evidence for it (all controls unless it lists some; ISMS966);
 * - `attention`: it is shown to operate, but something is to do: the only valid evidence needs renewal
 *   (and no activity on track renews it), an activity falls due today, the SoA says the implementation is
 *   partial, planned or does not say, or an open corrective action concerns the control;
 * - `not-tracked`: as `not-shown`, for a control `evidence.expected-for` does not list: the team tracks
 *   evidence for other controls first, so nothing is missing yet, but nothing shows it operates either;
 * - `operating`: valid evidence or an activity on track, implemented, no open corrective action.
 */
export type ControlState = 'failing' | 'not-shown' | 'attention' | 'not-tracked' | 'operating';
export const CONTROL_STATES: readonly ControlState[] = ['failing', 'not-shown', 'attention', 'not-tracked', 'operating'];

/** One thing known about a control; `weighs` is the state it leads to, none for a note. */
export interface ControlReason {
  weighs?: ControlState;
  text: string;
}

/** What decides the state, as plain facts (the unit tests build these directly). */
export interface ControlFacts {
  /** `implementation:` of the SoA entry as written (lower case); undefined when it does not say */
  implementation?: string;
  evidence: readonly { id: string; state: EvidenceState; validUntil?: string; effective?: string; daysLeft?: number }[];
  activities: readonly { id: string; state: ActivityState; lastDue?: string; next?: string; daysOverdue?: number }[];
  correctiveActions: readonly { id: string; state: CaState; due?: string }[];
  documents: readonly string[];
  lastAudit?: { id: string; date: string };
  plannedAudit?: { id: string; date: string };
  /** false when `evidence.expected-for` lists other controls and not this one (default: expected) */
  expected?: boolean;
}

const worst = (reasons: readonly ControlReason[]): ControlState =>
  CONTROL_STATES.find((s) => reasons.some((r) => r.weighs === s)) ?? 'operating';
const named = (id: string): string => id || '(no id)';

function operationReasons(f: ControlFacts): ControlReason[] {
  const out: ControlReason[] = [];
  const valid = f.evidence.filter((e) => e.state === 'current' || e.state === 'renewal-due');
  const running = f.activities.filter((a) => a.state === 'on-track' || a.state === 'due');
  const onTrack = f.activities.some((a) => a.state === 'on-track');
  for (const a of f.activities) {
    if (a.state === 'overdue')
      out.push({
        weighs: 'failing',
        text: `activity ${named(a.id)} overdue: the occurrence due ${a.lastDue} is not proven (${a.daysOverdue} days)`,
      });
    else if (a.state === 'due') out.push({ weighs: 'attention', text: `activity ${named(a.id)} falls due today (${a.lastDue})` });
    else if (a.state === 'on-track') out.push({ weighs: 'operating', text: `activity ${named(a.id)} on track, next due ${a.next}` });
    else if (a.state === 'not-started') out.push({ text: `activity ${named(a.id)} not started, first due ${a.next}` });
    else out.push({ text: `activity ${named(a.id)}: schedule or start unreadable` });
  }
  const nothingValid = valid.length === 0 && running.length === 0;
  for (const e of f.evidence) {
    if (e.state === 'current')
      out.push({ weighs: 'operating', text: `evidence ${named(e.id)} current${e.validUntil ? ` until ${e.validUntil}` : ''}` });
    else if (e.state === 'renewal-due') {
      // an activity on track renews it; a second current piece replaces it
      const alone = !onTrack && !valid.some((v) => v.state === 'current');
      out.push({
        weighs: alone ? 'attention' : 'operating',
        text: `evidence ${named(e.id)} renewal due: valid until ${e.validUntil} (${e.daysLeft} days)`,
      });
    } else if (e.state === 'expired')
      out.push({ ...(nothingValid ? { weighs: 'failing' as const } : {}), text: `evidence ${named(e.id)} expired on ${e.validUntil}` });
    else if (e.state === 'future') out.push({ text: `evidence ${named(e.id)} effective ${e.effective}, after today: not evidence yet` });
    else out.push({ text: `evidence ${named(e.id)}: effective date or validity unreadable` });
  }
  if (nothingValid)
    out.push(
      f.expected === false
        ? {
            weighs: 'not-tracked',
            text: 'no current evidence and no recurring activity on track; not expected yet (evidence.expected-for)',
          }
        : { weighs: 'not-shown', text: 'no current evidence and no recurring activity on track' },
    );
  return out;
}

/** The state and the reasons, worst first (notes last); pure. */
export function controlState(f: ControlFacts): { state: ControlState; reasons: ControlReason[] } {
  const reasons = operationReasons(f);
  const impl = f.implementation;
  if (impl === undefined) reasons.push({ weighs: 'attention', text: 'the SoA does not say whether it is implemented' });
  else if (impl !== 'implemented') reasons.push({ weighs: 'attention', text: `implementation ${impl} (SoA)` });
  for (const ca of f.correctiveActions)
    reasons.push({
      weighs: 'attention',
      text: `corrective action ${named(ca.id)} ${ca.state.replace('-', ' ')}${ca.due ? `, due ${ca.due}` : ''}`,
    });
  reasons.push({ text: f.documents.length ? `implemented by ${f.documents.join(', ')}` : 'no implementing document' });
  if (f.lastAudit) reasons.push({ text: `last internal audit ${named(f.lastAudit.id)} on ${f.lastAudit.date}` });
  else reasons.push({ text: 'no internal audit covered it this cycle' });
  if (f.plannedAudit) reasons.push({ text: `internal audit ${named(f.plannedAudit.id)} planned ${f.plannedAudit.date}` });
  const rank = (r: ControlReason): number => (r.weighs ? CONTROL_STATES.indexOf(r.weighs) : CONTROL_STATES.length);
  return {
    state: worst(reasons),
    reasons: reasons
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
      .map((x) => x.r),
  };
}

/**
 * The controls a corrective action concerns: the `ref:` of the finding it answers, and the `controls:` of
 * the incident it answers (its `source:`, or the incident whose `corrective-action:` names it). Canonical ids.
 */
export function correctiveActionControls(source: CycleSource, ca: IsmsRecord): string[] {
  const out = new Set<string>();
  const finding = findingOf(source, ca);
  const ref = finding && text(finding, 'ref');
  if (ref) out.add(canonicalId(ref));
  const from = text(ca, 'source');
  for (const incident of source.records('incident'))
    if ((from !== undefined && incident.id === from) || (ca.id !== undefined && text(incident, 'corrective-action') === ca.id))
      for (const id of ids(incident, 'controls')) if (id) out.add(canonicalId(id));
  return [...out];
}

export interface ControlOverview {
  id: string;
  title: string;
  /** the catalogue's group: the Annex A theme for ISO/IEC 27001 */
  group?: string;
  state: ControlState;
  reasons: ControlReason[];
  soa: IsmsRecord;
  implementation?: string;
  documents: string[];
  /** all evidence naming it (or its activity), newest effective first */
  evidence: EvidenceStatus[];
  activities: ActivityStatus[];
  lastAudit?: AuditRef;
  plannedAudit?: AuditRef;
  correctiveActions: { record: IsmsRecord; state: CaState }[];
}

export interface StandardControls {
  key: string;
  name: string;
  groups: { group: string; controls: ControlOverview[] }[];
}

export interface ControlsOverview {
  /** whether the folder has a Statement of Applicability at all */
  soa: boolean;
  standards: StandardControls[];
  location?: Location;
}

const GROUP_NAMES: Readonly<Record<string, string>> = {
  organizational: '5 Organizational controls',
  people: '6 People controls',
  physical: '7 Physical controls',
  technological: '8 Technological controls',
  controller: 'Annex A: PII controllers',
  processor: 'Annex B: PII processors',
};
/** How a catalogue group reads as a heading. */
export const groupName = (group: string): string => GROUP_NAMES[group] ?? group.charAt(0).toUpperCase() + group.slice(1);

const newestFirst = (a: EvidenceStatus, b: EvidenceStatus): number =>
  (b.validity.effective ?? '').localeCompare(a.validity.effective ?? '');

function openActionsByControl(source: CycleSource, today: string): Map<string, { record: IsmsRecord; state: CaState }[]> {
  const out = new Map<string, { record: IsmsRecord; state: CaState }[]>();
  for (const ca of source.records('corrective-action')) {
    const state = caState(ca, today);
    if (state === 'closed' || state === 'cancelled') continue;
    for (const c of correctiveActionControls(source, ca)) out.set(c, [...(out.get(c) ?? []), { record: ca, state }]);
  }
  return out;
}

function factsOf(
  op: ControlOperation | undefined,
  cas: { record: IsmsRecord; state: CaState }[],
): Omit<ControlFacts, 'documents' | 'implementation'> {
  return {
    evidence: (op?.evidence ?? []).map((e) => ({ id: e.record.id ?? '', ...e.validity })),
    activities: (op?.activities ?? []).map((a) => ({
      id: a.record.id ?? '',
      state: a.state,
      lastDue: a.lastDue?.date,
      next: a.next,
      daysOverdue: a.daysOverdue,
    })),
    correctiveActions: cas.map((c) => ({ id: c.record.id ?? '', state: c.state, due: text(c.record, 'due') })),
  };
}

/** Every applicable control of the SoA, per standard with controls (ISO/IEC 27001, 27701), by catalogue group, in catalogue order. */
export function controlsOverview(
  source: CycleSource & SoaSource & { config: { evidence: { warnDays: number; expectedFor?: readonly string[] } } },
  today: string,
): ControlsOverview {
  const soa = soaStatus(source);
  const ops = ismsControlOperations(source, today);
  const cas = openActionsByControl(source, today);
  const listed = source.config.evidence.expectedFor === undefined ? undefined : new Set(source.config.evidence.expectedFor);
  const coverage = new Map(standardsCoverage(source, today).flatMap((s) => s.entries.map((e) => [e.id, e] as const)));
  const standards: StandardControls[] = [];
  for (const standard of soaStandards(source.config)) {
    const groups = new Map<string, ControlOverview[]>();
    for (const entry of expectedControls(standard)) {
      const s = soa.byControl.get(entry.id);
      if (s?.applicable !== true) continue;
      const op = ops.byControl.get(entry.id);
      const audited = coverage.get(entry.id);
      const lastAudit = audited?.audits[audited.audits.length - 1];
      const own = cas.get(entry.id) ?? [];
      const facts: ControlFacts = {
        ...factsOf(op, own),
        implementation: s.implementation,
        documents: s.documents,
        ...(lastAudit ? { lastAudit } : {}),
        ...(audited?.planned ? { plannedAudit: audited.planned } : {}),
        expected: !listed || listed.has(entry.id),
      };
      const { state, reasons } = controlState(facts);
      const group = entry.group ?? '';
      groups.set(group, [
        ...(groups.get(group) ?? []),
        {
          id: entry.id,
          title: entry.title,
          ...(entry.group ? { group: entry.group } : {}),
          state,
          reasons,
          soa: s.record,
          ...(s.implementation ? { implementation: s.implementation } : {}),
          documents: s.documents,
          evidence: [...(op?.evidence ?? [])].sort(newestFirst),
          activities: op?.activities ?? [],
          ...(lastAudit ? { lastAudit } : {}),
          ...(audited?.planned ? { plannedAudit: audited.planned } : {}),
          correctiveActions: own,
        },
      ]);
    }
    if (groups.size)
      standards.push({ key: standard.key, name: standard.name, groups: [...groups].map(([group, controls]) => ({ group, controls })) });
  }
  return { soa: soa.present, standards, ...(soa.location ? { location: soa.location } : {}) };
}

/** How many controls are in each state. */
export function stateCounts(overview: ControlsOverview): Record<ControlState, number> {
  const counts: Record<ControlState, number> = { failing: 0, 'not-shown': 0, attention: 0, 'not-tracked': 0, operating: 0 };
  for (const s of overview.standards) for (const g of s.groups) for (const c of g.controls) counts[c.state]++;
  return counts;
}
