import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS706';
const mine = ofCode(CODE);

const POPIA = config('standards: [iso27001:2022, popia]\n');

const files = (cfg: string, ...extra: string[]): Record<string, string> => ({
  'isms.yaml': cfg,
  'registers/incidents.yaml': [
    'isms: incidents',
    'records:',
    '  - id: INC-2026-021',
    '    title: Payroll spreadsheet e-mailed to a supplier',
    '    detected: 2026-03-04',
    '    personal-data: true',
    ...extra.map((l) => `    ${l}`),
    '',
  ].join('\n'),
});

describe('ISMS706 breach-popia-notification', () => {
  it('POPIA only, not notified after the reminder days: information, with s.22 and the eServices portal', () => {
    const f = files(POPIA, 'notification: required');
    const [d, ...rest] = mine(check(f, '2026-03-08'));
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'information');
    assert.equal(textAt(f, d), 'INC-2026-021');
    assert.match(d.message, /not been notified to the Information Regulator\. POPIA s\.22\(1\), \(2\): .*as soon as reasonably possible/);
    assert.match(
      d.message,
      /since 1 April 2025 the Information Regulator takes security compromise notifications only through its eServices portal/,
    );
    assert.doesNotMatch(d.message, /72|hours/);
    assert.deepEqual(ofCode('ISMS701')(check(f, '2026-03-08')), [], 'no GDPR clock');
  });

  it('within the days (default 3) nothing; a missing decision is said with the reminder', () => {
    assert.deepEqual(mine(check(files(POPIA, 'notification: required'), '2026-03-07')), []);
    const [d] = mine(check(files(POPIA), '2026-03-08'));
    assert.match(d.message, /and no notification decision is recorded/);
  });

  it('the days are configurable (`privacy.popia-notification-days`)', () => {
    const cfg = config('standards: [iso27001:2022, popia]\nprivacy: { popia-notification-days: 10 }\n');
    assert.deepEqual(mine(check(files(cfg), '2026-03-14')), []);
    assert.equal(mine(check(files(cfg), '2026-03-15')).length, 1);
  });

  it('notified later than the days without a reason: information at the date, citing s.22(2)', () => {
    const f = files(POPIA, 'notification: required', 'notified-authority: 2026-03-20');
    const [d] = mine(check(f, '2026-11-25'));
    assert.equal(textAt(f, d), '2026-03-20');
    assert.match(d.message, /16 days after its discovery.*s\.22\(2\)/);
    assert.deepEqual(mine(check(files(POPIA, 'notified-authority: 2026-03-20', 'delay-reason: SAPS asked us to wait'), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(POPIA, 'notified-authority: 2026-03-06'), '2026-11-25')), []);
  });

  it('silent with GDPR too (ISMS701 has it), for a processor (ISMS705), and with `not-required`', () => {
    assert.deepEqual(mine(check(files(config('standards: [iso27001:2022, gdpr, popia]\n')), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(POPIA, 'role: processor'), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(POPIA, 'notification: not-required'), '2026-11-25')), []);
    assert.equal(mine(check(files(config(), 'regimes: popia'), '2026-11-25')).length, 1, 'said on the incident');
  });
});
