/**
 * One model, many views (issue 15.4): the tree, the status bar, the calendar and timeline, and the
 * Problems panel (the diagnostics) say the same on the same day — the same months without an internal
 * audit, the same overdue management review, the same open and overdue corrective actions and audits,
 * the same department for an action. Computed on the sample (examples/acme, today 2026-11-25) and on a
 * small ISMS with each case of the issue.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadIsmsFolder, type Diagnostic, type IsmsWorkspace } from '../../../../src/core';
import { calendarModel } from '../../../../src/core/calendar';
import type { TreeRoot } from '../../../../src/common/protocol';
import { nodeFileHost } from '../../../../src/node/fsHost';
import { statusData } from '../../../../src/server/requests/status';
import { treeData } from '../../../../src/server/requests/tree';
import { workspaceOf } from '../../support/memory';
import { workspacesOf } from '../../support/serverState';

const TODAY = '2026-11-25';
const SAMPLE = path.resolve(__dirname, '../../../../../examples/acme');

/** Every view of one ISMS on TODAY, as the server computes them for the client. */
function views(ws: IsmsWorkspace) {
  const workspaces = workspacesOf(ws);
  const tree: TreeRoot = treeData(workspaces, TODAY).roots[0];
  const status = statusData({ workspaces, today: TODAY, counts: { errors: 0, warnings: 0 } });
  const calendar = calendarModel(ws, TODAY);
  const diagnostics: Diagnostic[] = ws.check({ today: TODAY }).all();
  return { tree, status, calendar, diagnostics };
}
type Views = ReturnType<typeof views>;

const of = (diags: Diagnostic[], ...codes: string[]): Diagnostic[] => diags.filter((d) => codes.includes(d.code));
const monthOfGap = (d: Diagnostic): string => String((d.data as { month?: string }).month);

/** The months flagged without an internal audit, past (a warning) and ahead (a note), in every view. */
function flaggedMonths(v: Views) {
  const gaps = of(v.diagnostics, 'ISMS103');
  return {
    problems: {
      past: gaps.filter((d) => d.severity !== 'information').map(monthOfGap),
      ahead: gaps.filter((d) => d.severity === 'information').map(monthOfGap),
    },
    tree: {
      past: v.tree.programme.filter((m) => m.state === 'missing').map((m) => m.month),
      ahead: v.tree.programme.filter((m) => m.gap && m.state === 'future-empty').map((m) => m.month),
    },
    calendar: {
      past: v.calendar.months.filter((m) => m.state === 'missing').map((m) => m.month),
    },
  };
}

/** The overdue management review in each view: how many, and when it was due. */
function overdueReviews(v: Views) {
  return {
    problems: of(v.diagnostics, 'ISMS201', 'ISMS202').length,
    tree: v.tree.milestones.filter((m) => m.type === 'management-review' && m.status === 'overdue' && !('location' in m)).length,
    timeline: v.calendar.timeline.items.filter((i) => i.kind === 'management-review' && i.overdue && i.file === undefined).length,
    calendar: v.calendar.months.flatMap((m) => m.managementReviews).filter((r) => r.status === 'overdue' && r.file === undefined).length,
    status: v.status.overdue.managementReviews,
  };
}

/** Open and overdue corrective actions and overdue internal audits, in each view. */
function counts(v: Views) {
  const cas = v.tree.correctiveActions;
  const treeAudits = v.tree.programme.flatMap((m) => m.audits);
  const timeline = v.calendar.timeline;
  return {
    openCas: {
      status: v.status.openCorrectiveActions,
      tree: cas.overdue.length + cas.dueSoon.length + cas.open.length,
      calendar: timeline.openCorrectiveActions,
    },
    overdueCas: {
      problems: of(v.diagnostics, 'ISMS301').length,
      status: v.status.overdue.correctiveActions,
      tree: cas.overdue.length,
      calendar: timeline.overdueCorrectiveActions,
    },
    overdueAudits: {
      problems: of(v.diagnostics, 'ISMS101').length,
      status: v.status.overdue.internalAudits,
      tree: treeAudits.filter((a) => a.state === 'overdue').length,
      timeline: timeline.items.filter((i) => i.kind === 'internal-audit' && i.overdue).length,
    },
  };
}

