import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS602';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const CFG = config('departments:\n  - { id: HR, owner: Dana Lee, owns: [A.6.3] }\n  - { id: IT, owner: Sam Smith }\n');
const cas = (...rows: string[]): string => ['isms: corrective-actions', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const ca = (id: string, due: string, extra: string, status = 'open'): string =>
  `{ id: ${id}, title: T, due: ${due}, status: ${status}, ${extra} }`;

describe('ISMS602 department-overdue-actions', () => {
  it('reports a department with overdue actions at its isms.yaml entry, naming them, with each as related information', () => {
    const files = {
      'isms.yaml': CFG,
      'registers/cas.yaml': cas(
        ca('CA-2', '2026-10-01', 'department: hr'),
        ca('CA-1', '2026-09-01', 'owner: " dana  lee"'),
        ca('CA-3', '2026-12-01', 'department: HR'),
      ),
    };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.equal(textAt(files, d), '{ id: HR, owner: Dana Lee, owns: [A.6.3] }');
    assert.equal(
      d.message,
      'Department HR (Dana Lee) owns 2 overdue corrective actions: CA-1 (due 2026-09-01), CA-2 (due 2026-10-01). Agree with the owner how and when they are implemented.',
    );
    assert.deepEqual(
      d.related?.map((r) => r.message),
      ['CA-1 due 2026-09-01', 'CA-2 due 2026-10-01'],
    );
  });

  it('does not fire for actions not yet due, implemented ones, or ones of no department', () => {
    const files = {
      'isms.yaml': CFG,
      'c.yaml': cas(
        ca('CA-1', '2026-12-01', 'department: HR'),
        ca('CA-2', '2026-09-01', 'department: HR', 'implemented'),
        ca('CA-3', '2026-09-01', 'owner: Kim Park'),
      ),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('edge: `department:` wins over the owner; a department without owner matches by `department:` only', () => {
    const files = {
      'isms.yaml': config('departments:\n  - { id: HR, owner: Dana Lee }\n  - { id: Legal }\n'),
      'c.yaml': cas(ca('CA-1', '2026-09-01', 'owner: Dana Lee, department: Legal')),
    };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.match(
      found[0].message,
      /^Department Legal owns an overdue corrective action: CA-1 \(due 2026-09-01\)\. Agree with the owner how and when it is implemented\.$/,
    );
  });
});

describe('ISMS602 and a status that is cancelled or cannot be read (issue 16.2)', () => {
  it('counts neither a cancelled action nor one whose status cannot be read', () => {
    const files = {
      'isms.yaml': CFG,
      'c.yaml': cas(
        ca('CA-1', '2026-09-01', 'department: HR, cancel-reason: superseded by CA-3', 'cancelled'),
        ca('CA-2', '2026-09-01', 'department: HR', 'whatever'),
      ),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });
});
