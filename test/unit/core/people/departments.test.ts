/** The per-department view: open corrective actions, unaudited controls and people overdue on training. */
import * as assert from 'node:assert/strict';
import { departmentSummaries } from '../../../../src/core/people/departmentView';
import { correctiveActionDepartment } from '../../../../src/core/people/departments';
import { config, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';
const CFG = config(
  'certification:\n  issued: 2025-01-10\n  expires: 2028-01-09\ndepartments:\n  - { id: HR, owner: Dana Lee, owns: [A.6.1, A.6.3] }\n  - { id: IT, owner: Sam Smith, owns: [A.8.13] }\n',
);
const FILES = {
  'isms.yaml': CFG,
  'cas.yaml': [
    'isms: corrective-actions',
    'records:',
    '  - { id: CA-3, owner: Dana Lee, due: 2026-12-01, status: open }',
    '  - { id: CA-1, owner: dana lee, due: 2026-09-01, status: in-progress }',
    '  - { id: CA-2, department: HR, owner: Sam Smith, due: 2027-03-01, status: open }',
    '  - { id: CA-4, owner: Dana Lee, due: 2026-01-01, status: closed }',
    '  - { id: CA-5, owner: Sam Smith, status: open }',
    '',
  ].join('\n'),
  'audits.yaml':
    'isms: internal-audits\nrecords:\n  - { id: IA-1, planned: 2026-05-12, performed: 2026-05-12, status: done, scope: [A.6.1, A.8.13] }\n',
  'people.yaml':
    'isms: people\nrecords:\n  - { id: P-1, name: Dana Lee, department: hr, joined: 2020-01-01 }\n  - { id: P-2, name: Sam Smith, department: IT, joined: 2026-11-10 }\n  - { id: P-3, name: Kim Park, joined: 2019-01-01 }\n',
};

describe('departments: per-department view', () => {
  it('gives each department its open actions (overdue first), unaudited controls and people overdue on training', () => {
    const [hr, it] = departmentSummaries(workspaceOf(FILES), TODAY);
    assert.equal(hr.department.id, 'HR');
    assert.deepEqual(
      hr.correctiveActions.map((x) => [x.ca.id, x.state]),
      [
        ['CA-1', 'overdue'],
        ['CA-3', 'due-soon'],
        ['CA-2', 'open'],
      ],
    );
    assert.deepEqual(hr.unauditedControls, ['A.6.3']);
    assert.deepEqual(
      hr.trainingOverdue.map((s) => s.person.id),
      ['P-1'],
    );
    // CA-2 names HR although Sam Smith owns it; CA-5 has no due date and is open
    assert.deepEqual(
      it.correctiveActions.map((x) => [x.ca.id, x.state]),
      [['CA-5', 'open']],
    );
    assert.deepEqual(it.unauditedControls, []);
    // P-2 joined 15 days ago: still within induction-days
    assert.deepEqual(it.trainingOverdue, []);
  });

  it('does not judge unaudited controls while the ISMS is under a year old', () => {
    const young = {
      ...FILES,
      'isms.yaml': CFG.replace('issued: 2025-01-10', 'issued: 2026-03-01'),
      'audits.yaml': 'isms: internal-audits\nrecords: []\n',
    };
    const [hr] = departmentSummaries(workspaceOf(young), TODAY);
    assert.equal(hr.unauditedControls, undefined);
    assert.equal(hr.correctiveActions.length, 3);
  });
});

describe('departments: the department of a corrective action (issue 15.4)', () => {
  const cfg = config(
    'departments:\n  - { id: HR, owner: Dana Lee, owns: [A.6.3] }\n  - { id: IT, owner: Sam Smith, owns: [A.5.15, A.5.18] }\n  - { id: Legal, owner: Helen Okafor, owns: [A.5.31] }\n',
  );
  const audits = [
    'isms: internal-audits',
    'records:',
    // an audit that names its department; one that does not, its finding against an IT control; one over Legal's scope only
    '  - { id: IA-IT, planned: 2026-03-01, department: IT, scope: [A.6.3], findings: [{ id: IA-IT-F1, type: minor-nc, ref: A.6.3 }] }',
    '  - { id: IA-X, planned: 2026-04-01, scope: [A.5.15, A.6.3], findings: [{ id: IA-X-F1, type: minor-nc, ref: A.5.18, corrective-action: CA-4 }] }',
    '  - { id: IA-L, planned: 2026-05-01, scope: [A.5.31, A.8.1], findings: [{ id: IA-L-F1, type: minor-nc, ref: A.8.1 }] }',
    '',
  ].join('\n');
  const cas = [
    'isms: corrective-actions',
    'records:',
    '  - { id: CA-1, department: legal, source: IA-IT-F1, owner: Dana Lee }',
    '  - { id: CA-2, source: IA-IT-F1, owner: Dana Lee }',
    '  - { id: CA-3, source: IA-L-F1, owner: Dana Lee }',
    '  - { id: CA-4, owner: Dana Lee }',
    '  - { id: CA-5, source: other, owner: dana lee (HR) }',
    '  - { id: CA-6, department: Nowhere, owner: Dana Lee }',
    '',
  ].join('\n');
  const ws = workspaceOf({ 'isms.yaml': cfg, 'audits.yaml': audits, 'cas.yaml': cas });
  const departmentOfCa = (id: string): string | undefined =>
    correctiveActionDepartment(
      ws,
      ws.records('corrective-action').find((ca) => ca.id === id)!,
    )?.id;

  it('takes its own department: first, then its finding (audit department, the control, the audit scope), then its owner', () => {
    assert.deepEqual(
      ['CA-1', 'CA-2', 'CA-3', 'CA-4', 'CA-5', 'CA-6'].map((id) => [id, departmentOfCa(id)]),
      [
        ['CA-1', 'Legal'], // its department:, any case, over the finding and the owner
        ['CA-2', 'IT'], // the audit's department:, though the finding's control is HR's and HR's owner owns the action
        ['CA-3', 'Legal'], // the only department owning the audit's scope
        ['CA-4', 'IT'], // found through the finding's corrective-action:, its control A.5.18 is IT's
        ['CA-5', 'HR'], // no finding: its owner
        ['CA-6', undefined], // a department: that names none is no department, not the owner's
      ],
    );
  });
});