/** The overdue actions per department: the tree's Departments branch and ISMS602. */
function overdueByDepartment(v: Views) {
  return {
    problems: of(v.diagnostics, 'ISMS602')
      .map((d) => [d.message.match(/^Department (\S+)/)?.[1] ?? '?', (d.related ?? []).map((r) => r.message.split(' ')[0]).join(',')])
      .sort(),
    tree: v.tree.departments
      .map((d) => [
        d.id,
        d.correctiveActions
          .filter((ca) => ca.state === 'overdue')
          .map((ca) => ca.id)
          .join(','),
      ])
      .filter(([, ids]) => ids)
      .sort(),
  };
}

function assertAgree(v: Views): void {
  const months = flaggedMonths(v);
  assert.deepEqual(months.tree, months.problems, 'the tree flags the months the Problems panel reports');
  assert.deepEqual(months.calendar.past, months.problems.past, 'the calendar flags the months the Problems panel reports');
  const reviews = overdueReviews(v);
  assert.deepEqual(reviews, {
    problems: reviews.problems,
    tree: reviews.problems,
    timeline: reviews.problems,
    calendar: reviews.problems,
    status: reviews.problems,
  });
  const c = counts(v);
  for (const [what, byView] of Object.entries(c)) {
    const values = Object.values(byView);
    assert.ok(
      values.every((n) => n === values[0]),
      `${what}: ${JSON.stringify(byView)}`,
    );
  }
  const deps = overdueByDepartment(v);
  assert.deepEqual(deps.tree, deps.problems, 'the Departments branch files overdue actions where ISMS602 reports them');
}

describe('one model, many views: the sample (issue 15.4)', () => {
  let v: Views;
  before(async () => {
    v = views(await loadIsmsFolder(nodeFileHost, SAMPLE));
  });

  it('flags the same months without an internal audit in the tree, the calendar and the Problems panel', () => {
    const months = flaggedMonths(v);
    assert.deepEqual(months.tree, months.problems);
    assert.deepEqual(months.calendar.past, months.problems.past);
  });

  it('shows the overdue management review (ISMS201: due 2026-10-22) in the tree, the calendar, the timeline and the status bar', () => {
    assert.deepEqual(overdueReviews(v), { problems: 1, tree: 1, timeline: 1, calendar: 1, status: 1 });
    const due = v.tree.milestones.find((m) => m.type === 'management-review' && !m.location);
    assert.deepEqual([due?.date, due?.status], ['2026-10-22', 'overdue']);
  });

  it('counts the same open and overdue corrective actions and overdue audits in the status bar, the tree, the calendar and the Problems panel', () => {
    const c = counts(v);
    assert.deepEqual(c.openCas, { status: 6, tree: 6, calendar: 6 });
    assert.deepEqual(c.overdueCas, { problems: 1, status: 1, tree: 1, calendar: 1 });
    assert.equal(v.status.overdue.total, c.overdueCas.status + c.overdueAudits.status + 1);
  });

  it('agrees on every count at once, departments included', () => {
    assertAgree(v);
  });
});

/** An ISMS certified in February 2025 with no internal audit that year; 2026 audited monthly (but for the surveillance month). */
const CONFIG = `isms: config
organisation: Views Ltd
certification:
  issued: 2025-03-14
  expires: 2028-03-13
  audits:
    - { type: certification, date: 2025-02-10, status: done }
    - { type: surveillance-1, date: 2026-02-09, status: done }
    - { type: surveillance-2, date: 2027-02-08 }
departments:
  - { id: HR, owner: Dana Lee, owns: [A.6.3] }
  - { id: IT, owner: Sam Smith, owns: [A.5.15, A.5.18] }
`;

const AUDIT_MONTHS = ['01', '03', '04', '05', '06', '07', '08', '09', '10'];
const AUDITS = [
  'isms: internal-audits',
  'records:',
  ...AUDIT_MONTHS.map(
    (m) => `  - { id: IA-2026-${m}, planned: 2026-${m}-10, performed: 2026-${m}-10, auditor: Ravi Patel, scope: [A.5.15], findings: [] }`,
  ),
  // an IT audit whose finding is answered by an action Dana Lee (HR's owner) owns
  '  - id: IA-2026-IT',
  '    planned: 2026-06-20',
  '    performed: 2026-06-20',
  '    auditor: Ravi Patel',
  '    department: IT',
  '    scope: [A.5.18]',
  '    findings:',
  '      - { id: IA-2026-IT-F1, type: minor-nc, ref: A.5.18, text: Leavers kept access, corrective-action: CA-1 }',
  // planned for this month and not held: overdue (ISMS101)
  '  - { id: IA-2026-11, planned: 2026-11-10, scope: [A.6.3] }',
  '  - { id: IA-2026-12, planned: 2026-12-10, scope: [A.6.3] }',
  '  - { id: IA-2027-01, planned: 2027-01-12, scope: [A.6.3] }',
  '',
].join('\n');

