/**
 * The custom requests of src/common/protocol.ts: data for the tree view, the status bar and the
 * pickers, and `isms/computeEdit`, which computes (never applies) the text edits of a command.
 */
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import {
  auditDate,
  auditProgramme,
  auditState,
  caState,
  cycleMilestones,
  daysBetween,
  monthOf,
  nextExternalAudit,
  plusMonthKey,
  reviewHeld,
  type IsmsRecord,
  type IsmsWorkspace,
  type Location,
} from '../core';
import { calendarModel, type CalendarModel } from '../core/calendar';
import { departmentSummaries } from '../core/people/departmentView';
import { awarenessOverview } from '../core/awareness/overview';
import type { AwarenessActivity } from '../core/awareness/gaps';
import type { TrainingStatus } from '../core/awareness/training';
import { coverageStatus, standardsCoverage } from '../core/cycle/coverage';
import { exportFileName, reviewPack, toICalendar } from '../core/export';
import { appendRegisterRecord, applyTextEdits, detectEol, EditError, newRecordFile, safeRecordFileName, setField, type TextEdit } from '../core/edit';
import { standardKeys } from '../core/model/standards';
import { textBasis } from '../common/textBasis';
import type {
  CalendarParams,
  ExportParams,
  ExportResult,
  ComputeEditResult,
  EditOperation,
  FileEdits,
  FindingSummary,
  FindingsWithoutCaParams,
  RecordLocation,
  RecordSummary,
  RecordsParams,
  StatusResult,
  TreeAwareness,
  TreeAwarenessActivity,
  TreeCorrectiveAction,
  TreeDepartment,
  TreePerson,
  TreeCoverageEntry,
  TreeResult,
  TreeStandardCoverage,
  TreeRoot,
} from '../common/protocol';
import { isInside, pathToUri, uriToPath } from './uris';
import { resolvesInside } from '../node/fsHost';
import type { WorkspaceManager } from './workspaceManager';

