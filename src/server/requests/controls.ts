/**
 * `isms/controls`: the Controls view (issue 18.4) — per ISMS root each applicable control of the SoA with
 * its state and why, by standard and Annex A theme, from the core's `controlsOverview` (which
 * `isms report controls` prints too). An evidence record's `location:` that is a relative path to a file
 * inside the root becomes `file`, which the view opens on a click; a URL or a path outside the root stays
 * text (a click opens the record instead: workspace text never opens an outside address on its own).
 */
import * as path from 'node:path';
import type { IsmsWorkspace } from '../../core';
import { controlsOverview, groupName, stateCounts, type ControlOverview } from '../../core/controls/controlState';
import { locationCandidates } from '../../core/controls/location';
import type { EvidenceStatus } from '../../core/controls/operation';
import type { ControlsResult, ControlsRoot, TreeControl, TreeControlEvidence } from '../../common/protocol';
import { pathToUri } from '../uris';
import type { NewFileFolders, RequestHandler, Workspaces } from './context';
import { locationOf, recordLocation, str, titleOf } from './json';

export const controlsRequest: RequestHandler<'isms/controls'> = {
  method: 'isms/controls',
  noParams: true,
  waitFor: 'index',
  fallback: { ready: false, roots: [] },
  handle: (_params, ctx) => controlsData(ctx.workspaces, ctx.today, ctx.folders),
};

export function controlsData(workspaces: Workspaces, today: string, folders: NewFileFolders): ControlsResult {
  return { ready: workspaces.ready, roots: workspaces.workspaces().map((ws) => controlsRoot(ws, today, folders)) };
}

/**
 * The repository file an evidence `location:` names: read as ISMS963 reads it (`locationCandidates`,
 * relative to the record's file), inside the root, and there.
 */
export function evidenceFile(ws: IsmsWorkspace, rec: EvidenceStatus['record'], folders: NewFileFolders): string | undefined {
  const where = str(rec, 'location');
  const candidates = where === undefined ? undefined : locationCandidates(where, rec.file);
  return candidates?.find((file) => {
    const dir = path.dirname(file);
    return folders.resolvesInside(dir, ws.root) && folders.names(dir).includes(path.basename(file));
  });
}

function treeEvidence(ws: IsmsWorkspace, e: EvidenceStatus, folders: NewFileFolders): TreeControlEvidence {
  const where = str(e.record, 'location');
  const file = evidenceFile(ws, e.record, folders);
  return {
    id: e.record.id ?? '',
    title: titleOf(e.record),
    state: e.validity.state,
    ...(e.validity.effective ? { effective: e.validity.effective } : {}),
    ...(e.validity.validUntil ? { validUntil: e.validity.validUntil } : {}),
    ...(where ? { where } : {}),
    ...(file ? { file: pathToUri(file) } : {}),
    location: recordLocation(e.record),
  };
}

function treeControl(ws: IsmsWorkspace, c: ControlOverview, folders: NewFileFolders): TreeControl {
  const audit = (a: NonNullable<ControlOverview['lastAudit']>) => ({ id: a.id, date: a.date, location: locationOf(a.location) });
  return {
    id: c.id,
    title: c.title,
    state: c.state,
    reasons: c.reasons.map((r) => ({ text: r.text, ...(r.weighs ? { weighs: r.weighs } : {}) })),
    ...(c.implementation ? { implementation: c.implementation } : {}),
    documents: c.documents,
    evidence: c.evidence.map((e) => treeEvidence(ws, e, folders)),
    activities: c.activities.map((a) => ({
      id: a.record.id ?? '',
      title: titleOf(a.record),
      state: a.state,
      ...(a.lastDue ? { lastDue: a.lastDue.date } : {}),
      ...(a.next ? { next: a.next } : {}),
      location: recordLocation(a.record),
    })),
    ...(c.lastAudit ? { lastAudit: audit(c.lastAudit) } : {}),
    ...(c.plannedAudit ? { plannedAudit: audit(c.plannedAudit) } : {}),
    correctiveActions: c.correctiveActions.map((a) => ({
      id: a.record.id ?? '',
      title: titleOf(a.record),
      state: a.state,
      ...(str(a.record, 'due') ? { due: str(a.record, 'due') } : {}),
      location: recordLocation(a.record),
    })),
    soa: recordLocation(c.soa),
  };
}

function controlsRoot(ws: IsmsWorkspace, today: string, folders: NewFileFolders): ControlsRoot {
  const overview = controlsOverview(ws, today);
  return {
    rootUri: pathToUri(ws.root),
    name: ws.config.organisation ?? path.basename(ws.root),
    today,
    soa: overview.soa,
    counts: stateCounts(overview),
    standards: overview.standards.map((s) => ({
      key: s.key,
      name: s.name,
      groups: s.groups.map((g) => ({
        group: g.group,
        name: groupName(g.group),
        controls: g.controls.map((c) => treeControl(ws, c, folders)),
      })),
    })),
  };
}
