/** The calendar model's month range under dates a hostile isms.yaml may hold (issue 14.36-39, "Also"). */
import * as assert from 'node:assert/strict';
import { calendarModel } from '../../../../src/core/calendar/model';

/** the bound model.ts documents (MAX_YEARS) */
const MAX_YEARS = 10;
import { config, workspaceOf } from '../../support/memory';

describe('calendar model: bounded month range', () => {
  it(`a cycle from 1000 to 9999 gives at most ${MAX_YEARS} years either side of today, not 108,000 months`, () => {
    const ws = workspaceOf({ 'isms.yaml': config('certification:\n  issued: 1000-01-01\n  expires: 9999-12-31\n') });
    const started = Date.now();
    const model = calendarModel(ws, '2026-11-25');
    assert.ok(Date.now() - started < 10_000);
    assert.equal(model.months.length, 2 * 12 * MAX_YEARS + 1);
    assert.equal(model.months[0].month, '2016-11');
    assert.equal(model.months[model.months.length - 1].month, '2036-11');
    assert.ok(JSON.stringify(model).length < 1_000_000);
    assert.equal(model.months[model.initialIndex].month, '2026-09', 'the default window still starts two months back');
  });

  it('a real three-year cycle is shown whole, as before', () => {
    const ws = workspaceOf({ 'isms.yaml': config('certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n') });
    const model = calendarModel(ws, '2026-11-25');
    assert.equal(model.months[0].month, '2025-03');
    assert.equal(model.months[model.months.length - 1].month, '2028-03');
  });
});
