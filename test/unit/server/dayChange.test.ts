/** The midnight re-check (issue 14.30): the server re-checks when the date the checks use moves. */
import * as assert from 'node:assert/strict';
import { DayWatcher } from '../../../src/server/dayChange';

describe('language server: the date moving at midnight', () => {
  it('asks for a re-check once when the date moves, not while it stays', () => {
    let today = '2026-11-25';
    const days: string[] = [];
    const watcher = new DayWatcher(
      () => today,
      (d) => days.push(d),
    );
    assert.equal(watcher.poll(), false);
    today = '2026-11-26';
    assert.equal(watcher.poll(), true);
    assert.equal(watcher.poll(), false);
    assert.deepEqual(days, ['2026-11-26']);
  });

  it('polls on its own once started, and stops', async () => {
    let today = '2026-11-25';
    const days: string[] = [];
    const watcher = new DayWatcher(
      () => today,
      (d) => days.push(d),
      5,
    );
    watcher.start();
    today = '2026-11-26';
    for (let i = 0; i < 200 && days.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    watcher.stop();
    today = '2026-11-27';
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(days, ['2026-11-26']);
  });
});
