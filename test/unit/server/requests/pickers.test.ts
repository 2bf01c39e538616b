/** isms/findingsWithoutCa and isms/records (src/server/requests/pickers.ts), answered in process. */
import * as assert from 'node:assert/strict';
import { findingsWithoutCaRequest, recordsRequest } from '../../../../src/server/requests/pickers';
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
});