const loc = (l: Location): RecordLocation => ({ uri: pathToUri(l.file), range: l.range });
const recLoc = (r: IsmsRecord): RecordLocation => ({ uri: pathToUri(r.file), range: r.anchor });
const str = (r: IsmsRecord, key: string): string | undefined => {
  const v = r.data[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};
const titleOf = (r: IsmsRecord): string => str(r, 'title') ?? str(r, 'text') ?? r.id ?? r.kind;

/** The programme window: the whole cycle, and at least a year back and a year ahead of today; at most five years. */
const MAX_MONTHS = 60;
const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export function treeData(manager: WorkspaceManager, today: string): TreeResult {
  return { ready: manager.ready, roots: manager.workspaces().map((ws) => treeRoot(ws, today)) };
}

function treeRoot(ws: IsmsWorkspace, today: string): TreeRoot {
  const milestones = cycleMilestones(ws, today);
  const thisMonth = monthOf(today);
  const dates = milestones.filter((m) => m.type !== 'management-review').map((m) => monthOf(m.date)).sort();
  let from = [dates[0], plusMonthKey(thisMonth, -11)].filter((d): d is string => !!d).sort()[0];
  const to = [dates[dates.length - 1], plusMonthKey(thisMonth, 12)].filter((d): d is string => !!d).sort().reverse()[0];
  let months = monthIndex(to) - monthIndex(from) + 1;
  if (months > MAX_MONTHS) {
    from = [from, plusMonthKey(thisMonth, -(MAX_MONTHS - 13))].sort().reverse()[0];
    months = MAX_MONTHS;
  }
  const programme = auditProgramme(ws, from, months, today).map((m) => ({
    month: m.month,
    state: m.state,
    audits: m.audits.map((a) => ({ id: a.id ?? '', title: titleOf(a), date: auditDate(a), state: auditState(a, today), location: recLoc(a) })),
    ...(m.externalAudit ? { externalAudit: m.externalAudit } : {}),
  }));
  const correctiveActions: TreeRoot['correctiveActions'] = { overdue: [], dueSoon: [], open: [] };
  for (const ca of ws.records('corrective-action')) {
    const state = caState(ca, today);
    if (state === 'closed') continue;
    const item = treeCorrectiveAction(ca, state);
    (state === 'overdue' ? correctiveActions.overdue : state === 'due-soon' ? correctiveActions.dueSoon : correctiveActions.open).push(item);
  }
  for (const list of Object.values(correctiveActions)) list.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id));
  const managementReviews = ws
    .records('management-review')
    .map((r) => ({ id: r.id ?? '', title: titleOf(r), date: str(r, 'date'), status: str(r, 'status') ?? (reviewHeld(r, today) ? 'done' : 'planned'), location: recLoc(r) }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return {
    rootUri: pathToUri(ws.root),
    name: ws.config.organisation ?? path.basename(ws.root),
    today,
    standards: standardKeys(ws.config.standards),
    milestones: milestones.map((m) => ({ type: m.type, date: m.date, status: m.status, label: m.label, ...(m.location ? { location: loc(m.location) } : {}) })),
    programme,
    correctiveActions,
    managementReviews,
    departments: treeDepartments(ws, today),
    coverage: treeCoverage(ws, today),
    awareness: treeAwareness(ws, today),
  };
}

function treeCorrectiveAction(ca: IsmsRecord, state: TreeCorrectiveAction['state']): TreeCorrectiveAction {
  return { id: ca.id ?? '', title: titleOf(ca), status: str(ca, 'status') ?? 'open', due: str(ca, 'due'), owner: str(ca, 'owner'), state, location: recLoc(ca) };
}

/** The per-department view (5.3): the core's summaries as plain JSON for the tree. */
function treeDepartments(ws: IsmsWorkspace, today: string): TreeDepartment[] {
  return departmentSummaries(ws, today).map((s) => ({
    id: s.department.id,
    ...(s.department.owner ? { owner: s.department.owner } : {}),
    location: { uri: pathToUri(ws.config.file), range: s.department.range },
    correctiveActions: s.correctiveActions.map(({ ca, state }) => treeCorrectiveAction(ca, state)),
    ownedControls: s.department.owns.length,
    ...(s.unauditedControls ? { unauditedControls: s.unauditedControls } : {}),
    trainingOverdue: s.trainingOverdue.map(treePerson),
  }));
}

const treePerson = (t: TrainingStatus): TreePerson => ({
  id: t.person.id ?? '',
  name: str(t.person, 'name') ?? t.person.id ?? '',
  ...(t.due ? { due: t.due } : {}),
  basis: t.basis,
  location: recLoc(t.person),
});

const treeActivity = (a: AwarenessActivity): TreeAwarenessActivity => ({
  id: a.record.id ?? '',
  title: titleOf(a.record),
  ...(str(a.record, 'type') ? { type: str(a.record, 'type') } : {}),
  date: a.date,
  location: recLoc(a.record),
});

/** The Awareness branch (7.3, A.6.3): the core's overview as plain JSON for the tree. */
function treeAwareness(ws: IsmsWorkspace, today: string): TreeAwareness {
  const o = awarenessOverview(ws, today);
  return {
    cadenceMonths: o.cadenceMonths,
    cadenceMet: o.cadenceMet,
    ...(o.lastActivity ? { lastActivity: treeActivity(o.lastActivity) } : {}),
    months: o.months.map((m) => ({ month: m.month, activities: m.activities.map(treeActivity), gap: m.gap, current: m.current })),
    phishing: o.phishing.map(({ file, line, id, title, ...counts }) => ({
      id: id ?? '',
      title: title ?? id ?? 'phishing simulation',
      ...counts,
      // a simulation is known by its anchor line; the tree opens it at the line's start
      location: { uri: pathToUri(file), range: { start: { line, character: 0 }, end: { line, character: 0 } } },
    })),
    ...(o.phishingSummary ? { phishingTrend: o.phishingSummary } : {}),
    ...(o.trainingOverdue ? { trainingOverdue: o.trainingOverdue.map(treePerson) } : {}),
  };
}

/** The Coverage branch: per listed standard, each entry's status and the audit that covered (or will cover) it. */
function treeCoverage(ws: IsmsWorkspace, today: string): TreeStandardCoverage[] {
  return standardsCoverage(ws, today).map((c) => ({
    key: c.key,
    name: c.name,
    certifiable: c.certifiable,
    ...(c.from ? { from: c.from } : {}),
    audited: c.audited,
    total: c.entries.length,
    entries: c.entries.map((e): TreeCoverageEntry => {
      const audit = e.audits[e.audits.length - 1] ?? e.planned;
      return {
        id: e.id,
        title: e.title,
        status: coverageStatus(e),
        ...(audit ? { audit: { id: audit.id, date: audit.date, location: loc(audit.location) } } : {}),
        ...(e.related ? { related: e.related } : {}),
      };
    }),
  }));
}

export function statusData(manager: WorkspaceManager, today: string, counts: { errors: number; warnings: number }): StatusResult {
  let next: StatusResult['nextExternalAudit'];
  let open = 0;
  let overdue = 0;
  for (const ws of manager.workspaces()) {
    const m = nextExternalAudit(ws, today);
    if (m && (!next || m.date < next.date)) {
      next = { label: m.label, date: m.date, daysUntil: daysBetween(today, m.date), rootUri: pathToUri(ws.root), ...(m.location ? { location: loc(m.location) } : {}) };
    }
    for (const ca of ws.records('corrective-action')) {
      const s = caState(ca, today);
      if (s !== 'closed') open++;
      if (s === 'overdue') overdue++;
    }
  }
  return {
    ready: manager.ready,
    roots: manager.workspaces().length,
    today,
    ...(next ? { nextExternalAudit: next } : {}),
    openCorrectiveActions: open,
    overdueCorrectiveActions: overdue,
    errors: counts.errors,
    warnings: counts.warnings,
  };
}

const FINDING_ORDER = ['major-nc', 'minor-nc', 'observation', 'opportunity'];

export function findingsWithoutCa(manager: WorkspaceManager, params: FindingsWithoutCaParams | undefined): FindingSummary[] {
  const out: FindingSummary[] = [];
  for (const ws of selected(manager, params?.rootUri)) {
    const answered = new Set(ws.records('corrective-action').map((ca) => str(ca, 'source')).filter((s) => s !== undefined));
    for (const f of ws.records('finding')) {
      if (!f.id || str(f, 'corrective-action') || answered.has(f.id)) continue;
      out.push({ id: f.id, text: str(f, 'text') ?? '', type: str(f, 'type') ?? '', auditId: f.parentId, rootUri: pathToUri(ws.root), location: recLoc(f) });
    }
  }
  const rank = (t: string): number => (FINDING_ORDER.indexOf(t) + FINDING_ORDER.length + 1) % (FINDING_ORDER.length + 1);
  return out.sort((a, b) => rank(a.type) - rank(b.type) || a.id.localeCompare(b.id));
}

export function recordSummaries(manager: WorkspaceManager, params: RecordsParams | undefined): RecordSummary[] {
  return selected(manager, params?.rootUri).flatMap((ws) =>
    ws
      .records()
      .filter((r): r is IsmsRecord & { id: string } => r.id !== undefined && (!params?.kind || r.kind === params.kind))
      .map((r) => ({ id: r.id, kind: r.kind, title: titleOf(r), ...(str(r, 'status') ? { status: str(r, 'status') } : {}), rootUri: pathToUri(ws.root), location: recLoc(r) })),
  );
}

function selected(manager: WorkspaceManager, rootUri: string | undefined): IsmsWorkspace[] {
  if (!rootUri) return manager.workspaces();
  const root = uriToPath(rootUri);
  const ws = root ? manager.workspaceByRoot(root) : undefined;
  return ws ? [ws] : [];
}

// ── isms/computeEdit ─────────────────────────────────────────────────────────

export interface EditContext {
  manager: WorkspaceManager;
  /** the open document's version, for versioned edits */
  versionOf(file: string): number | undefined;
}

export function computeEdit(op: EditOperation, ctx: EditContext): ComputeEditResult {
  try {
    switch (op.op) {
      case 'appendCorrectiveAction':
        return appendCorrectiveAction(op.rootUri, op.record, ctx);
      case 'setField':
        return setRecordField(op.id, op.path, op.value, ctx);
      case 'newRecordFile':
        return createRecordFile(op.rootUri, op.kind, op.record, op.folder, op.body, ctx);
      default:
        return { error: `Unknown edit operation ${(op as { op?: unknown }).op as string}.` };
    }
  } catch (e) {
    if (e instanceof EditError) return { error: e.message };
    throw e;
  }
}

function rootWorkspace(rootUri: string, ctx: EditContext): IsmsWorkspace {
  const root = uriToPath(rootUri);
  const ws = root ? (ctx.manager.workspaceByRoot(root) ?? ctx.manager.workspaceOf(root)) : undefined;
  if (!ws) throw new EditError(`No ISMS folder (with an isms.yaml) at ${rootUri}.`);
  return ws;
}

/** The root's corrective-action register: the YAML file holding most of its corrective actions, else an empty register. */
function caRegister(ws: IsmsWorkspace): string | undefined {
  const counts = new Map<string, number>();
  for (const ca of ws.records('corrective-action')) if (/\.ya?ml$/i.test(ca.file)) counts.set(ca.file, (counts.get(ca.file) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (best) return best[0];
  return ws.files().find((f) => /\.ya?ml$/i.test(f) && /^isms[ \t]*:[ \t]*corrective-actions\b/m.test(ws.textOf(f) ?? ''));
}

function appendCorrectiveAction(rootUri: string, record: Record<string, unknown>, ctx: EditContext): ComputeEditResult {
  const ws = rootWorkspace(rootUri, ctx);
  const id = typeof record.id === 'string' ? record.id : undefined;
  if (id && ws.recordsById(id).length > 0) throw new EditError(`A record with id ${id} already exists.`);
  const otherEdits = linkFinding(ws, record, ctx);
  const register = caRegister(ws);
  if (!register) {
    const file = uniquePath(ws.root, 'corrective-actions.yaml');
    const text = applyTextEdits('isms: corrective-actions\n', appendRegisterRecord('isms: corrective-actions\n', record));
    return { newFileUri: pathToUri(file), newFileText: text, reveal: { uri: pathToUri(file), range: lineRange(text, 2) }, ...(otherEdits.length ? { otherEdits } : {}) };
  }
  const text = ws.textOf(register);
  if (text === undefined) throw new EditError(`The register ${register} could not be read.`);
  const edits = appendRegisterRecord(text, record);
  const after = applyTextEdits(text, edits);
  const line = revealLine(after, edits);
  const uri = pathToUri(register);
  const sameFile = otherEdits.find((e) => e.uri === uri);
  return {
    uri,
    edits: sameFile ? [...edits, ...sameFile.edits] : edits,
    basis: textBasis(text),
    ...(otherEdits.filter((e) => e !== sameFile).length ? { otherEdits: otherEdits.filter((e) => e !== sameFile) } : {}),
    reveal: { uri, range: lineRange(after, line) },
  };
}

/** A new CA's `source:` finding without a corrective action gets `corrective-action: <new id>`. */
function linkFinding(ws: IsmsWorkspace, record: Record<string, unknown>, ctx: EditContext): FileEdits[] {
  const source = typeof record.source === 'string' ? record.source : undefined;
  const id = typeof record.id === 'string' ? record.id : undefined;
  if (!source || !id) return [];
  const finding = ws.recordsById(source).find((r) => r.kind === 'finding');
  if (!finding || str(finding, 'corrective-action')) return [];
  const text = ws.textOf(finding.file);
  if (text === undefined) return [];
  return [fileEdits(finding.file, text, setField(text, finding, ['corrective-action'], id), ctx)];
}

function setRecordField(id: string, fieldPath: (string | number)[], value: unknown, ctx: EditContext): ComputeEditResult {
  const records = ctx.manager.recordsById(id);
  if (records.length === 0) throw new EditError(`No record with id ${id}.`);
  if (records.length > 1) throw new EditError(`The id ${id} is used by ${records.length} records; make it unique first.`);
  const rec = records[0];
  const text = ctx.manager.workspaceOf(rec.file)?.textOf(rec.file);
  if (text === undefined) throw new EditError(`The file of ${id} could not be read.`);
  const edits = setField(text, rec, fieldPath, value);
  const uri = pathToUri(rec.file);
  return { ...fileEdits(rec.file, text, edits, ctx), uri, edits, reveal: { uri, range: lineRange(applyTextEdits(text, edits), revealLine(applyTextEdits(text, edits), edits)) } };
}

function createRecordFile(
  rootUri: string,
  kind: string,
  record: Record<string, unknown>,
  folder: string,
  body: string | undefined,
  ctx: EditContext,
): ComputeEditResult {
  const ws = rootWorkspace(rootUri, ctx);
  const id = typeof record.id === 'string' ? record.id : undefined;
  if (id && ws.recordsById(id).length > 0) throw new EditError(`A record with id ${id} already exists.`);
  // the folder is relative to the root and must stay inside it
  if (path.isAbsolute(folder) || /^[A-Za-z]:/.test(folder)) throw new EditError('The folder must be relative to the ISMS root.');
  const dir = path.resolve(ws.root, folder);
  if (!isInside(dir, ws.root, path.sep)) throw new EditError('The folder must be inside the ISMS root.');
  // links followed: a folder that is a link out of the ISMS must not receive the new file (issue 14.19)
  if (!resolvesInside(dir, ws.root)) throw new EditError('The folder must be inside the ISMS root (it is a link to a place outside it).');
  let existing: string[] = [];
  try {
    existing = existsSync(dir) ? readdirSync(dir) : [];
  } catch {
    existing = [];
  }
  const name = safeRecordFileName(id ?? kind, existing);
  const eolSample = ws.textOf(ws.config.file) ?? '';
  const text = newRecordFile(kind, record, body, detectEol(eolSample));
  const uri = pathToUri(path.join(dir, name));
  const idLine = text.split(/\r?\n/).findIndex((l) => /^id\s*:/.test(l));
  return { newFileUri: uri, newFileText: text, reveal: { uri, range: lineRange(text, idLine < 0 ? 0 : idLine) } };
}

/** Edits of one file, with what they were computed against: the open buffer's version, the text's basis. */
function fileEdits(file: string, text: string, edits: TextEdit[], ctx: EditContext): FileEdits {
  const version = ctx.versionOf(file);
  return { uri: pathToUri(file), edits, basis: textBasis(text), ...(version !== undefined ? { version } : {}) };
}

function uniquePath(dir: string, name: string): string {
  const names = existsSync(dir) ? readdirSync(dir) : [];
  return path.join(dir, safeRecordFileName(name.replace(/\.yaml$/, ''), names, '.yaml'));
}

/** The first line an edit inserted (after applying), to put the cursor on the new entry. */
function revealLine(after: string, edits: TextEdit[]): number {
  const insert = [...edits].sort((a, b) => b.newText.length - a.newText.length)[0];
  if (!insert) return 0;
  const startsWithBreak = /^\r?\n/.test(insert.newText) && insert.range.start.character > 0;
  // edits before this one on earlier lines may add lines; the common case is one edit
  const shift = edits
    .filter((e) => e !== insert && e.range.start.line < insert.range.start.line)
    .reduce((n, e) => n + (e.newText.split('\n').length - 1) - (e.range.end.line - e.range.start.line), 0);
  const lines = after.split('\n');
  let line = Math.min(insert.range.start.line + shift + (startsWithBreak ? 1 : 0), lines.length - 1);
  // an entry may be preceded by the blank line that separates register entries: land on the entry
  while (line < lines.length - 1 && lines[line].trim() === '') line++;
  return line;
}

function lineRange(text: string, line: number): RecordLocation['range'] {
  const l = text.split(/\r?\n/)[line] ?? '';
  const indent = l.length - l.trimStart().length;
  return { start: { line, character: indent }, end: { line, character: l.length } };
}

// ── isms/calendar ────────────────────────────────────────────────────────────

/** The calendar model of one root, its file keys (paths) turned into the URIs the client opens. */
export function calendarData(manager: WorkspaceManager, params: CalendarParams, today: string): CalendarModel | null {
  const ws = selected(manager, params.rootUri)[0];
  if (!ws) return null;
  return withUris(calendarModel(ws, today)) as CalendarModel;
}

/** Every `file` and `root` string of a plain-JSON value, mapped from a path to a file URI. */
function withUris(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUris);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, (k === 'file' || k === 'root') && typeof v === 'string' ? pathToUri(v) : withUris(v)]),
  );
}

// ── isms/export ──────────────────────────────────────────────────────────────

export function exportData(manager: WorkspaceManager, params: ExportParams, today: string): ExportResult | null {
  const ws = selected(manager, params.rootUri)[0];
  if (!ws) return null;
  const fileName = exportFileName(params.what, today);
  if (params.what === 'ics') return { fileName, text: toICalendar(ws, today) };
  const pack = reviewPack(ws, today);
  return { fileName, text: pack.markdown, html: pack.html };
}
