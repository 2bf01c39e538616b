import * as assert from 'node:assert/strict';
import { compactIds, soaStatus } from '../../../../src/core';
import { config, workspaceOf } from '../../support/memory';
import { APPROVED, annexA, applied, excluded, soa } from '../rules/soa';

describe('soaStatus (core/documents/soa.ts)', () => {
  it('counts per listed standard what the SoA names, lacks, excludes, and what has no justification, status or document', () => {
    const entries = [
      ...annexA('A.5.2', 'A.7.5', 'A.8.30', 'A.5.8', 'A.8.17'),
      excluded('A.7.5'),
      'control: A.5.8, applicable: true, justification: Projects',
      'control: A.8.17, applicable: true, implementation: partial',
      excluded('A.8.30'),
      applied('"iso27701:A.7.2.1"', 'documents: [POL-001]'),
    ];
    const ws = workspaceOf({
      'isms.yaml': config('standards: [iso27001:2022, iso27701:2019, gdpr]\n'),
      'soa.yaml': soa(entries, APPROVED),
      'p.md': '---\nisms: document\nid: POL-001\ntitle: Privacy policy\nimplements: [A.5.1, A.5.34]\n---\n',
    });
    const status = soaStatus(ws);
    assert.equal(status.present, true);
    assert.equal(status.location?.file, '/isms/soa.yaml');
    assert.deepEqual(
      { ...status.approval.header?.data },
      { version: '6', status: 'approved', approved: '2026-10-15', approver: 'Alex Morgan' },
    );
    assert.deepEqual(
      [status.approval.version, status.approval.status, status.approval.approved, status.approval.approver],
      ['6', 'approved', '2026-10-15', 'Alex Morgan'],
    );
    assert.equal(status.linksDocuments, true);
    // GDPR is a law without controls: no SoA part of its own
    assert.deepEqual(
      status.standards.map((s) => s.standard),
      ['iso27001:2022', 'iso27701:2019'],
    );
    const [iso27001, iso27701] = status.standards;
    assert.deepEqual(
      {
        expected: iso27001.expected,
        present: iso27001.present,
        missing: iso27001.missing,
        applicable: iso27001.applicable,
        notApplicable: iso27001.notApplicable,
        implemented: iso27001.implemented,
        withoutJustification: iso27001.withoutJustification,
        withoutImplementation: iso27001.withoutImplementation,
        withDocument: iso27001.withDocument,
      },
      {
        expected: 93,
        present: 92,
        missing: ['A.5.2'],
        applicable: 90,
        notApplicable: 2,
        implemented: 88,
        withoutJustification: ['A.8.17'],
        withoutImplementation: ['A.5.8'],
        withDocument: 2,
      },
    );
    assert.equal(iso27001.withoutDocument.length, 86);
    assert.ok(!iso27001.withoutDocument.includes('A.5.1'));
    assert.deepEqual([iso27701.expected, iso27701.present, iso27701.missing.length, iso27701.withoutDocument], [49, 1, 48, []]);
    assert.deepEqual(status.byControl.get('iso27701:A.7.2.1')?.documents, ['POL-001']);
  });

  it('is absent without any SoA record or register; an empty register is an SoA', () => {
    assert.equal(soaStatus(workspaceOf({ 'isms.yaml': config() })).present, false);
    const empty = soaStatus(workspaceOf({ 'isms.yaml': config(), 'soa.yaml': 'isms: soa\nrecords: []\n' }));
    assert.equal(empty.present, true);
    assert.deepEqual(empty.standards[0].missing.length, 93);
  });

  it('edge: a register header with a self-referencing alias is read without throwing, and edits to it are still noticed', () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'soa.yaml': 'isms: soa\nx: &a [ *a ]\nrecords: []\n' });
    assert.equal(
      ws
        .check({ today: '2026-11-25' })
        .all()
        .filter((d) => d.code === 'ISMS925').length,
      1,
    );
    ws.setFile('/isms/soa.yaml', `isms: soa\nx: &a [ *a ]\n${APPROVED.join('\n')}\nrecords: []\n`);
    assert.equal(
      ws
        .check({ today: '2026-11-25' })
        .all()
        .filter((d) => d.code === 'ISMS925').length,
      0,
    );
  });

  it('reads a version written as a YAML number as written (`6.10`, not 6.1)', () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'soa.yaml': soa([applied('A.5.1')], ['version: 6.10']) });
    assert.equal(soaStatus(ws).approval.version, '6.10');
  });

  it('compactIds: neighbours in the catalogue as ranges within one parent, long lists cut', () => {
    assert.equal(compactIds(['A.5.1', 'A.5.2', 'A.5.3', 'A.5.37', 'A.6.1', 'A.6.2', 'A.8.1']), 'A.5.1–A.5.3, A.5.37, A.6.1, A.6.2, A.8.1');
    assert.equal(compactIds(['iso27701:B.8.5.1', 'iso27701:B.8.5.2', 'iso27701:B.8.5.3']), 'iso27701:B.8.5.1–B.8.5.3');
    assert.equal(compactIds(['A.5.1', 'A.5.3', 'A.5.5'], 2), 'A.5.1, A.5.3 and 1 more');
  });
});
