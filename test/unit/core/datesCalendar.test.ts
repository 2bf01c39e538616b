import * as assert from 'node:assert/strict';
import { daysBetween, isCalendarDate, plusDays, plusMonths } from '../../../src/core';

// These run under several TZ values in CI (see .ci/run): calendar dates must not move with the zone.
describe(`calendar dates (TZ=${process.env.TZ ?? 'system'})`, () => {
  it('accepts real dates only', () => {
    assert.equal(isCalendarDate('2026-02-28'), true);
    assert.equal(isCalendarDate('2028-02-29'), true, 'leap day');
    assert.equal(isCalendarDate('2026-02-29'), false);
    assert.equal(isCalendarDate('2026-02-30'), false);
    assert.equal(isCalendarDate('2026-13-01'), false);
    assert.equal(isCalendarDate('2026-1-01'), false);
    assert.equal(isCalendarDate(20260101), false);
  });

  it('adds months the calendar way at month ends', () => {
    assert.equal(plusMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(plusMonths('2028-01-31', 1), '2028-02-29');
    assert.equal(plusMonths('2028-02-29', 12), '2029-02-28');
    assert.equal(plusMonths('2026-03-31', -1), '2026-02-28');
  });

  it('counts days across daylight-saving changes without an off-by-one', () => {
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2); // EU spring forward
    assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2); // EU fall back
    assert.equal(daysBetween('2026-03-07', '2026-03-09'), 2); // US spring forward
    assert.equal(plusDays('2026-03-29', 1), '2026-03-30');
    assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
  });
});
