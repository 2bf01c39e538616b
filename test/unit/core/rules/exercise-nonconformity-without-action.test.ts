import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS802';
const mine = ofCode(CODE);
const BCMS = config('standards: [iso27001:2022, iso22301:2019]\n');

const exercise = (finding: string): string =>
  [
    '---',
    'isms: exercise',
    'id: EX-2026-1',
    'title: Region fail-over',
    'date: 2026-06-02',
    'type: simulation',
    'status: done',
    'findings:',
    '  - id: EX-2026-1-F1',
    finding,
    '    text: Restore took 6 hours against an RTO of 4',
    '---',
    '',
  ].join('\n');
const CA =
  'isms: corrective-actions\nrecords:\n  - { id: CA-2026-010, source: EX-2026-1-F1, owner: Sam Smith, due: 2027-01-31, root-cause: Untested restore runbook }\n';

describe('ISMS802 exercise-nonconformity-without-action', () => {
  it('reports a nonconformity of an exercise without a corrective action, at the finding, with the log fix', () => {
    const files = { 'isms.yaml': BCMS, 'bc/EX-2026-1.md': exercise('    type: minor-nc') };
    const found = mine(check(files, '2026-11-25'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'EX-2026-1-F1');
    assert.match(d.message, /Minor nonconformity EX-2026-1-F1 of exercise EX-2026-1 has no corrective action/);
    assert.deepEqual(d.data, { fix: 'log-corrective-action', findingId: 'EX-2026-1-F1' });
  });

  it('does not fire when a corrective action names the finding as its source, or for an observation', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': BCMS, 'e.md': exercise('    type: minor-nc'), 'ca.yaml': CA }, '2026-11-25')), []);
    assert.deepEqual(mine(check({ 'isms.yaml': BCMS, 'e.md': exercise('    type: observation') }, '2026-11-25')), []);
  });

  it('edge: a major nonconformity is an error; ISMS305 does not report the same finding twice', () => {
    const found = check({ 'isms.yaml': BCMS, 'e.md': exercise('    type: major-nc') }, '2026-11-25');
    assert.equal(mine(found)[0].severity, 'error');
    assert.deepEqual(ofCode('ISMS305')(found), []);
  });

  it("edge: without iso22301 listed, ISMS802 is silent and the nonconformity is ISMS305's (still an ISMS nonconformity, 27001 10.2)", () => {
    const found = check({ 'isms.yaml': config(), 'e.md': exercise('    type: minor-nc') }, '2026-11-25');
    assert.deepEqual(mine(found), []);
    assert.equal(ofCode('ISMS305')(found).length, 1);
  });

  it("edge: audit findings stay ISMS305's when iso22301 is listed", () => {
    const audit = exercise('    type: minor-nc')
      .replace('isms: exercise', 'isms: internal-audit')
      .replace('date: 2026-06-02', 'planned: 2026-06-02');
    const found = check({ 'isms.yaml': BCMS, 'a.md': audit }, '2026-11-25');
    assert.deepEqual(mine(found), []);
    assert.equal(ofCode('ISMS305')(found).length, 1);
  });
});
