/** Schedules of recurring control activities (issue 18.2): the words practitioners write, and due dates that never drift. */
import * as assert from 'node:assert/strict';
import {
  nextDueAfter,
  occurrenceDate,
  occurrenceIndexOn,
  occurrencesBetween,
  parseSchedule,
  planFrom,
  scheduleText,
  type Schedule,
} from '../../../../src/core';

const plan = (written: string, start: string, day?: number) => {
  const schedule = parseSchedule(written, day);
  assert.ok(schedule, `‘${written}’ reads as a schedule`);
  return planFrom(schedule, start);
};

const first = (written: string, start: string, n: number, day?: number): string[] => {
  const p = plan(written, start, day);
  return Array.from({ length: n }, (_, k) => occurrenceDate(p, k));
};

describe('parseSchedule (core/controls/schedule.ts)', () => {
  it('reads the named cadences and ‘every N units’ in any case and spacing', () => {
    const cases: [string, Schedule][] = [
      ['monthly', { every: 1, unit: 'months' }],
      ['Quarterly', { every: 3, unit: 'months' }],
      ['yearly', { every: 12, unit: 'months' }],
      ['annually', { every: 12, unit: 'months' }],
      ['Semi-Annually', { every: 6, unit: 'months' }],
      ['half yearly', { every: 6, unit: 'months' }],
      ['weekly', { every: 1, unit: 'weeks' }],
      ['fortnightly', { every: 2, unit: 'weeks' }],
      ['daily', { every: 1, unit: 'days' }],
      ['every 2 weeks', { every: 2, unit: 'weeks' }],
      ['every 3 months', { every: 3, unit: 'months' }],
      ['Every  6 Months', { every: 6, unit: 'months' }],
      ['every month', { every: 1, unit: 'months' }],
      ['every other week', { every: 2, unit: 'weeks' }],
      ['every 2 years', { every: 24, unit: 'months' }],
      ['every quarter', { every: 3, unit: 'months' }],
      ['3 months', { every: 3, unit: 'months' }],
      ['every 10 days', { every: 10, unit: 'days' }],
    ];
    for (const [written, want] of cases) assert.deepEqual(parseSchedule(written), want, written);
  });

  it('reads nothing it would have to guess: two-meaning words, zero, no unit, non-text', () => {
    for (const written of [
      'biweekly',
      'bimonthly',
      'biannually',
      'every 0 months',
      'every 3',
      'sometimes',
      '',
      'every 5000 years',
      'cron 0 0 1 * *',
    ])
      assert.equal(parseSchedule(written), undefined, written);
    assert.equal(parseSchedule(3), undefined);
    assert.equal(parseSchedule(['monthly']), undefined);
  });

  it('takes a day of the month for schedules in months, and no other', () => {
    assert.deepEqual(parseSchedule('every 3 months', 15), { every: 3, unit: 'months', day: 15 });
    assert.deepEqual(parseSchedule('yearly', 31), { every: 12, unit: 'months', day: 31 });
    assert.equal(parseSchedule('weekly', 3), undefined);
    assert.equal(parseSchedule('monthly', 32), undefined);
    assert.equal(parseSchedule('monthly', 0), undefined);
    assert.equal(parseSchedule('monthly', 1.5), undefined);
    assert.equal(parseSchedule('monthly', 'fifteenth'), undefined);
  });

  it('says a schedule in words', () => {
    assert.equal(scheduleText({ every: 1, unit: 'months' }), 'every month');
    assert.equal(scheduleText({ every: 3, unit: 'months', day: 15 }), 'every 3 months on day 15');
    assert.equal(scheduleText({ every: 24, unit: 'months' }), 'every 2 years');
    assert.equal(scheduleText({ every: 2, unit: 'weeks' }), 'every 2 weeks');
  });
});

describe('due dates of a schedule (core/controls/schedule.ts)', () => {
  it('monthly from 31 January: 28 or 29 February, then 31 March, never drifting to the 28th', () => {
    assert.deepEqual(first('monthly', '2026-01-31', 5), ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    assert.deepEqual(first('monthly', '2028-01-31', 3), ['2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('quarterly from the 15th, and with ‘day: 31’ at each quarter’s month end', () => {
    assert.deepEqual(first('quarterly', '2026-01-15', 5), ['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15', '2027-01-15']);
    assert.deepEqual(first('quarterly', '2026-02-01', 4, 31), ['2026-02-28', '2026-05-31', '2026-08-31', '2026-11-30']);
  });

  it('with a day before the start day, the first occurrence is one period later', () => {
    assert.deepEqual(first('every 3 months', '2026-01-20', 3, 15), ['2026-04-15', '2026-07-15', '2026-10-15']);
    assert.deepEqual(first('monthly', '2026-01-10', 2, 10), ['2026-01-10', '2026-02-10']);
  });

  it('every 2 weeks: fourteen days apart, across a year end', () => {
    assert.deepEqual(first('every 2 weeks', '2026-12-21', 4), ['2026-12-21', '2027-01-04', '2027-01-18', '2027-02-01']);
  });

  it('yearly from 29 February: 28 February in common years, 29 again in the next leap year', () => {
    assert.deepEqual(first('yearly', '2028-02-29', 5), ['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29']);
  });

  it('the last occurrence due on a day, and the next one after it', () => {
    const p = plan('monthly', '2026-01-31');
    assert.equal(occurrenceIndexOn(p, '2026-01-30'), -1);
    assert.equal(occurrenceIndexOn(p, '2026-01-31'), 0);
    assert.equal(occurrenceIndexOn(p, '2026-02-27'), 0);
    assert.equal(occurrenceIndexOn(p, '2026-02-28'), 1);
    assert.equal(occurrenceIndexOn(p, '2026-03-30'), 1);
    assert.equal(occurrenceIndexOn(p, '2026-03-31'), 2);
    assert.equal(nextDueAfter(p, '2026-02-28'), '2026-03-31');
    assert.equal(nextDueAfter(p, '2026-01-01'), '2026-01-31');
    const weeks = plan('every 2 weeks', '2026-01-05');
    assert.equal(occurrenceIndexOn(weeks, '2026-01-18'), 0);
    assert.equal(occurrenceIndexOn(weeks, '2026-01-19'), 1);
  });

  it('finds the last due occurrence of a long daily plan at once, and agrees with counting', () => {
    const daily = plan('daily', '0001-01-01');
    const started = Date.now();
    assert.equal(occurrenceDate(daily, occurrenceIndexOn(daily, '9999-12-30')), '9999-12-30');
    assert.ok(Date.now() - started < 2000);
    const p = plan('every 5 months', '2026-01-31', 30);
    for (let k = 0; k < 40; k++) {
      const d = occurrenceDate(p, k);
      assert.equal(occurrenceIndexOn(p, d), k, d);
    }
  });

  it('lists the due dates of a period, bounded', () => {
    const p = plan('monthly', '2026-01-31');
    assert.deepEqual(occurrencesBetween(p, '2026-03-01', '2026-06-30'), ['2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30']);
    assert.deepEqual(occurrencesBetween(p, '2025-01-01', '2026-02-28'), ['2026-01-31', '2026-02-28']);
    assert.equal(occurrencesBetween(plan('daily', '2026-01-01'), '2026-01-01', '2030-01-01', 10).length, 10);
    // the calendar's end: the dates stop rather than repeat 9999-12-31
    assert.deepEqual(occurrencesBetween(plan('yearly', '9998-06-01'), '9998-01-01', '9999-12-31'), ['9998-06-01', '9999-06-01']);
  });
});
