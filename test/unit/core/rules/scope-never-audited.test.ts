import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS105';
// 9 months before the certificate expires: the cycle's final year
const TODAY = '2027-06-01';
const mine = ofCode(CODE);

const CERT = config('certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n');
const SOA = [
  'isms: soa',
  'records:',
  '  - { id: SOA-A.5.15, control: A.5.15, applicable: true }',
  '  - { id: SOA-A.8.13, control: A.8.13, applicable: true }',
  '  - { id: SOA-A.7.4, control: A.7.4, applicable: false, justification: No premises of our own }',
  '',
].join('\n');
const audit = (scope: string, performed = '2026-05-12'): string =>
  [
    '---',
    'isms: internal-audit',
    'id: IA-2026-05',
    `planned: ${performed}`,
    `performed: ${performed}`,
    'status: done',
    `scope: ${scope}`,
    '---',
    '',
  ].join('\n');
const CLAUSES = '"4", "5", "6", "7", "8", "9", "10"';

describe('ISMS105 scope-never-audited', () => {
  it('in the final year, reports an applicable control never audited this cycle, at its SoA entry', () => {
    const files = { 'isms.yaml': CERT, 'registers/soa.yaml': SOA, 'audits/IA-2026-05.md': audit(`[${CLAUSES}, A.5.15]`) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/registers/soa.yaml`);
    assert.deepEqual(d.range, { start: { line: 3, character: 10 }, end: { line: 3, character: 20 } });
    assert.equal(textAt(files, d), 'SOA-A.8.13');
    assert.match(
      d.message,
      /A\.8\.13 has not been internally audited in this certification cycle \(since 2025-03-14\), and the certificate expires on 2028-03-13/,
    );
  });

  it('does not fire when every clause and applicable control has been audited (not-applicable A.7.4 is not needed)', () => {
    const files = { 'isms.yaml': CERT, 'registers/soa.yaml': SOA, 'audits/IA-2026-05.md': audit(`[${CLAUSES}, A.5.15, A.8.13]`) };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('edge: a clause written as a YAML number (9.1) is audited; a missing clause is reported at isms.yaml', () => {
    const files = {
      'isms.yaml': CERT,
      'registers/soa.yaml': SOA,
      'audits/IA-2026-05.md': audit('[4, 5, 6, 7, 8, 9.1, 9.2, 9.3, 10, A.5.15, A.8.13]'),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
    const noTen = { ...files, 'audits/IA-2026-05.md': audit('[4, 5, 6, 7, 8, 9, A.5.15, A.8.13]') };
    const found = mine(check(noTen, TODAY));
    assert.deepEqual(
      found.map((d) => d.message.split(' ')[0]),
      ['10.1', '10.2'],
    );
    assert.equal(found[0].file, `${ROOT}/isms.yaml`);
  });

  it('edge: an audit performed before the cycle started does not count', () => {
    const files = {
      'isms.yaml': CERT,
      'registers/soa.yaml': SOA,
      'audits/IA-2026-05.md': audit(`[${CLAUSES}, A.5.15, A.8.13]`, '2025-02-01'),
    };
    assert.equal(mine(check(files, TODAY)).length, 30 + 2);
  });

  it('edge: more than 12 months before expiry it is one progress note (information), not a warning per control', () => {
    const files = { 'isms.yaml': CERT, 'registers/soa.yaml': SOA, 'audits/IA-2026-05.md': audit(`[${CLAUSES}, A.5.15]`) };
    const found = mine(check(files, '2027-02-01'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.match(
      found[0].message,
      /31 of 32 clauses and applicable controls internally audited this cycle \(since 2025-03-14\), 1 not yet\. The Coverage view and ‘isms report coverage’ list them\./,
    );
    // the final year starts 12 months before expiry (2027-03-13): from then on, one warning per control
    assert.equal(mine(check(files, '2027-02-13'))[0].severity, 'information');
    assert.equal(mine(check(files, '2027-03-13'))[0].severity, 'warning');
  });

  it('edge: without an SoA every Annex A control is in scope', () => {
    const files = { 'isms.yaml': CERT, 'audits/IA-2026-05.md': audit(`[${CLAUSES}]`) };
    assert.equal(mine(check(files, TODAY)).length, 93);
  });
});

describe('ISMS105 scope-never-audited, other standards', () => {
  const withStandards = (standards: string): string =>
    config(`standards: [${standards}]\ncertification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n`);
  const all27001Audited = (extra: string): string =>
    audit(
      `[${CLAUSES}, ${Array.from({ length: 93 }, (_, i) => (i < 37 ? `A.5.${i + 1}` : i < 45 ? `A.6.${i - 36}` : i < 59 ? `A.7.${i - 44}` : `A.8.${i - 58}`)).join(', ')}${extra ? `, ${extra}` : ''}]`,
    );

  it('reports ISO 22301 clauses not audited, per standard, with the heading covering its subclauses', () => {
    const files = {
      'isms.yaml': withStandards('iso27001:2022, iso22301:2019'),
      'audits/IA-2026-05.md': all27001Audited('"iso22301:4", "iso22301:5", "iso22301:6", "iso22301:7", "iso22301:8", "iso22301:9"'),
    };
    const found = mine(check(files, TODAY));
    assert.deepEqual(
      found.map((d) => d.message.split(' ')[0]),
      ['iso22301:10.1', 'iso22301:10.2'],
    );
    assert.ok(found.every((d) => d.severity === 'warning' && d.file === `${ROOT}/isms.yaml`));
  });

  it('names the standard in the progress note, one per certifiable standard, and never one for GDPR or POPIA', () => {
    const files = {
      'isms.yaml': withStandards('iso27001:2022, iso22301:2019, gdpr, popia'),
      'audits/IA-2026-05.md': audit(`[${CLAUSES}, "gdpr:art-30"]`),
    };
    const found = mine(check(files, '2026-06-01'));
    const note = (name: string): string => found.find((d) => d.message.startsWith(`${name}: `))?.message ?? '';
    assert.deepEqual(found.map((d) => d.message.slice(0, d.message.indexOf(': '))).sort(), ['ISO 22301:2019', 'ISO/IEC 27001:2022']);
    assert.match(
      note('ISO/IEC 27001:2022'),
      /^ISO\/IEC 27001:2022: 30 of 123 clauses and applicable controls internally audited this cycle \(since 2025-03-14\), 93 not yet\. The Coverage view and ‘isms report coverage’ list them\.$/,
    );
    assert.match(note('ISO 22301:2019'), /^ISO 22301:2019: 0 of 46 clauses internally audited this cycle/);
    assert.ok(found.every((d) => d.severity === 'information'));
  });

  it('ISO 27701: only the controls the SoA marks applicable, and clause 8 only for a processor', () => {
    const soa = [
      'isms: soa',
      'records:',
      '  - { id: SOA-A.5.15, control: A.5.15, applicable: true }',
      '  - { id: SOA-PIMS-A.7.2.8, control: "iso27701:A.7.2.8", applicable: true }',
      '  - { id: SOA-PIMS-A.7.2.5, control: "iso27701:A.7.2.5", applicable: true }',
      '  - { id: SOA-PIMS-B.8.2.6, control: "iso27701:B.8.2.6", applicable: false, justification: Not a processor }',
      '',
    ].join('\n');
    const scope27701 = '"iso27701:5", "iso27701:6", "iso27701:7.2", "iso27701:A.7.2.8"';
    const files = {
      'isms.yaml': withStandards('iso27001:2022, iso27701:2019'),
      'registers/soa.yaml': soa,
      'audits/IA-2026-05.md': audit(`[${CLAUSES}, A.5.15, ${scope27701}]`),
    };
    const found = mine(check(files, TODAY));
    // A.7.2.5 is applicable and unaudited; clause 7.2 is audited; clause 8 and Annex B are out (not a processor)
    assert.deepEqual(
      found.map((d) => d.message.split(' ')[0]),
      ['iso27701:A.7.2.5'],
    );
    assert.equal(textAt(files, found[0]), 'SOA-PIMS-A.7.2.5');
  });

  it('ISO 27701 without SoA entries of its own: every Annex A and B control and clauses 5–8 count', () => {
    const files = {
      'isms.yaml': withStandards('iso27001:2022, iso27701'),
      'audits/IA-2026-05.md': all27001Audited(
        '"iso27701:5", "iso27701:6", "iso27701:7", "iso27701:8", "iso27701:A.7.2", "iso27701:A.7.3", "iso27701:A.7.4", "iso27701:A.7.5", "iso27701:B.8.2", "iso27701:B.8.3", "iso27701:B.8.4"',
      ),
    };
    assert.deepEqual(
      mine(check(files, TODAY)).map((d) => d.message.split(' ')[0]),
      [
        'iso27701:B.8.5.1',
        'iso27701:B.8.5.2',
        'iso27701:B.8.5.3',
        'iso27701:B.8.5.4',
        'iso27701:B.8.5.5',
        'iso27701:B.8.5.6',
        'iso27701:B.8.5.7',
        'iso27701:B.8.5.8',
      ],
    );
  });

  it('edge: a standard that is not listed is not checked, even when audits name it (27001 only when listed)', () => {
    const files = {
      'isms.yaml': withStandards('iso22301:2019'),
      'audits/IA-2026-05.md': audit(
        '["iso22301:4", "iso22301:5", "iso22301:6", "iso22301:7", "iso22301:8", "iso22301:9", "iso22301:10", "iso27701:5"]',
      ),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });
});
