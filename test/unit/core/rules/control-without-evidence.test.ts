import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS966';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const soa = (...rows: string[]): string => ['isms: soa', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const row = (control: string, extra = 'applicable: true, implementation: implemented'): string =>
  `{ control: ${control}, ${extra}, justification: Needed }`;
const SOA = soa(
  row('A.5.15'),
  row('A.8.13'),
  row('A.8.16'),
  row('A.7.5', 'applicable: false'),
  row('A.8.30', 'applicable: true, implementation: planned'),
);
const evidence = (...rows: string[]): string => ['isms: evidence', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const activities = (...rows: string[]): string => ['isms: control-activities', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const ACCESS = '{ id: EV-1, controls: [A.5.15], effective: 2026-10-13, valid-months: 3 }';
const RESTORE = '{ id: ACT-R, controls: [A.8.13], schedule: monthly, start: 2026-08-01 }';
/** a planned external audit on `date` */
const auditIn = (date: string): string => `certification:\n  audits:\n    - { type: surveillance-1, date: ${date} }\n`;

describe('ISMS966 control-without-evidence', () => {
  it('once evidence is tracked: one note per applicable control nothing names, on its SoA row', () => {
    const files = { 'isms.yaml': config(), 'registers/soa.yaml': SOA, 'e.yaml': evidence(ACCESS), 'a.yaml': activities(RESTORE) };
    const found = mine(check(files, TODAY));
    assert.deepEqual(
      found.map((d) => textAt(files, d)),
      ['A.8.16'],
    );
    assert.equal(found[0].severity, 'information');
    assert.match(
      found[0].message,
      /^A\.8\.16 is applicable, but no evidence and no control activity names it: nothing shows that it operates\./,
    );
  });

  it('while no evidence and no activity is tracked: one note at the SoA, not one per control', () => {
    const files = { 'isms.yaml': config(), 'registers/soa.yaml': SOA };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].file, '/isms/registers/soa.yaml');
    assert.equal(found[0].range.start.line, 0);
    assert.match(
      found[0].message,
      /^3 applicable controls have no evidence that they operate and no recurring control activity: A\.5\.15, A\.8\.13, A\.8\.16\. No evidence is tracked yet/,
    );
  });

  it('does not fire without an SoA, for excluded or planned controls, or when evidence of any state names the control', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'e.yaml': evidence(ACCESS) }, TODAY)), []);
    const files = {
      'isms.yaml': config(),
      's.yaml': soa(
        row('A.5.15'),
        row('A.8.16'),
        row('A.8.30', 'applicable: true, implementation: planned'),
        row('A.7.5', 'applicable: false'),
      ),
      // expired and unreadable evidence are ISMS961's and ISMS006's to report: no second finding here
      'e.yaml': evidence(
        '{ id: EV-1, controls: [A.5.15], effective: 2024-01-01, valid-months: 1 }',
        '{ id: EV-2, controls: [a.8.16], effective: 2026-01-01, valid-months: lots }',
      ),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('counts evidence through its activity: evidence of an activity supports the activity’s controls', () => {
    const files = {
      'isms.yaml': config(),
      's.yaml': soa(row('A.5.18')),
      'e.yaml': evidence('{ id: EV-1, activity: ACT-X, effective: 2026-10-13, valid-months: 3 }'),
      'a.yaml': activities('{ id: ACT-X, controls: [A.5.18], schedule: now and then, start: 2026-01-01 }'),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('evidence.expected-for limits it to the controls listed', () => {
    const files = (expected: string): Record<string, string> => ({
      'isms.yaml': config(`evidence:\n  expected-for: ${expected}\n`),
      's.yaml': SOA,
      'e.yaml': evidence(ACCESS),
    });
    assert.deepEqual(
      mine(check(files('[A.5.15, a.8.13]'), TODAY)).map((d) => d.message.split(' ')[0]),
      ['A.8.13'],
    );
    assert.deepEqual(mine(check(files('[A.5.15]'), TODAY)), []);
    assert.equal(mine(check(files('all'), TODAY)).length, 2);
    // a value that is neither: reported by ISMS006, read as all
    const bad = check(files('{ some: thing }'), TODAY);
    assert.equal(mine(bad).length, 2);
    assert.ok(bad.some((d) => d.code === 'ISMS006' && /‘expected-for’ must be ‘all’ or a list of control ids/.test(d.message)));
  });

  it('rises to a warning within warn-before-external-days of the next external audit; isms.rules still wins', () => {
    const files = (extra: string): Record<string, string> => ({ 'isms.yaml': config(extra), 's.yaml': SOA, 'e.yaml': evidence(ACCESS) });
    const near = files(auditIn('2027-01-24')); // 60 days: inside the default 60
    const found = mine(check(near, TODAY));
    assert.deepEqual(
      found.map((d) => d.severity),
      ['warning', 'warning'],
    );
    assert.match(
      found[0].message,
      /The first surveillance audit is on 2027-01-24, in 60 days: the auditor samples controls for evidence\.$/,
    );
    assert.deepEqual(
      mine(check(files(auditIn('2027-01-25')), TODAY)).map((d) => d.severity),
      ['information', 'information'],
    );
    assert.equal(
      mine(check(files(`${auditIn('2027-01-25')}internal-audit: { warn-before-external-days: 90 }\n`), TODAY))[0].severity,
      'warning',
    );
    assert.deepEqual(
      mine(check(near, TODAY, { ISMS966: 'information' })).map((d) => d.severity),
      ['information', 'information'],
    );
    assert.deepEqual(mine(check(near, TODAY, { 'control-without-evidence': 'off' })), []);
  });
});
