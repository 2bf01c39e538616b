/** `isms/status`: the status bar's numbers — the nearest external audit, open actions, what is overdue, problems. */
import { caState, daysBetween, nextExternalAudit, overdueCounts } from '../../core';
import type { StatusResult } from '../../common/protocol';
import { pathToUri } from '../uris';
import type { RequestContext, RequestHandler } from './context';
import { locationOf } from './json';

export const statusRequest: RequestHandler<'isms/status'> = {
  method: 'isms/status',
  noParams: true,
  // the problem counts are those of the latest keystrokes: pending diagnostics are published first
  waitFor: 'check',
  fallback: {
    ready: false,
    roots: 0,
    today: '',
    openCorrectiveActions: 0,
    overdueCorrectiveActions: 0,
    overdue: { total: 0, correctiveActions: 0, internalAudits: 0, managementReviews: 0 },
    errors: 0,
    warnings: 0,
    staleFiles: [],
  },
  handle: (_params, ctx) => statusData(ctx),
};

export function statusData({ workspaces, today, counts }: Pick<RequestContext, 'workspaces' | 'today' | 'counts'>): StatusResult {
  let next: StatusResult['nextExternalAudit'];
  let open = 0;
  const overdue: StatusResult['overdue'] = { total: 0, correctiveActions: 0, internalAudits: 0, managementReviews: 0 };
  const staleFiles: string[] = [];
  for (const ws of workspaces.workspaces()) {
    // files kept as last read while they do not parse: relative to their root, as the views name them
    for (const f of ws.staleFiles()) staleFiles.push(f.slice(ws.root.length).replace(/^[/\\]/, ''));
    const m = nextExternalAudit(ws, today);
    if (m && (!next || m.date < next.date)) {
      next = {
        label: m.label,
        date: m.date,
        daysUntil: daysBetween(today, m.date),
        rootUri: pathToUri(ws.root),
        ...(m.location ? { location: locationOf(m.location) } : {}),
      };
    }
    for (const ca of ws.records('corrective-action')) {
      const s = caState(ca, today);
      if (s === 'open' || s === 'due-soon' || s === 'overdue') open++;
    }
    // the overdue things the rules report (ISMS301, ISMS101, ISMS201/202), counted by the same functions
    const counts = overdueCounts(ws, today);
    overdue.total += counts.total;
    overdue.correctiveActions += counts.correctiveActions;
    overdue.internalAudits += counts.internalAudits;
    overdue.managementReviews += counts.managementReview;
  }
  return {
    ready: workspaces.ready,
    roots: workspaces.workspaces().length,
    today,
    ...(next ? { nextExternalAudit: next } : {}),
    openCorrectiveActions: open,
    overdueCorrectiveActions: overdue.correctiveActions,
    overdue,
    errors: counts.errors,
    warnings: counts.warnings,
    staleFiles,
  };
}
