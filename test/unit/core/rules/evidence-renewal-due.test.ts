import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS962';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const evidence = (...rows: string[]): string => ['isms: evidence', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const CERT = '{ id: EV-2, title: Cloud certificate, controls: [A.5.23], effective: 2025-12-16, valid-until: 2026-12-15 }';

describe('ISMS962 evidence-renewal-due', () => {
  it('notes evidence within warn-days (default 30) of its last valid day, at valid-until', () => {
    const files = { 'isms.yaml': config(), 'e.yaml': evidence(CERT) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.equal(textAt(files, found[0]), '2026-12-15');
    assert.match(
      found[0].message,
      /^Evidence EV-2 \(Cloud certificate\) is valid until 2026-12-15: in 20 days it runs out \(renewal is due within 30 days\)\. Renew it so that A\.5\.23 stays covered/,
    );
  });

  it('starts exactly warn-days before, ends when it expires (ISMS961 takes over)', () => {
    const files = { 'isms.yaml': config(), 'e.yaml': evidence(CERT) };
    assert.deepEqual(mine(check(files, '2026-11-14')), []); // 31 days left
    assert.equal(mine(check(files, '2026-11-15')).length, 1); // 30 days left
    assert.match(mine(check(files, '2026-12-15'))[0].message, /today is its last valid day/);
    assert.deepEqual(mine(check(files, '2026-12-16')), []);
  });

  it('honours evidence.warn-days in isms.yaml', () => {
    const files = (warn: number): Record<string, string> => ({
      'isms.yaml': config(`evidence: { warn-days: ${warn} }\n`),
      'e.yaml': evidence(CERT),
    });
    assert.deepEqual(mine(check(files(10), TODAY)), []);
    assert.match(mine(check(files(60), '2026-10-20'))[0].message, /in 56 days it runs out \(renewal is due within 60 days\)/);
  });

  it('does not fire once newer evidence for the same controls is recorded, or for evidence of a scheduled activity', () => {
    const renewed = '{ id: EV-3, controls: [A.5.23], effective: 2026-11-20, valid-months: 12 }';
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'e.yaml': evidence(CERT, renewed) }, TODAY)), []);
    const files = {
      'isms.yaml': config(),
      'a.yaml': 'isms: control-activities\nrecords:\n  - { id: ACT-1, controls: [A.8.13], schedule: monthly, start: 2026-01-01 }\n',
      'e.yaml': evidence('{ id: EV-4, activity: ACT-1, effective: 2026-11-01, valid-months: 1 }'),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('edge: leap day and unreadable values conclude nothing', () => {
    const leap = { 'isms.yaml': config(), 'e.yaml': evidence('{ id: EV-5, controls: [A.5.1], effective: 2027-02-28, valid-months: 12 }') };
    // 2027-02-28 + 12 months = 2028-02-28 (not the leap day)
    assert.match(mine(check(leap, '2028-02-20'))[0].message, /valid until 2028-02-28: in 8 days/);
    const bad = {
      'isms.yaml': config(),
      'e.yaml': evidence('{ id: EV-6, controls: [A.5.1], effective: 2026-11-01, valid-until: 2026-13-01 }'),
    };
    assert.deepEqual(mine(check(bad, TODAY)), []);
  });
});
