/**
 * Coverage of the certification cycle by internal audits: for each standard listed in `isms.yaml`
 * `standards:`, the entries an audit programme has to cover, and which done internal audits covered
 * each (when, by which audit) since the cycle started. Certifiable standards (ISO/IEC 27001, 27701,
 * ISO 22301) have a scope to cover; for a law (GDPR, POPIA) coverage is informational: the articles or
 * sections audits named. Pure data: the rule ISMS105, the tree, the calendar, `isms report coverage`
 * and the review pack all read it.
 */
import { lookupEntry, selfAndHeadings } from '../model/catalogues';
import { ISO27701 } from '../model/catalogues/iso27701';
import type { CatalogueEntry, EntryKind, StandardCatalogue } from '../model/catalogue';
import { ids, text } from '../model/fields';
import { listedCatalogues } from '../model/standards';
import type { IsmsRecord, Location, RecordKind } from '../model/types';
import { cycleStart, type CycleSource } from './cycle';
import { auditDate, auditState } from './state';

/** Whether a done audit counts for the window [from, to]: performed (else planned) inside it. */
function doneWithin(audit: IsmsRecord, from: string, to: string, today: string): boolean {
  if (auditState(audit, today) !== 'done') return false;
  const performed = auditDate(audit);
  return performed !== undefined && performed >= from && performed <= to;
}

/** Canonical ids (as the catalogue writes them) audited by done audits performed in [from, to]. */
export function auditedControls(audits: readonly IsmsRecord[], from: string, to: string, today: string): Map<string, IsmsRecord> {
  const audited = new Map<string, IsmsRecord>();
  for (const audit of audits) {
    if (!doneWithin(audit, from, to, today)) continue;
    for (const id of ids(audit, 'scope')) {
      const entry = lookupEntry(id)?.entry;
      if (entry) audited.set(entry.id, audit);
    }
  }
  return audited;
}

/** Audited itself, or a heading above it was (auditing 9.2 covers 9.2.1 and 9.2.2; A.5.1 never covers A.5.15). */
export function isAudited(id: string, audited: ReadonlyMap<string, unknown>): boolean {
  return selfAndHeadings(id).some((h) => audited.has(h));
}

/** The entries of one standard a certification audit programme must cover, and the SoA entries of its controls. */
export interface StandardScope {
  ids: string[];
  /** the SoA record of an applicable control: where diagnostics about it belong */
  soaEntry: ReadonlyMap<string, IsmsRecord>;
}

/** The controls of `standard` the Statement of Applicability names, and the applicable ones among them. */
function soaOf(
  ws: { records(kind: RecordKind): readonly IsmsRecord[] },
  standard: StandardCatalogue,
): { named: boolean; applicable: Map<string, IsmsRecord> } {
  let named = false;
  const applicable = new Map<string, IsmsRecord>();
  for (const s of ws.records('soa')) {
    const control = text(s, 'control');
    const hit = control ? lookupEntry(control) : undefined;
    if (!hit || hit.standard.key !== standard.key) continue;
    named = true;
    if (s.data.applicable === true) applicable.set(hit.entry.id, s);
  }
  return { named, applicable };
}

/**
 * What a certification audit programme must cover for one certifiable standard: its requirement
 * clauses and its controls — the applicable ones when the Statement of Applicability names controls of
 * the standard (ISO 27001 6.1.3 d), else all. For ISO/IEC 27701 the guidance clauses 7.n and 8.n go
 * with the Annex A controls A.7.n.* and Annex B controls B.8.n.* they explain: an organisation that is
 * only a PII controller has no processor clause to audit. A law has no scope (empty).
 */
export function standardScope(ws: { records(kind: RecordKind): readonly IsmsRecord[] }, standard: StandardCatalogue): StandardScope {
  if (!standard.certifiable) return { ids: [], soaEntry: new Map() };
  const { named, applicable } = soaOf(ws, standard);
  const auditable = standard.entries.filter((e) => e.auditable);
  const controls = auditable.filter((e) => e.kind === 'control' && (!named || applicable.has(e.id))).map((e) => e.id);
  const inScope = new Set(controls);
  for (const clause of auditable) if (clause.kind !== 'control' && clauseApplies(standard, clause, controls)) inScope.add(clause.id);
  return { ids: standard.entries.map((e) => e.id).filter((id) => inScope.has(id)), soaEntry: applicable };
}

/** A requirement clause is in scope, except ISO/IEC 27701's 7.n / 8.n when none of the controls they explain is. */
function clauseApplies(standard: StandardCatalogue, clause: CatalogueEntry, controls: readonly string[]): boolean {
  if (standard.key !== ISO27701.key) return true;
  const m = /^iso27701:([78])\.(\d+)$/.exec(clause.id);
  if (!m) return true;
  const annex = `iso27701:${m[1] === '7' ? 'A' : 'B'}.${m[1]}.${m[2]}.`;
  return controls.some((c) => c.startsWith(annex));
}

