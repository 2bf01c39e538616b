/**
 * Test support for the server's features called in process: a small ISMS held in memory (the core's
 * IsmsWorkspace over the tests' host) and the `Workspaces` the request handlers read, without a server.
 */
import type { IsmsWorkspace } from '../../../src/core';
import type { RequestContext, Workspaces } from '../../../src/server/requests';
import { isInside } from '../../../src/server/uris';
import { ROOT, workspaceOf } from './memory';

export { ROOT };
export const TODAY = '2026-06-01';

export const ISMS_YAML = `isms: config
organisation: Test Ltd
certification:
  issued: 2025-03-14
  expires: 2028-03-13
  audits:
    - { type: certification, date: 2025-02-10, status: done }
    - { type: surveillance-1, date: 2026-02-09, status: done }
    - { type: surveillance-2, date: 2027-02-08 }
    - { type: recertification, date: 2027-12-06 }
departments:
  - { id: IT, owner: Sam Smith, owns: [A.5.18, A.8.13] }
`;

/** The corrective-action register: one overdue action, raised by the audit's first finding. */
export const CA_REGISTER = `isms: corrective-actions
records:
  # raised at the March audit
  - id: CA-2026-001
    title: Remove leaver accounts within 24 hours
    source: IA-2026-03-F1
    raised: 2026-03-14
    owner: Sam Smith
    due: 2026-04-30
    status: open
    updated: 2026-05-25
`;

/** A done internal audit with two findings, one answered by CA-2026-001, one without a corrective action. */
export const AUDIT = `---
isms: internal-audit
id: IA-2026-03
title: Access control
planned: 2026-03-12
performed: 2026-03-14
auditor: Ravi Patel
scope: [A.5.15, A.12.3.1]
status: done
findings:
  - id: IA-2026-03-F1
    type: minor-nc
    ref: A.5.18
    text: Leaver accounts not removed within 24 hours
    corrective-action: CA-2026-001
  - id: IA-2026-03-F2
    type: minor-nc
    ref: A.5.15
    text: Access reviews not recorded
---
Notes.
`;

export const FILES: Record<string, string> = {
  'isms.yaml': ISMS_YAML,
  'registers/corrective-actions.yaml': CA_REGISTER,
  'audits/IA-2026-03.md': AUDIT,
};

export const file = (name: string): string => `${ROOT}/${name}`;
export const uri = (name: string): string => `file://${ROOT}/${name}`;

/** The fixture's workspace, with `extra` files added or replaced. */
export function fixture(extra: Record<string, string> = {}): IsmsWorkspace {
  return workspaceOf({ ...FILES, ...extra });
}

/** What the server's WorkspaceManager answers, over workspaces held in memory. */
export function workspacesOf(...roots: IsmsWorkspace[]): Workspaces {
  return {
    ready: true,
    workspaces: () => roots,
    workspaceOf: (f) => roots.filter((ws) => isInside(f, ws.root, '/')).sort((a, b) => b.root.length - a.root.length)[0],
    workspaceByRoot: (root) => roots.find((ws) => ws.root === root),
    recordsById: (id) => roots.flatMap((ws) => ws.recordsById(id)),
  };
}

/** A request context over the fixture (or the given workspaces), today 2026-06-01. */
export function contextOf(ws: IsmsWorkspace | IsmsWorkspace[] = fixture(), counts = { errors: 0, warnings: 0 }): RequestContext {
  const roots = Array.isArray(ws) ? ws : [ws];
  return { workspaces: workspacesOf(...roots), today: TODAY, versionOf: () => undefined, counts, folders: foldersOf(roots) };
}

/** The folders of workspaces held in memory: the names their files have in a folder; no links, so inside is lexical. */
function foldersOf(roots: IsmsWorkspace[]): RequestContext['folders'] {
  return {
    names: (dir) => {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      const inDir = roots.flatMap((r) => r.files()).filter((f) => f.startsWith(prefix));
      return [...new Set(inDir.map((f) => f.slice(prefix.length).split('/')[0]!))];
    },
    resolvesInside: (dir, root) => isInside(dir, root, '/'),
  };
}
