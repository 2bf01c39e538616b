import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt, workspaceOf } from '../../support/memory';
import { APPROVED, applied, soa } from './soa';

const mine = ofCode('ISMS925');
const TODAY = '2026-11-25';
const ENTRIES = [applied('A.5.1')];

describe('ISMS925 soa-not-approved', () => {
  it('an SoA without version and approval: information at its `isms: soa` line, naming what is missing', () => {
    const files = { 'isms.yaml': config(), 'soa.yaml': soa(ENTRIES) };
    const [d, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'information');
    assert.equal(textAt(files, d), 'isms: soa');
    assert.match(d.message, /^The Statement of Applicability does not record ‘version:’, ‘approved:’ \(the approval date\), ‘approver:’\./);
  });

  it('an SoA in review: a warning at its status', () => {
    const files = { 'isms.yaml': config(), 'soa.yaml': soa(ENTRIES, ['version: "6"', 'status: in review']) };
    const [d, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'in review');
    assert.match(d.message, /^The Statement of Applicability \(version 6\) is ‘in-review’, not approved\./);
  });

  it('does not fire for an approved SoA with version, date and approver, nor for an SoA of single records', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'soa.yaml': soa(ENTRIES, APPROVED) }, TODAY)), []);
    const noStatus = APPROVED.filter((l) => !l.startsWith('status'));
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'soa.yaml': soa(ENTRIES, noStatus) }, TODAY)), []);
    const md = '---\nisms: soa\ncontrol: A.5.1\napplicable: true\nimplementation: implemented\njustification: x\n---\n';
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': md }, TODAY)), []);
  });

  it('edge: an approval date that is no date is pointed at', () => {
    const header = ['version: 6.10', 'status: approved', 'approved: 2026-13-01', 'approver: Alex Morgan'];
    const files = { 'isms.yaml': config(), 'soa.yaml': soa(ENTRIES, header) };
    const [d] = mine(check(files, TODAY));
    assert.equal(textAt(files, d), '2026-13-01');
    assert.match(d.message, /does not record ‘approved:’ as a date YYYY-MM-DD\./);
  });

  it('edge: editing only the SoA header (no entry changed) re-runs the rule', () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'soa.yaml': soa(ENTRIES, APPROVED) });
    assert.deepEqual(mine(ws.check({ today: TODAY }).all()), []);
    ws.setFile(
      '/isms/soa.yaml',
      soa(
        ENTRIES,
        APPROVED.map((l) => (l.startsWith('status') ? 'status: draft' : l)),
      ),
    );
    assert.equal(mine(ws.check({ today: TODAY }).all())[0]?.severity, 'warning');
    ws.setFile('/isms/soa.yaml', soa(ENTRIES, APPROVED));
    assert.deepEqual(mine(ws.check({ today: TODAY }).all()), []);
  });
});
