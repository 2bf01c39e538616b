/**
 * Calendar arithmetic at the edges (issue 14.22, 14.23, 14.28): the range 0001-01-01 … 9999-12-31 holds,
 * years 0001–0099 stay themselves, and a day some time zone skipped changes nothing.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  daysBetween,
  daysInMonth,
  isCalendarDate,
  MAX_DATE,
  MIN_DATE,
  monthName,
  monthsBetween,
  plusDays,
  plusMonthKey,
  plusMonths,
} from '../../../src/core/dates';

/** Runs `body` with the process in time zone `zone` (Node re-reads TZ when it is assigned). */
function inZone(zone: string, body: () => void): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('core/dates', () => {
  describe('the range 0001-01-01 … 9999-12-31 (14.22)', () => {
    it('holds results at 9999-12-31, so that they still sort after today', () => {
      assert.equal(plusMonths('9999-12-31', 12), MAX_DATE);
      assert.equal(plusDays('9999-12-31', 1), MAX_DATE);
      assert.equal(plusDays('9999-12-30', 5), MAX_DATE);
      assert.equal(plusMonthKey('9999-12', 1), '9999-12');
      assert.equal(plusMonthKey('9999-10', 3), '9999-12');
      assert.ok(plusMonths('9999-12-31', 12) > '2026-11-25');
      assert.equal(plusDays('2026-01-01', 1e12), MAX_DATE, 'past what a Date can hold');
    });

    it('holds results at 0001-01-01', () => {
      assert.equal(plusDays('0001-01-01', -1), MIN_DATE);
      assert.equal(plusMonths('0001-03-31', -12), MIN_DATE);
      assert.equal(plusMonthKey('0001-01', -1), '0001-01');
      assert.equal(plusDays('2026-01-01', -1e12), MIN_DATE);
    });

    it('takes neither year 0000 nor five-digit years as dates', () => {
      assert.equal(isCalendarDate('0000-01-01'), false);
      assert.equal(isCalendarDate('10000-01-01'), false);
      assert.equal(isCalendarDate('0001-01-01'), true);
      assert.equal(isCalendarDate('9999-12-31'), true);
    });

    it('counts across the whole range', () => {
      assert.equal(daysBetween('0001-01-01', '9999-12-31'), 3_652_058);
      assert.equal(monthsBetween('0001-01-01', '9999-12-01'), 9999 * 12 - 1);
    });
  });

  describe('years 0001–0099 (14.23)', () => {
    it('stay in the first century', () => {
      assert.equal(plusDays('0050-02-28', 1), '0050-03-01');
      assert.equal(plusDays('0004-02-28', 1), '0004-02-29', 'year 4 is a leap year');
      assert.equal(plusMonths('0099-12-31', 1), '0100-01-31');
      assert.equal(plusMonths('0019-01-31', 1), '0019-02-28');
      assert.equal(daysBetween('0099-12-31', '0100-01-01'), 1);
      assert.equal(daysBetween('1999-12-31', '0099-12-31'), -693_960);
    });
  });

  describe('days a time zone skipped (14.28)', () => {
    // Samoa went from 2011-12-29 to 2011-12-31; Kiribati's Line Islands from 1994-12-30 to 1995-01-01
    for (const zone of ['Pacific/Apia', 'Pacific/Kiritimati', 'America/Sao_Paulo', 'Asia/Tehran', 'UTC']) {
      it(`change nothing in ${zone}`, () => {
        inZone(zone, () => {
          assert.equal(plusDays('2011-12-29', 1), '2011-12-30');
          assert.equal(plusDays('2011-12-30', 1), '2011-12-31');
          assert.equal(daysBetween('2011-12-29', '2011-12-31'), 2);
          assert.equal(plusMonths('2011-11-30', 1), '2011-12-30');
          assert.equal(plusDays('1994-12-30', 1), '1994-12-31');
          assert.equal(daysBetween('1994-12-30', '1995-01-01'), 2);
          assert.equal(plusMonthKey('2011-11', 1), '2011-12');
          assert.equal(plusDays('2026-03-28', 2), '2026-03-30');
        });
      });
    }
  });

  it('knows the length of each month and its name', () => {
    assert.equal(daysInMonth('2026-02'), 28);
    assert.equal(daysInMonth('2028-02'), 29);
    assert.equal(daysInMonth('2100-02'), 28);
    assert.equal(daysInMonth('0004-02'), 29);
    assert.equal(daysInMonth('2026-04'), 30);
    assert.equal(daysInMonth('2026-12'), 31);
    assert.equal(monthName('2026-03'), 'March 2026');
    assert.equal(monthName('2026-13'), '? 2026');
  });

  it('counts days by arithmetic exactly as a UTC calendar does, across the whole range', () => {
    const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
    const day = fc.integer({ min: Date.UTC(1, 0, 1) + 86_400_000 * 366, max: Date.UTC(9999, 11, 31) });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [x, y] = [iso(a), iso(b)];
        const expected = Math.round((Date.parse(`${y}T00:00:00Z`) - Date.parse(`${x}T00:00:00Z`)) / 86_400_000);
        assert.equal(daysBetween(x, y), expected);
      }),
      { numRuns: 2000 },
    );
    assert.equal(daysBetween('0001-01-01', '9999-12-31'), 3_652_058);
    assert.throws(() => daysBetween('2026-1-01', '2026-01-02'), /not a calendar date/);
  });
});
