/** The per-department view: open corrective actions, unaudited controls and people overdue on training. */
import * as assert from 'node:assert/strict';
import { departmentSummaries } from '../../../../src/core/people/departmentView';
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
