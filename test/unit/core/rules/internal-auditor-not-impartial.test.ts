import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS106';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const DEPARTMENTS = config(
  [
    'departments:',
    '  - { id: HR, owner: Dana Lee, owns: [A.6.1, A.6.3] }',
    '  - { id: Engineering, owner: Tomás Rivera, owns: [A.8.25, A.8.32] }',
    '',
  ].join('\n'),
);

const PEOPLE = [
  'isms: people',
  'records:',
  '  - { id: P-004, name: Dana Lee, department: HR }',
  '  - { id: P-009, name: Ravi Patel, department: Engineering, joined: 2024-04-15, left: 2026-05-29 }',
  '  - { id: P-011, name: Mei Chen }',
  '',
].join('\n');

const audit = (lines: string[]): Record<string, string> => ({
  'isms.yaml': DEPARTMENTS,
  'registers/people.yaml': PEOPLE,
  'audits/IA-2026-05.md': [
    '---',
    'isms: internal-audit',
    'id: IA-2026-05',
    'title: Secure development',
    'planned: 2026-05-12',
    ...lines,
    'findings: []',
    '---',
    '',
  ].join('\n'),
});

describe('ISMS106 internal-auditor-not-impartial', () => {
  it('reports an auditor who belongs to the department whose controls the audit covers, at `auditor:`', () => {
    const files = audit(['auditor: Ravi Patel', 'scope: [A.8.25, A.8.28]']);
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'Ravi Patel');
    assert.equal(
      d.message,
      'Internal audit IA-2026-05 (Secure development) is audited by Ravi Patel, who belongs to department Engineering (Tomás Rivera), whose controls A.8.25 it covers. Choose an auditor from outside the department (9.2.2 b: objectivity and impartiality of the audit process).',
    );
  });

  it('does not fire for an auditor from outside the department', () => {
    assert.deepEqual(mine(check(audit(['auditor: Mei Chen', 'scope: [A.8.25, A.6.3]', 'department: Engineering']), TODAY)), []);
  });

  it('edge: the department owner, matched by name without the roster or by person id; a `department:` audit', () => {
    const [owner] = mine(check(audit(['auditor: tomás rivera (VP Engineering)', 'department: Engineering', 'scope: ["9.2"]']), TODAY));
    assert.match(owner.message, /who owns department Engineering \(Tomás Rivera\), which it audits\./);
    const [byId] = mine(check(audit(['auditor: P-004', 'scope: [A.6]']), TODAY));
    assert.match(byId.message, /audited by P-004, who owns department HR \(Dana Lee\), whose controls A\.6\.1, A\.6\.3 it covers/);
  });

  it('edge: several auditors on one line are each judged; a cancelled audit or unreadable status is not', () => {
    const found = mine(check(audit(['auditor: Mei Chen and Dana Lee', 'scope: [A.6.1]']), TODAY));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /audited by Dana Lee, who owns department HR/);
    assert.deepEqual(mine(check(audit(['auditor: Dana Lee', 'scope: [A.6.1]', 'status: cancelled']), TODAY)), []);
    assert.deepEqual(mine(check(audit(['auditor: Dana Lee', 'scope: [A.6.1]', 'status: shelved']), TODAY)), []);
  });

  it('edge: a person who has left (or not yet joined) on the day of the audit no longer belongs', () => {
    const files = audit(['auditor: Ravi Patel', 'scope: [A.8.25]', 'performed: 2026-06-10']);
    assert.deepEqual(mine(check(files, TODAY)), [], 'performed after leaving on 2026-05-29');
    const before = audit(['auditor: Ravi Patel', 'scope: [A.8.25]', 'performed: 2024-03-01']);
    assert.deepEqual(mine(check(before, TODAY)), [], 'performed before joining');
  });
});
