import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT } from '../../support/memory';
import { documentFile } from './documents';

const CODE = 'ISMS931';
const mine = ofCode(CODE);
const TODAY = '2026-11-25';

/** Every ISO 27001 item but those left out, by one document citing the clauses. */
const ALL_27001 = [
  '4.3',
  '5.2',
  '6.1.2',
  '6.1.3',
  '6.1.3 d',
  '6.1.3 e',
  '6.2',
  '7.2',
  '8.1',
  '8.2',
  '8.3',
  '9.1',
  '9.2.2',
  '9.3.3',
  '10.2',
];
const manual = (cites: readonly string[], status = 'approved'): string =>
  documentFile({ id: 'MAN-001', title: 'ISMS Manual', status, satisfies: JSON.stringify(cites) });
const without = (...left: string[]): string[] => ALL_27001.filter((c) => !left.includes(c));
const certification = (date: string, status = 'planned'): string =>
  config(
    `certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n  audits:\n    - { type: surveillance-1, date: ${date}, status: ${status} }\n`,
  );

describe('ISMS931 mandatory-document-missing', () => {
  it('reports each missing item once at isms.yaml, as information far from an external audit', () => {
    const files = { 'isms.yaml': config(), 'manual.md': manual(without('8.1')) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.deepEqual(d.range.start, { line: 0, character: 6 });
    assert.equal(d.severity, 'information');
    assert.match(d.message, /^ISO\/IEC 27001:2022 8\.1 requires documented information: Operational planning and control/);
    assert.match(d.message, /add a document with ‘satisfies: \["8\.1"\]’/);
  });

  it('does not fire when a document cites every clause (10.2 needs no record while no nonconformity is recorded)', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'manual.md': manual(ALL_27001) }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'manual.md': manual(without('10.2')) }, TODAY)), []);
  });

  it('fires for every item of a folder with one draft document citing nothing, but the scope, which isms.yaml `scope:` satisfies', () => {
    const draft = documentFile({ id: 'POL-001', title: 'Draft', status: 'draft' });
    const bare = mine(check({ 'isms.yaml': config(), 'draft.md': draft }, TODAY)).map((d) => /:2022 (.+?) requires/.exec(d.message)?.[1]);
    // diagnostics at one place come sorted by message
    assert.deepEqual(
      bare.sort(),
      ['4.3', '5.2 e', '6.1.2', '6.1.3', '6.1.3 d', '6.1.3 e', '6.2', '7.2 d', '8.1', '8.2', '8.3', '9.1', '9.2.2', '9.3.3'].sort(),
    );
    const scoped = mine(check({ 'isms.yaml': config('scope: The SaaS platform\n'), 'draft.md': draft }, TODAY));
    assert.equal(scoped.length, 13);
    assert.ok(!scoped.some((d) => / 4\.3 requires/.test(d.message)));
  });

  it('edge: says it once, as a summary, in a folder that tracks no document yet', () => {
    const found = mine(check({ 'isms.yaml': config() }, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.match(
      found[0].message,
      /^14 items of the documented information .*\(4\.3 Scope of the ISMS; .*, and 10 more\)\. No document is tracked yet/,
    );
    const done = mine(check({ 'isms.yaml': config(), 'manual.md': manual(without()) }, TODAY));
    assert.equal(done.length, 0, 'a document that satisfies the whole list ends it');
  });

  it('rises to a warning within 90 days of the next external audit, and when one is past but not done', () => {
    const files = (isms: string) => ({ 'isms.yaml': isms, 'manual.md': manual(without('8.1')) });
    const severity = (isms: string): string | undefined => mine(check(files(isms), TODAY))[0]?.severity;
    assert.equal(severity(certification('2027-02-23')), 'warning'); // 90 days
    assert.match(
      mine(check(files(certification('2027-02-23')), TODAY))[0].message,
      /first surveillance audit is on 2027-02-23, in 90 days/,
    );
    assert.equal(severity(certification('2027-02-24')), 'information'); // 91 days
    assert.equal(severity(certification('2026-11-01')), 'warning'); // past, not marked done
    assert.match(mine(check(files(certification('2026-11-01')), TODAY))[0].message, /of 2026-11-01 is past and not marked done/);
    assert.equal(severity(certification('2026-11-01', 'done')), 'information');
  });

  it('reads clause citations leniently: a letter, parentheses, the standard named; ISMS004 accepts them too', () => {
    const cites = without('6.1.3 d', '5.2', '10.2');
    for (const soa of ['6.1.3 d', '6.1.3(d)', 'ISO 27001 6.1.3 d', 'ISO/IEC 27001:2022 6.1.3 d)', 'iso27001:6.1.3 d']) {
      const files = { 'isms.yaml': config(), 'manual.md': manual([...cites, soa, '5.2 e', '10.2 f–g']) };
      const diags = check(files, TODAY);
      assert.deepEqual(mine(diags), [], soa);
      assert.deepEqual(ofCode('ISMS004')(diags), [], soa);
    }
    // the bare clause is the risk treatment process, not the SoA or the plan
    const bare = mine(check({ 'isms.yaml': config(), 'manual.md': manual(without('6.1.3 d', '6.1.3 e')) }, TODAY));
    assert.deepEqual(
      bare.map((d) => /2022 (6\.1\.3 [de])/.exec(d.message)?.[1]),
      ['6.1.3 d', '6.1.3 e'],
    );
    // another letter of a clause with several items names none of them
    assert.equal(mine(check({ 'isms.yaml': config(), 'manual.md': manual([...without('6.1.3 d'), '6.1.3 f']) }, TODAY)).length, 1);
  });

  it('counts records of the right kind, and not a retired document', () => {
    const soa = 'isms: soa\nrecords:\n  - { control: A.5.1, applicable: true, implementation: implemented, justification: Policy }\n';
    const files = { 'isms.yaml': config(), 'manual.md': manual(without('6.1.3 d')), 'soa.yaml': soa };
    assert.deepEqual(mine(check(files, TODAY)), []);
    assert.equal(mine(check({ 'isms.yaml': config(), 'manual.md': manual(ALL_27001, 'retired') }, TODAY)).length, 14);
  });

  it('asks for 10.2 f–g once a nonconformity is recorded without a corrective action', () => {
    const audit = [
      '---',
      'isms: internal-audit',
      'id: IA-2026-01',
      'date: 2026-01-10',
      'performed: 2026-01-10',
      'findings:',
      '  - { id: IA-2026-01-F1, type: minor-nc, text: No leaver checks }',
      '---',
      '',
    ].join('\n');
    const files = { 'isms.yaml': config(), 'manual.md': manual(without('10.2')), 'audit.md': audit };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /10\.2 f–g requires documented information: Nonconformities/);
  });

  it('edge: ISO 22301 items only when isms.yaml lists ISO 22301; its clauses carry its prefix', () => {
    const listed = config('standards: [iso27001:2022, iso22301:2019]\n');
    const only27001 = mine(check({ 'isms.yaml': config(), 'manual.md': manual(ALL_27001) }, TODAY));
    assert.deepEqual(only27001, []);
    const with22301 = mine(check({ 'isms.yaml': listed, 'manual.md': manual(ALL_27001) }, TODAY));
    assert.ok(with22301.length > 0);
    assert.ok(
      with22301.every((d) => d.message.startsWith('ISO 22301:2019 ')),
      with22301.map((d) => d.message).join('\n'),
    );
    const plans = (cite: string) =>
      mine(check({ 'isms.yaml': listed, 'manual.md': manual([...ALL_27001, cite]) }, TODAY)).some((d) => / 8\.4 requires/.test(d.message));
    assert.equal(plans('8.4'), true); // ISO 27001's 8.4 does not exist; a bare number is ISO 27001's
    assert.equal(plans('ISO 22301 8.4'), false);
    assert.equal(plans('iso22301:8.4.4'), false); // a subclause of the item's clause
  });

  it('edge: the ISO/IEC 27701 records of processing are asked for only when the SoA makes the control applicable', () => {
    const isms = config('standards: [iso27001:2022, iso27701:2019]\nscope: The SaaS platform\n');
    const soa = (applicable: boolean) =>
      `isms: soa\nrecords:\n  - { control: "iso27701:A.7.2.8", applicable: ${applicable}, justification: Controller }\n`;
    const processing = (files: Record<string, string>) =>
      mine(check({ 'isms.yaml': isms, 'manual.md': manual(ALL_27001), ...files }, TODAY)).filter((d) => /A\.7\.2\.8/.test(d.message));
    assert.equal(processing({ 'soa.yaml': soa(true) }).length, 1);
    assert.equal(processing({ 'soa.yaml': soa(false) }).length, 0);
    const pa = 'isms: processing-activities\nrecords:\n  - { id: PA-001, title: Payroll, role: controller }\n';
    assert.equal(processing({ 'soa.yaml': soa(true), 'pa.yaml': pa }).length, 0);
  });
});
