import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS701';
const mine = ofCode(CODE);

const GDPR = config('standards: [iso27001:2022, gdpr]\n');
const POPIA = config('standards: [iso27001:2022, popia]\n');

/** An incidents register with one incident; `extra` lines are its further fields. */
const incident = (...extra: string[]): string =>
  [
    'isms: incidents',
    'records:',
    '  - id: INC-2026-003',
    '    title: Customer exports publicly readable',
    '    detected: 2026-03-04',
    ...extra.map((l) => `    ${l}`),
    '',
  ].join('\n');
const files = (cfg: string, ...extra: string[]): Record<string, string> => ({
  'isms.yaml': cfg,
  'registers/incidents.yaml': incident('personal-data: true', ...extra),
});

describe('ISMS701 personal-data-breach-notification', () => {
  it('GDPR: reports a breach not notified after the 72 hours, at its id, with the deadline date', () => {
    const f = files(GDPR, 'notification: required');
    const found = mine(check(f, '2026-03-10'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(textAt(f, d), 'INC-2026-003');
    assert.match(
      d.message,
      /INC-2026-003 \(detected 2026-03-04\) has not been notified to the supervisory authority; the 72-hour deadline of GDPR Art\. 33\(1\) was 2026-03-07/,
    );
    assert.doesNotMatch(d.message, /No notification decision/);
  });

  it('does not fire when notified within 72 hours, or when the decision is not-required', () => {
    assert.deepEqual(mine(check(files(GDPR, 'notification: required', 'notified-authority: 2026-03-06'), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(GDPR, 'notification: not-required'), '2026-11-25')), []);
    assert.deepEqual(mine(check({ 'isms.yaml': GDPR, 'i.yaml': incident('personal-data: false') }, '2026-11-25')), []);
  });

  it('edge: exactly 72 hours — detected + 3 days is still in time, the day after is late', () => {
    assert.deepEqual(mine(check(files(GDPR, 'notification: required'), '2026-03-07')), []);
    assert.deepEqual(mine(check(files(GDPR, 'notified-authority: 2026-03-07'), '2026-11-25')), []);
    assert.equal(mine(check(files(GDPR, 'notification: required'), '2026-03-08')).length, 1);
    const [late] = mine(check(files(GDPR, 'notified-authority: 2026-03-08'), '2026-11-25'));
    assert.match(late.message, /notified to the supervisory authority on 2026-03-08, after the 72-hour deadline of 2026-03-07/);
  });

  it('edge: leap day — detected 2028-02-27, the deadline is 2028-03-01', () => {
    const leap = {
      'isms.yaml': GDPR,
      'i.yaml': incident('personal-data: true', 'notification: required').replace('2026-03-04', '2028-02-27'),
    };
    assert.deepEqual(mine(check(leap, '2028-03-01')), []);
    assert.match(mine(check(leap, '2028-03-02'))[0].message, /was 2028-03-01/);
  });

  it('a late notification with a delay-reason is accepted; without one it is reported at the notification date', () => {
    assert.deepEqual(
      mine(check(files(GDPR, 'notified-authority: 2026-03-09', 'delay-reason: Forensics needed to confirm scope'), '2026-11-25')),
      [],
    );
    const f = files(GDPR, 'notified-authority: 2026-03-09');
    const [d] = mine(check(f, '2026-11-25'));
    assert.equal(d.severity, 'error');
    assert.equal(textAt(f, d), '2026-03-09');
    assert.match(d.message, /no `delay-reason:` is recorded/);
  });

  it('the older `notified:` field counts as the notification date', () => {
    assert.deepEqual(mine(check(files(GDPR, 'notified: 2026-03-06'), '2026-11-25')), []);
    const f = files(GDPR, 'notified: 2026-03-10');
    assert.equal(textAt(f, mine(check(f, '2026-11-25'))[0]), '2026-03-10');
  });

  it('within the clock, a missing decision is a warning naming the deadline; past it, one error says both', () => {
    const [d] = mine(check(files(GDPR), '2026-03-05'));
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /has no notification decision.*notify the supervisory authority by 2026-03-07/);
    const [late] = mine(check(files(GDPR), '2026-03-20'));
    assert.equal(late.severity, 'error');
    assert.match(late.message, /No notification decision is recorded either/);
  });

  it('POPIA only: no 72-hour clock — a missing decision, or a required notification not made, is a warning', () => {
    const [undecided] = mine(check(files(POPIA), '2026-11-25'));
    assert.equal(undecided.severity, 'warning');
    assert.match(undecided.message, /no notification decision.*POPIA s\.22/);
    const [required] = mine(check(files(POPIA, 'notification: required'), '2026-11-25'));
    assert.equal(required.severity, 'warning');
    assert.match(required.message, /as soon as reasonably possible/);
    assert.deepEqual(
      mine(check(files(POPIA, 'notification: required', 'notified-authority: 2026-04-30'), '2026-11-25')),
      [],
      'late by GDPR, but POPIA sets no hours',
    );
    assert.deepEqual(mine(check(files(POPIA, 'notification: not-required'), '2026-11-25')), []);
  });

  it('edge: silent unless isms.yaml lists gdpr or popia; silent for a future or impossible detection date', () => {
    assert.deepEqual(mine(check(files(config()), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(config('standards: [iso27001:2022, iso27701:2019]\n')), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(GDPR), '2026-03-03')), []);
    const bad = { 'isms.yaml': GDPR, 'i.yaml': incident('personal-data: true').replace('2026-03-04', '2026-02-30') };
    assert.deepEqual(mine(check(bad, '2026-11-25')), []);
  });
});
