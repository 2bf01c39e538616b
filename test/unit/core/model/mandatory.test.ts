import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  MANDATORY_REQUIREMENTS,
  catalogueFor,
  lookupEntry,
  mandatoryDocuments,
  parseClauseCitation,
  requirementCitation,
  requirementId,
} from '../../../../src/core';
import { config, workspaceOf } from '../../support/memory';

describe('the mandatory documented information (src/core/model/mandatory.ts)', () => {
  it('cites only clauses and controls that exist in the catalogue of their standard', () => {
    for (const req of MANDATORY_REQUIREMENTS) {
      const standard = catalogueFor(req.standard);
      assert.ok(standard, `${req.standard} is a known standard`);
      assert.equal(standard.key, req.standard, `${req.standard} is written as its catalogue key`);
      const hit = lookupEntry(requirementId(req));
      assert.ok(hit, `${req.standard} ${requirementCitation(req)}: ${requirementId(req)} is in the catalogue`);
      assert.equal(hit.standard, standard, requirementId(req));
      assert.equal(hit.entry.kind, req.control ? 'control' : 'clause', requirementId(req));
    }
  });

  it('lists the ISO/IEC 27001:2022 items a stage-1 auditor checks, each once', () => {
    const iso27001 = MANDATORY_REQUIREMENTS.filter((r) => r.standard === 'iso27001:2022').map(requirementCitation);
    assert.deepEqual(iso27001, [
      '4.3',
      '5.2 e',
      '6.1.2',
      '6.1.3',
      '6.1.3 d',
      '6.1.3 e',
      '6.2',
      '7.2 d',
      '8.1',
      '8.2',
      '8.3',
      '9.1',
      '9.2.2',
      '9.3.3',
      '10.2 f–g',
    ]);
    const keys = MANDATORY_REQUIREMENTS.map((r) => `${r.standard} ${requirementCitation(r)}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('is the table of docs/format.md, row for row', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../../../../docs/format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Mandatory documented information'), doc.indexOf('## Findings and corrective actions'));
    const rows = section.split('\n').filter((l) => /^\| ISO/.test(l));
    assert.deepEqual(
      rows.map((l) => l.split(' | ').slice(0, 3).join(' | ')),
      MANDATORY_REQUIREMENTS.map((r) => `| ${catalogueFor(r.standard)!.name} | ${requirementCitation(r)} | ${r.title}`),
    );
  });

  it('reads clause citations as people write them', () => {
    const read = (raw: string | number) => {
      const c = parseClauseCitation(raw);
      return c && `${c.id}|${c.letters.join(',')}`;
    };
    assert.equal(read('6.1.3'), '6.1.3|');
    assert.equal(read(9.1), '9.1|');
    assert.equal(read('6.1.3 d'), '6.1.3|d');
    assert.equal(read('6.1.3(d)'), '6.1.3|d');
    assert.equal(read('6.1.3 d)'), '6.1.3|d');
    assert.equal(read('6.1.3.d'), '6.1.3|d');
    assert.equal(read('ISO 27001 6.1.3 d'), '6.1.3|d');
    assert.equal(read('ISO/IEC 27001:2022 6.1.3 D'), '6.1.3|d');
    assert.equal(read('iso27001:6.1.3'), '6.1.3|');
    assert.equal(read('10.2 f–g'), '10.2|f,g');
    assert.equal(read('10.2 f-h'), '10.2|f,g,h');
    assert.equal(read('10.2 f, h'), '10.2|f,h');
    assert.equal(read('iso22301:8.4'), 'iso22301:8.4|');
    assert.equal(read('ISO 22301:2019 8.2.2'), 'iso22301:8.2.2|');
    assert.equal(read('iso27701:5.4.1.3'), 'iso27701:5.4.1.3|');
    for (const other of ['A.5.15', 'iso27701:A.7.2.8', 'gdpr:art-30', 'POL-001', '', 'clause', '6.1.3 dd', '6.1.3 d e f']) {
      assert.equal(parseClauseCitation(other), undefined, other);
    }
  });

  it('says what satisfies each item, and MISSING as status', () => {
    const doc = ['---', 'isms: document', 'id: PRO-001', 'status: approved', 'satisfies: ["6.1.2", "6.1.3"]', '---', ''].join('\n');
    const ws = workspaceOf({ 'isms.yaml': config('scope: The platform\n'), 'pro.md': doc });
    const items = mandatoryDocuments(ws, '2026-11-25');
    const byClause = new Map(items.map((i) => [i.clause, i]));
    assert.equal(byClause.get('4.3')?.status, 'satisfied');
    assert.deepEqual(
      byClause.get('4.3')?.satisfiedBy.map((e) => e.kind),
      ['config'],
    );
    assert.deepEqual(
      byClause.get('6.1.2')?.satisfiedBy.map((e) => e.id),
      ['PRO-001'],
    );
    assert.equal(byClause.get('6.1.3 d')?.status, 'missing');
    assert.equal(byClause.get('10.2 f–g')?.status, 'not-applicable');
    assert.equal(byClause.get('10.2 f–g')?.notApplicableBecause, 'no nonconformity has been recorded');
    assert.equal(byClause.get('6.1.3 d')?.reference, '6.1.3');
    assert.match(byClause.get('6.1.3 d')?.how ?? '', /^a document with ‘satisfies: \["6\.1\.3 d"\]’ or SoA entries/);
    assert.ok(items.every((i) => i.standard === 'iso27001:2022'));
  });
});