const CAS = [
  'isms: corrective-actions',
  'records:',
  '  - { id: CA-1, title: Remove leaver access, source: IA-2026-IT-F1, owner: Dana Lee, due: 2026-09-30, status: open }',
  '  - { id: CA-2, title: Induction checklist, source: other, owner: Dana Lee, due: 2027-03-01, status: open }',
  '',
].join('\n');

/** A review held with its content, and one "New management review" marked done and left blank. */
const HELD = `---
isms: management-review
id: MR-2025-01
date: 2025-10-01
status: done
attendees: [Alex Morgan (CEO)]
decisions: [Keep the programme monthly]
---
## Status of actions from previous reviews
None open.
`;
const BLANK = `---
isms: management-review
id: MR-2026-01
date: 2026-10-20
status: done
attendees: []
---
`;

describe('one model, many views: the cases of issue 15.4', () => {
  const files = {
    'isms.yaml': CONFIG,
    'audits/audits.yaml': AUDITS,
    'registers/corrective-actions.yaml': CAS,
    'reviews/MR-2025-01.md': HELD,
    'reviews/MR-2026-01.md': BLANK,
  };
  const v = views(workspaceOf(files));

  it('flags one month of 2025 in the tree, as the Problems panel does — not every empty month since the certification audit', () => {
    const months = flaggedMonths(v);
    assert.deepEqual(months.problems.past, ['2025-12']);
    assert.deepEqual(months.tree.past, ['2025-12']);
    assert.deepEqual(months.calendar.past, ['2025-12']);
    const in2025 = v.tree.programme.filter((m) => m.month.startsWith('2025'));
    assert.deepEqual(
      in2025.filter((m) => m.state === 'missing').map((m) => m.month),
      ['2025-12'],
    );
    assert.ok(
      in2025.filter((m) => m.month < '2025-12').every((m) => m.state === 'no-audit'),
      'older empty months are not flagged',
    );
    assert.equal(v.tree.programme.find((m) => m.month === '2026-02')?.state, 'no-audit', 'the surveillance month may stay free');
  });

  it('shows the blank review marked done as not held, and the review as overdue in the tree, the calendar and the timeline', () => {
    assert.deepEqual(
      v.tree.managementReviews.map((r) => [r.id, r.status, r.state]),
      [
        ['MR-2025-01', 'done', 'held'],
        ['MR-2026-01', 'done', 'not-held'],
      ],
    );
    assert.deepEqual(
      of(v.diagnostics, 'ISMS201', 'ISMS202').map((d) => d.code),
      ['ISMS202'],
    );
    assert.deepEqual(overdueReviews(v), { problems: 1, tree: 1, timeline: 1, calendar: 1, status: 1 });
    const item = v.calendar.timeline.items.find((i) => i.kind === 'management-review' && i.overdue && !i.file);
    // due six months (the default interval) after the last review held; ISMS202 once twelve have passed
    assert.deepEqual([item?.date, item?.title], ['2026-04-01', 'Management review due']);
  });

  it('files the action an IT audit raised under IT, though HR’s owner owns it, in the tree and in ISMS602', () => {
    const byId = Object.fromEntries(v.tree.departments.map((d) => [d.id, d.correctiveActions.map((ca) => ca.id)]));
    assert.deepEqual(byId, { HR: ['CA-2'], IT: ['CA-1'] });
    assert.deepEqual(overdueByDepartment(v), { problems: [['IT', 'CA-1']], tree: [['IT', 'CA-1']] });
  });

  it('counts the same overdue things in the status bar as the Problems panel: an action, an audit, the review', () => {
    assert.deepEqual(v.status.overdue, { total: 3, correctiveActions: 1, internalAudits: 1, managementReviews: 1 });
    assertAgree(v);
  });
});
