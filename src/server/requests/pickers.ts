/**
 * The pickers' lists: `isms/findingsWithoutCa` (sources for a new corrective action), `isms/records`, and
 * `isms/auditPlan` (the months to plan an internal audit for, this month and later first).
 */
import type { IsmsRecord } from '../../core';
import { auditPlan } from '../../core/cycle/auditPlanning';
import type {
  AuditPlanMonth,
  AuditPlanParams,
  FindingSummary,
  FindingsWithoutCaParams,
  RecordSummary,
  RecordsParams,
} from '../../common/protocol';
import { pathToUri } from '../uris';
import { selectedWorkspaces, type RequestHandler, type Workspaces } from './context';
import { recordLocation, str, titleOf } from './json';

export const findingsWithoutCaRequest: RequestHandler<'isms/findingsWithoutCa'> = {
  method: 'isms/findingsWithoutCa',
  waitFor: 'index',
  fallback: [],
  handle: (params, ctx) => findingsWithoutCa(ctx.workspaces, params),
};

export const recordsRequest: RequestHandler<'isms/records'> = {
  method: 'isms/records',
  waitFor: 'index',
  fallback: [],
  handle: (params, ctx) => recordSummaries(ctx.workspaces, params),
};

export const auditPlanRequest: RequestHandler<'isms/auditPlan'> = {
  method: 'isms/auditPlan',
  waitFor: 'index',
  fallback: [],
  handle: (params, ctx) => auditPlanMonths(ctx.workspaces, ctx.today, params),
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months of the first selected root to plan an audit for (or the one month asked for), with proposed dates. */
export function auditPlanMonths(workspaces: Workspaces, today: string, params: AuditPlanParams | undefined): AuditPlanMonth[] {
  const month = typeof params?.month === 'string' && MONTH.test(params.month) ? params.month : undefined;
  if (params?.month !== undefined && !month) return [];
  const [ws] = selectedWorkspaces(workspaces, params?.rootUri);
  if (!ws) return [];
  return auditPlan(ws, today, month).map((m) => ({ ...m, rootUri: pathToUri(ws.root) }));
}

const FINDING_ORDER = ['major-nc', 'minor-nc', 'observation', 'opportunity'];

/** Findings no corrective action answers (by the finding's `corrective-action:` or a CA's `source:`), worst first. */
export function findingsWithoutCa(workspaces: Workspaces, params: FindingsWithoutCaParams | undefined): FindingSummary[] {
  const out: FindingSummary[] = [];
  for (const ws of selectedWorkspaces(workspaces, params?.rootUri)) {
    const answered = new Set(
      ws
        .records('corrective-action')
        .map((ca) => str(ca, 'source'))
        .filter((s) => s !== undefined),
    );
    for (const f of ws.records('finding')) {
      if (!f.id || str(f, 'corrective-action') || answered.has(f.id)) continue;
      out.push({
        id: f.id,
        text: str(f, 'text') ?? '',
        type: str(f, 'type') ?? '',
        auditId: f.parentId,
        rootUri: pathToUri(ws.root),
        location: recordLocation(f),
      });
    }
  }
  const rank = (t: string): number => (FINDING_ORDER.indexOf(t) + FINDING_ORDER.length + 1) % (FINDING_ORDER.length + 1);
  return out.sort((a, b) => rank(a.type) - rank(b.type) || a.id.localeCompare(b.id));
}

/** Records with an id, of one kind (or all), of one root (or all). */
export function recordSummaries(workspaces: Workspaces, params: RecordsParams | undefined): RecordSummary[] {
  return selectedWorkspaces(workspaces, params?.rootUri).flatMap((ws) =>
    ws
      .records()
      .filter((r): r is IsmsRecord & { id: string } => r.id !== undefined && (!params?.kind || r.kind === params.kind))
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        title: titleOf(r),
        ...(str(r, 'status') ? { status: str(r, 'status') } : {}),
        rootUri: pathToUri(ws.root),
        location: recordLocation(r),
      })),
  );
}
