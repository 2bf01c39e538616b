/** Evidence validity (issue 18.1): from the effective date, for months or until a date; unknown rather than guessed. */
import * as assert from 'node:assert/strict';
import { evidenceValidity, validUntil, type IsmsRecord } from '../../../../src/core';
import { config, workspaceOf } from '../../support/memory';

/** One evidence record from a register entry written as YAML flow fields. */
function evidence(fields: string): IsmsRecord {
  const ws = workspaceOf({ 'isms.yaml': config(), 'evidence.yaml': `isms: evidence\nrecords:\n  - { id: EV-1, ${fields} }\n` });
  const [rec] = ws.records('evidence');
  assert.ok(rec);
  return rec;
}

const until = (fields: string): unknown => {
  const read = validUntil(evidence(fields));
  return read.state === 'known' ? read.value : read.state;
};

describe('validUntil (core/controls/evidence.ts)', () => {
  it('counts calendar months from the effective date', () => {
    assert.equal(until('effective: 2026-03-10, valid-months: 12'), '2027-03-10');
    assert.equal(until('effective: 2026-10-06, valid-months: 3'), '2027-01-06');
  });

  it('holds a month end to the shorter month, and the leap day to 28 February', () => {
    assert.equal(until('effective: 2026-01-31, valid-months: 1'), '2026-02-28');
    assert.equal(until('effective: 2028-01-31, valid-months: 1'), '2028-02-29');
    assert.equal(until('effective: 2028-02-29, valid-months: 12'), '2029-02-28');
    assert.equal(until('effective: 2028-02-29, valid-months: 48'), '2032-02-29');
  });

  it('takes valid-until as written, over valid-months', () => {
    assert.equal(until('effective: 2026-05-20, valid-until: 2027-05-31'), '2027-05-31');
    assert.equal(until('effective: 2026-05-20, valid-months: 1, valid-until: 2027-05-31'), '2027-05-31');
  });

  it('nothing written: no end (or the default months given); unreadable: unknown', () => {
    assert.equal(until('effective: 2026-05-20'), 'absent');
    assert.equal(validUntil(evidence('effective: 2026-05-20'), 6).state, 'known');
    assert.equal(until('effective: 2026-05-20, valid-months: twelve'), 'unreadable');
    assert.equal(until('effective: 2026-05-20, valid-months: 0'), 'unreadable');
    assert.equal(until('effective: 2026-05-20, valid-months: 1.5'), 'unreadable');
    assert.equal(until('effective: 2026-05-20, valid-until: 2027-02-30'), 'unreadable');
    assert.equal(until('effective: soon, valid-months: 3'), 'unreadable');
  });
});

describe('evidenceValidity (core/controls/evidence.ts)', () => {
  const state = (fields: string, today: string, warnDays?: number): string => evidenceValidity(evidence(fields), today, { warnDays }).state;

  it('current, renewal due within the warning days, expired after the last valid day', () => {
    const ev = 'effective: 2026-01-31, valid-months: 1';
    assert.equal(state(ev, '2026-02-01', 7), 'current');
    assert.equal(state(ev, '2026-02-21', 7), 'renewal-due');
    assert.equal(state(ev, '2026-02-28', 7), 'renewal-due');
    assert.equal(state(ev, '2026-03-01', 7), 'expired');
    // the default warning is 30 days
    assert.equal(state(ev, '2026-02-01'), 'renewal-due');
    const v = evidenceValidity(evidence(ev), '2026-03-03');
    assert.deepEqual(v, { state: 'expired', effective: '2026-01-31', validUntil: '2026-02-28', daysLeft: -3 });
  });

  it('leap day + 12 months: valid on 2029-02-28, expired on 2029-03-01', () => {
    const ev = 'effective: 2028-02-29, valid-months: 12';
    assert.equal(state(ev, '2029-02-28', 0), 'renewal-due');
    assert.equal(state(ev, '2029-02-27', 0), 'current');
    assert.equal(state(ev, '2029-03-01', 0), 'expired');
  });

  it('future when effective after today, whatever its end', () => {
    assert.equal(state('effective: 2026-12-01, valid-months: 12', '2026-11-25'), 'future');
    assert.equal(state('effective: 2026-11-25, valid-months: 12', '2026-11-25'), 'current');
  });

  it('without an end it stays current', () => {
    assert.equal(state('effective: 2020-01-01', '2026-11-25'), 'current');
  });

  it('unknown, never guessed, when a date or the months cannot be read', () => {
    assert.deepEqual(evidenceValidity(evidence('effective: last spring, valid-months: 3'), '2026-11-25'), {
      state: 'unknown',
      unreadable: 'effective',
    });
    assert.equal(evidenceValidity(evidence('valid-months: 3'), '2026-11-25').state, 'unknown');
    assert.equal(evidenceValidity(evidence('effective: 2026-01-01, valid-months: a year'), '2026-11-25').unreadable, 'valid-months');
    assert.equal(evidenceValidity(evidence('effective: 2026-01-01, valid-until: 31.12.2026'), '2026-11-25').unreadable, 'valid-until');
  });
});
