/**
 * `isms/tree`: per ISMS root the certification cycle, the audit programme month by month around today,
 * the open corrective actions, the management reviews, and the Departments, Coverage and Awareness
 * branches, and the Documents branch (treeDocuments.ts) — all of it as plain JSON; the client only
 * decides how it looks.
 */
import * as path from 'node:path';
import {
  auditDate,
  auditProgramme,
  auditState,
  caState,
  cycleMilestones,
  monthOf,
  plusMonthKey,
  reviewHeld,
  reviewState,
  type IsmsRecord,
  type IsmsWorkspace,
} from '../../core';
import type { AwarenessActivity } from '../../core/awareness/gaps';
import { awarenessOverview } from '../../core/awareness/overview';
import type { TrainingStatus } from '../../core/awareness/training';
import { coverageStatus, standardsCoverage } from '../../core/cycle/coverage';
import { standardKeys } from '../../core/model/standards';
import { departmentSummaries } from '../../core/people/departmentView';
import type {
  TreeAwareness,
  TreeAwarenessActivity,
  TreeCorrectiveAction,
  TreeCoverageEntry,
  TreeDepartment,
  TreePerson,
  TreeProgrammeMonth,
  TreeResult,
  TreeRoot,
  TreeStandardCoverage,
} from '../../common/protocol';
import { pathToUri } from '../uris';
import type { RequestHandler, Workspaces } from './context';
import { locationOf, recordLocation, str, titleOf } from './json';
import { treeDocuments } from './treeDocuments';

export const treeRequest: RequestHandler<'isms/tree'> = {
  method: 'isms/tree',
  noParams: true,
  waitFor: 'index',
  fallback: { ready: false, roots: [] },
  handle: (_params, ctx) => treeData(ctx.workspaces, ctx.today),
};

export function treeData(workspaces: Workspaces, today: string): TreeResult {
  return { ready: workspaces.ready, roots: workspaces.workspaces().map((ws) => treeRoot(ws, today)) };
}

/** The programme window: the whole cycle, and at least a year back and a year ahead of today; at most five years. */
const MAX_MONTHS = 60;
const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

function treeRoot(ws: IsmsWorkspace, today: string): TreeRoot {
  const milestones = cycleMilestones(ws, today);
  return {
    rootUri: pathToUri(ws.root),
    name: ws.config.organisation ?? path.basename(ws.root),
    today,
    standards: standardKeys(ws.config.standards),
    milestones: milestones.map((m) => ({
      type: m.type,
      date: m.date,
      status: m.status,
      label: m.label,
      ...(m.location ? { location: locationOf(m.location) } : {}),
    })),
    programme: treeProgramme(
      ws,
      today,
      milestones.filter((m) => m.type !== 'management-review').map((m) => monthOf(m.date)),
    ),
    correctiveActions: treeCorrectiveActions(ws, today),
    managementReviews: ws
      .records('management-review')
      .map((r) => ({
        id: r.id ?? '',
        title: titleOf(r),
        date: str(r, 'date'),
        status: str(r, 'status') ?? (reviewHeld(r, today) ? 'done' : 'planned'),
        state: reviewState(r, today),
        location: recordLocation(r),
      }))
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
    departments: treeDepartments(ws, today),
    coverage: treeCoverage(ws, today),
    awareness: treeAwareness(ws, today),
    documents: treeDocuments(ws, today),
  };
}

/** The audit programme month by month over the window around today and the cycle's milestone months. */
function treeProgramme(ws: IsmsWorkspace, today: string, milestoneMonths: string[]): TreeProgrammeMonth[] {
  const thisMonth = monthOf(today);
  const dates = [...milestoneMonths].sort();
  let from = [dates[0], plusMonthKey(thisMonth, -11)].filter((d): d is string => !!d).sort()[0];
  const to = [dates[dates.length - 1], plusMonthKey(thisMonth, 12)]
    .filter((d): d is string => !!d)
    .sort()
    .reverse()[0];
  let months = monthIndex(to) - monthIndex(from) + 1;
  if (months > MAX_MONTHS) {
    from = [from, plusMonthKey(thisMonth, -(MAX_MONTHS - 13))].sort().reverse()[0];
    months = MAX_MONTHS;
  }
  return auditProgramme(ws, from, months, today).map((m) => ({
    month: m.month,
    state: m.state,
    audits: m.audits.map((a) => ({
      id: a.id ?? '',
      title: titleOf(a),
      date: auditDate(a),
      state: auditState(a, today),
      location: recordLocation(a),
    })),
    ...(m.externalAudit ? { externalAudit: m.externalAudit } : {}),
    ...(m.gap ? { gap: true as const } : {}),
  }));
}

function treeCorrectiveActions(ws: IsmsWorkspace, today: string): TreeRoot['correctiveActions'] {
  const correctiveActions: Required<TreeRoot['correctiveActions']> = { overdue: [], dueSoon: [], open: [], unknown: [] };
  const groups = { overdue: 'overdue', 'due-soon': 'dueSoon', open: 'open', unknown: 'unknown' } as const;
  for (const ca of ws.records('corrective-action')) {
    const state = caState(ca, today);
    if (state === 'closed' || state === 'cancelled') continue;
    correctiveActions[groups[state]].push(treeCorrectiveAction(ca, state));
  }
  for (const list of Object.values(correctiveActions)) {
    list.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id));
  }
  return correctiveActions;
}

function treeCorrectiveAction(ca: IsmsRecord, state: TreeCorrectiveAction['state']): TreeCorrectiveAction {
  return {
    id: ca.id ?? '',
    title: titleOf(ca),
    status: str(ca, 'status') ?? 'open',
    due: str(ca, 'due'),
    owner: str(ca, 'owner'),
    state,
    location: recordLocation(ca),
  };
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
  location: recordLocation(t.person),
});

const treeActivity = (a: AwarenessActivity): TreeAwarenessActivity => ({
  id: a.record.id ?? '',
  title: titleOf(a.record),
  ...(str(a.record, 'type') ? { type: str(a.record, 'type') } : {}),
  date: a.date,
  location: recordLocation(a.record),
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
        ...(audit ? { audit: { id: audit.id, date: audit.date, location: locationOf(audit.location) } } : {}),
        ...(e.related ? { related: e.related } : {}),
      };
    }),
  }));
}
