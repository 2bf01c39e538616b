import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS601';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const CFG = config(
  'certification:\n  issued: 2025-01-10\n  expires: 2028-01-09\ndepartments:\n  - { id: HR, owner: Dana Lee, owns: [A.6.1, A.6.3] }\n',
);
const audits = (...rows: string[]): string => ['isms: internal-audits', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const OLD = '{ id: IA-2025-06, planned: 2025-06-10, performed: 2025-06-10, status: done, scope: [A.6.1, A.6.3] }';
const done = (date: string, scope: string): string =>
  `{ id: IA-${date}, planned: ${date}, performed: ${date}, status: done, scope: ${scope} }`;

describe('ISMS601 department-controls-unaudited', () => {
  it('reports a department whose control saw no audit in 12 months, at the department, naming the control and owner', () => {
    const files = { 'isms.yaml': CFG, 'audits/programme.yaml': audits(OLD, done('2026-05-12', '[A.6.1]')) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.deepEqual(d.range, { start: { line: 6, character: 4 }, end: { line: 6, character: 53 } });
    assert.equal(textAt(files, d), '{ id: HR, owner: Dana Lee, owns: [A.6.1, A.6.3] }');
    assert.match(d.message, /Department HR \(Dana Lee\) owns A\.6\.3, not covered by any internal audit since 2025-11-25/);
    assert.doesNotMatch(d.message, /A\.6\.1,/);
  });

  it('does not fire when an audit in the last 12 months covered all its controls', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': CFG, 'a.yaml': audits(OLD, done('2026-05-12', '[A.6.1, A.6.3]')) }, TODAY)), []);
  });

  it('edge: an audit exactly 12 months ago still counts; one day earlier does not', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': CFG, 'a.yaml': audits(done('2025-11-25', '[A.6.1, A.6.3]')) }, TODAY)), []);
    assert.equal(mine(check({ 'isms.yaml': CFG, 'a.yaml': audits(done('2025-11-24', '[A.6.1, A.6.3]')) }, TODAY)).length, 1);
  });

  it('edge: an audit planned but not performed covers nothing', () => {
    const planned = audits(OLD, '{ id: IA-2026-05, planned: 2026-05-12, scope: [A.6.1, A.6.3] }');
    assert.equal(mine(check({ 'isms.yaml': CFG, 'a.yaml': planned }, TODAY)).length, 1);
  });

  it('edge: an ISMS younger than 12 months is not judged yet', () => {
    const young = CFG.replace('issued: 2025-01-10', 'issued: 2026-02-01');
    assert.deepEqual(mine(check({ 'isms.yaml': young, 'a.yaml': audits(done('2026-05-12', '[A.6.1]')) }, TODAY)), []);
  });
});
