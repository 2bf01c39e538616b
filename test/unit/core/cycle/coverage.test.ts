/** Coverage per standard over the certification cycle (src/core/cycle/coverage.ts). */
import * as assert from 'node:assert/strict';
import { standardScope, standardsCoverage, type StandardCoverage } from '../../../../src/core/cycle/coverage';
import { catalogueFor } from '../../../../src/core/model/catalogues';
import { config, ROOT, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';
const CYCLE = 'certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n';
const AUDITS = `isms: internal-audits
records:
  - { id: IA-2025-01, planned: 2025-01-10, performed: 2025-01-10, status: done, scope: ["9.2", A.5.1] }
  - { id: IA-2026-02, planned: 2026-02-11, performed: 2026-02-12, status: done, scope: ["9.2", "iso27701:A.7.2.8", "gdpr:art-30", "iso22301:8.4"] }
  - { id: IA-2026-05, planned: 2026-05-12, performed: 2026-05-12, status: done, scope: [A.5.1, "iso27701:A.7.3", "popia:s-19"] }
  - { id: IA-2026-12, planned: 2026-12-08, status: planned, scope: [A.5.15, "gdpr:art-33", "iso22301:10"] }
  - { id: IA-2026-06, planned: 2026-06-08, status: cancelled, scope: [A.8.13] }
  - { id: IA-2027-01, planned: 2027-01-12, status: planned, scope: [A.5.15] }
`;

function coverage(standards: string, files: Record<string, string> = {}): StandardCoverage[] {
  return standardsCoverage(
    workspaceOf({ 'isms.yaml': config(`standards: [${standards}]\n${CYCLE}`), 'audits/programme.yaml': AUDITS, ...files }),
    TODAY,
  );
}
const entry = (c: StandardCoverage | undefined, id: string) => c?.entries.find((e) => e.id === id);

describe('coverage per standard over the certification cycle', () => {
  it('lists the standards of isms.yaml in their order, each once, skipping unknown keys', () => {
    const all = coverage('iso27001:2022, iso27701:2019, iso22301, gdpr, popia, iso27701, soc2');
    assert.deepEqual(
      all.map((c) => [c.key, c.certifiable]),
      [
        ['iso27001:2022', true],
        ['iso27701:2019', true],
        ['iso22301:2019', true],
        ['gdpr', false],
        ['popia', false],
      ],
    );
    assert.ok(all.every((c) => c.from === '2025-03-14' && c.to === TODAY));
  });

  it('says when and by which done audit of the cycle each entry was covered, a heading covering its subclauses', () => {
    const [iso27001] = coverage('iso27001:2022');
    assert.equal(iso27001.entries.length, 30 + 93, 'clauses 4.1–10.2 and all 93 controls without an SoA');
    const e = entry(iso27001, '9.2.2');
    assert.deepEqual(
      e?.audits.map((a) => `${a.id} ${a.date}`),
      ['IA-2026-02 2026-02-12'],
    );
    assert.equal(e?.audits[0].location.file, `${ROOT}/audits/programme.yaml`);
    assert.equal(e?.audits[0].location.range.start.line, 3);
    // done before the cycle (IA-2025-01) does not count; a later done audit does
    assert.deepEqual(
      entry(iso27001, 'A.5.1')?.audits.map((a) => a.id),
      ['IA-2026-05'],
    );
    assert.equal(iso27001.audited, 3, '9.2.1, 9.2.2, A.5.1');
  });

  it('keeps the earliest audit still to do as planned; cancelled ones never count', () => {
    const [iso27001] = coverage('iso27001:2022');
    assert.deepEqual(entry(iso27001, 'A.5.15')?.planned?.id, 'IA-2026-12');
    assert.deepEqual(entry(iso27001, 'A.5.15')?.audits, []);
    assert.equal(entry(iso27001, 'A.8.13')?.planned, undefined);
  });

  it('ISO 22301 and ISO 27701: the heading named in a scope covers the subclauses and controls under it', () => {
    const [iso27701, iso22301] = coverage('iso27701:2019, iso22301:2019');
    assert.deepEqual(
      iso22301.entries.filter((e) => e.audits.length).map((e) => e.id),
      ['iso22301:8.4.1', 'iso22301:8.4.2', 'iso22301:8.4.3', 'iso22301:8.4.4', 'iso22301:8.4.5'],
    );
    assert.equal(entry(iso22301, 'iso22301:10.2')?.planned?.id, 'IA-2026-12');
    assert.equal(iso27701.audited, 1 + 10, 'A.7.2.8 and the ten A.7.3 controls');
    assert.deepEqual(entry(iso27701, 'iso27701:A.7.2.8')?.related, ['gdpr:art-30']);
  });

  it('a law is informational: only the articles or sections audits named (done or planned), nothing "not yet audited"', () => {
    const [gdpr, popia] = coverage('gdpr, popia');
    assert.deepEqual(
      gdpr.entries.map((e) => [e.id, e.audits.map((a) => a.id).join(), e.planned?.id ?? '']),
      [
        ['gdpr:art-30', 'IA-2026-02', ''],
        ['gdpr:art-33', '', 'IA-2026-12'],
      ],
    );
    assert.deepEqual(entry(gdpr, 'gdpr:art-30')?.related, ['iso27701:A.7.2.8', 'iso27701:A.7.5.3', 'iso27701:A.7.5.4', 'iso27701:B.8.2.6']);
    assert.equal(gdpr.audited, 1);
    assert.deepEqual(
      popia.entries.map((e) => e.id),
      ['popia:s-19'],
    );
  });

  it('the SoA narrows each standard to its own applicable controls, and points at their entries', () => {
    const soa = `isms: soa
records:
  - { id: SOA-1, control: A.5.1, applicable: true }
  - { id: SOA-2, control: A.5.2, applicable: false, justification: n/a }
  - { id: SOA-3, control: "iso27701:A.7.2.8", applicable: true }
`;
    const [iso27001, iso27701] = coverage('iso27001:2022, iso27701:2019', { 'registers/soa.yaml': soa });
    assert.deepEqual(
      iso27001.entries.filter((e) => e.kind === 'control').map((e) => e.id),
      ['A.5.1'],
    );
    assert.equal(entry(iso27001, 'A.5.1')?.soa?.range.start.line, 2);
    assert.deepEqual(
      iso27701.entries.filter((e) => e.kind === 'control').map((e) => e.id),
      ['iso27701:A.7.2.8'],
    );
    // clause 7.2 explains the one applicable controller control; 7.3–7.5 and the processor clauses 8.x drop out
    const clauses = iso27701.entries.filter((e) => e.kind === 'clause').map((e) => e.id);
    assert.ok(clauses.includes('iso27701:7.2') && clauses.includes('iso27701:5.7.2') && clauses.includes('iso27701:6.13'));
    assert.ok(!clauses.some((id) => /^iso27701:(7\.[345]|8\.)/.test(id)), clauses.join());
  });

  it('edge: without a certification cycle every done audit up to today counts; a law has no scope', () => {
    const ws = workspaceOf({ 'isms.yaml': config('standards: [iso27001:2022]\n'), 'audits/programme.yaml': AUDITS });
    const [iso27001] = standardsCoverage(ws, TODAY);
    assert.equal(iso27001.from, undefined);
    assert.deepEqual(
      entry(iso27001, 'A.5.1')?.audits.map((a) => a.id),
      ['IA-2025-01', 'IA-2026-05'],
    );
    assert.deepEqual(standardScope(ws, catalogueFor('gdpr')!).ids, []);
  });

  it('edge: scope items that are not catalogue ids, and audits without a date, are ignored without a throw; one without id still counts', () => {
    const odd = `isms: internal-audits
records:
  - { id: IA-X, planned: 2026-03-01, performed: 2026-03-01, status: done, scope: ["A.5", "iso27701:A.7", 42, {a: 1}, null] }
  - { planned: 2026-03-02, performed: 2026-03-02, status: done, scope: [A.5.1] }
  - { id: IA-Y, status: done, scope: [A.5.2] }
`;
    const [iso27001] = coverage('iso27001:2022', { 'audits/programme.yaml': odd });
    assert.equal(iso27001.audited, 1);
    assert.deepEqual(
      entry(iso27001, 'A.5.1')?.audits.map((a) => [a.id, a.date]),
      [['', '2026-03-02']],
    );
  });
});