/** An internal audit as coverage names it. */
export interface AuditRef {
  /** '' for an audit without an id (the data rules report it) */
  id: string;
  /** performed date of a done audit, else its planned date */
  date: string;
  location: Location;
}

export interface CoverageEntry {
  id: string;
  title: string;
  kind: EntryKind;
  group?: string;
  related?: readonly string[];
  /** the done internal audits of the window whose scope covered it, oldest first */
  audits: AuditRef[];
  /** the earliest audit not yet done (planned, in progress or overdue) whose scope names it */
  planned?: AuditRef;
  /** its Statement of Applicability entry, for a control the SoA marks applicable */
  soa?: Location;
}

export type CoverageStatus = 'audited' | 'planned' | 'not-covered';

/** Audited this cycle, else planned (an audit still to do names it), else not covered. */
export const coverageStatus = (e: CoverageEntry): CoverageStatus => (e.audits.length ? 'audited' : e.planned ? 'planned' : 'not-covered');

export interface StandardCoverage {
  /** the catalogue key, e.g. `iso27001:2022` */
  key: string;
  name: string;
  /** false for a law: `entries` then holds what audits named, and nothing is "not yet audited" */
  certifiable: boolean;
  /** start of the window: the start of the certification cycle; absent without one (every audit counts) */
  from?: string;
  /** end of the window: today */
  to: string;
  /** in catalogue order */
  entries: CoverageEntry[];
  /** how many entries at least one done audit of the window covered */
  audited: number;
}

/** Done audits of the window and audits still to do, by the canonical ids their scope names. */
interface AuditIndex {
  done: Map<string, AuditRef[]>;
  planned: Map<string, AuditRef>;
}

function indexAudits(audits: readonly IsmsRecord[], from: string, today: string): AuditIndex {
  const index: AuditIndex = { done: new Map(), planned: new Map() };
  const sorted = audits
    .map((audit) => ({ audit, date: auditDate(audit) }))
    .filter((a): a is { audit: IsmsRecord; date: string } => a.date !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.audit.id ?? '').localeCompare(b.audit.id ?? ''));
  for (const { audit, date: when } of sorted) {
    const state = auditState(audit, today);
    const done = doneWithin(audit, from, today, today);
    if (!done && (state === 'done' || state === 'cancelled')) continue;
    const ref: AuditRef = { id: audit.id ?? '', date: when, location: { file: audit.file, range: audit.anchor } };
    for (const item of ids(audit, 'scope')) {
      const id = lookupEntry(item)?.entry.id;
      if (!id) continue;
      if (done) {
        const list = index.done.get(id) ?? [];
        if (!list.includes(ref)) list.push(ref);
        index.done.set(id, list);
      } else if (!index.planned.has(id)) index.planned.set(id, ref);
    }
  }
  return index;
}

function entryCoverage(entry: CatalogueEntry, index: AuditIndex, soa: IsmsRecord | undefined): CoverageEntry {
  const headings = selfAndHeadings(entry.id);
  const audits = [...new Set(headings.flatMap((h) => index.done.get(h) ?? []))].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const planned = headings
    .map((h) => index.planned.get(h))
    .filter((a): a is AuditRef => a !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  return {
    id: entry.id,
    title: entry.title,
    kind: entry.kind,
    ...(entry.group ? { group: entry.group } : {}),
    ...(entry.related ? { related: entry.related } : {}),
    audits,
    ...(planned ? { planned } : {}),
    ...(soa ? { soa: { file: soa.file, range: soa.anchor } } : {}),
  };
}

/**
 * Coverage of every standard `isms.yaml` lists (unknown keys skipped: the config rules report them),
 * over the current certification cycle: from its start (see `cycleStart`) to `today`.
 */
export function standardsCoverage(ws: CycleSource, today: string): StandardCoverage[] {
  const from = cycleStart(ws.config);
  const index = indexAudits(ws.records('internal-audit'), from ?? '0000-01-01', today);
  const out: StandardCoverage[] = [];
  for (const standard of listedCatalogues(ws.config.standards)) {
    const scope = standardScope(ws, standard);
    const inScope = new Set(scope.ids);
    const named = (e: CatalogueEntry): boolean => selfAndHeadings(e.id).some((h) => index.done.has(h) || index.planned.has(h));
    const entries = standard.entries
      .filter((e) => (standard.certifiable ? inScope.has(e.id) : named(e)))
      .map((e) => entryCoverage(e, index, scope.soaEntry.get(e.id)));
    out.push({
      key: standard.key,
      name: standard.name,
      certifiable: standard.certifiable,
      ...(from ? { from } : {}),
      to: today,
      entries,
      audited: entries.filter((e) => e.audits.length > 0).length,
    });
  }
  return out;
}
