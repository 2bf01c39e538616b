/** isms/findingsWithoutCa and isms/records (src/server/requests/pickers.ts), answered in process. */
import * as assert from 'node:assert/strict';
import { auditPlanRequest, findingsWithoutCaRequest, recordsRequest } from '../../../../src/server/requests/pickers';
import { config, workspaceOf } from '../../support/memory';
import { contextOf, fixture } from '../../support/serverState';

describe('the pickers: isms/findingsWithoutCa and isms/records', () => {
  const ctx = contextOf();

  it('lists the findings no corrective action answers, with their audit', () => {
    const findings = findingsWithoutCaRequest.handle({}, ctx);
    assert.deepEqual(
      findings.map((f) => [f.id, f.type, f.auditId, f.rootUri, f.location.range.start.line]),
      [['IA-2026-03-F2', 'minor-nc', 'IA-2026-03', 'file:///isms', 15]],
    );
  });

  it('counts a corrective action that names the finding as its source', () => {
    const ws = fixture({
      'registers/more.yaml': 'isms: corrective-actions\nrecords:\n  - { id: CA-2, title: Reviews, source: IA-2026-03-F2, status: open }\n',
    });
    assert.deepEqual(findingsWithoutCaRequest.handle({}, contextOf(ws)), []);
  });

  it('answers nothing for a root it does not know', () => {
    assert.deepEqual(findingsWithoutCaRequest.handle({ rootUri: 'file:///elsewhere' }, ctx), []);
    assert.deepEqual(recordsRequest.handle({ rootUri: 'file:///elsewhere' }, ctx), []);
  });

  it('lists records of a kind with their title and status', () => {
    assert.deepEqual(
      recordsRequest.handle({ kind: 'corrective-action', rootUri: 'file:///isms' }, ctx).map((r) => [r.id, r.title, r.status]),
      [['CA-2026-001', 'Remove leaver accounts within 24 hours', 'open']],
    );
    assert.deepEqual(
      recordsRequest.handle({ kind: 'finding' }, ctx).map((r) => r.id),
      ['IA-2026-03-F1', 'IA-2026-03-F2'],
    );
  });

  it('isms/auditPlan: this month and later first, the past gaps last with their catch-up this month or next (issue 15.2)', () => {
    // today 2026-06-01: audits in January, March and May; nothing from June on
    const records = ['01', '03', '05'].map((m) => `  - { id: IA-2026-${m}, planned: 2026-${m}-12, performed: 2026-${m}-12, status: done }`);
    const ws = workspaceOf({ 'isms.yaml': config(), 'audits/p.yaml': ['isms: internal-audits', 'records:', ...records, ''].join('\n') });
    const plan = auditPlanRequest.handle({ rootUri: 'file:///isms' }, contextOf(ws));
    assert.deepEqual(
      plan.slice(0, 3).map((m) => [m.month, m.past, m.slots.map((s) => s.planned)]),
      [
        ['2026-06', false, ['2026-06-15']],
        ['2026-07', false, ['2026-07-15']],
        ['2026-08', false, ['2026-08-17']],
      ],
    );
    assert.deepEqual(
      plan.filter((m) => m.past).map((m) => [m.month, m.slots.map((s) => s.month)]),
      [
        ['2026-04', ['2026-06', '2026-07']],
        ['2026-02', ['2026-06', '2026-07']],
      ],
    );
    assert.ok(plan.every((m) => m.rootUri === 'file:///isms'));
    assert.deepEqual(
      auditPlanRequest.handle({ rootUri: 'file:///isms', month: '2026-02' }, contextOf(ws)).map((m) => m.month),
      ['2026-02'],
    );
    assert.deepEqual(auditPlanRequest.handle({ month: '2026-13' }, contextOf(ws)), []);
  });
});
