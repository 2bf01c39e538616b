/**
 * `isms.today` in the client (issue 15.10): a value that is not a calendar date (`2027-13-45`) is not
 * taken silently — a warning names the setting and says the real date is used, once per change.
 */
import { changeSetting, fake, releaseVscode, resetFake } from '../support/fakeVscode';
import * as assert from 'node:assert/strict';
import { localToday } from '../../../src/core/dates';
import { today, watchTodaySetting } from '../../../src/extension/today';

releaseVscode();

describe('isms.today in VS Code', () => {
  beforeEach(resetFake);

  it('a real date is today; empty or absent is the real date; spaces around a date are ignored', () => {
    fake.settings.today = '2026-11-25';
    assert.equal(today(), '2026-11-25');
    fake.settings.today = ' 2026-11-25 ';
    assert.equal(today(), '2026-11-25', 'as the server reads it');
    fake.settings.today = '';
    assert.equal(today(), localToday());
  });

  it('an impossible date is reported, naming the setting and the real date used — once per change', () => {
    fake.settings.today = '2027-13-45';
    const watch = watchTodaySetting();
    assert.equal(today(), localToday());
    assert.equal(fake.messages.length, 1);
    assert.match(fake.messages[0], /‘isms\.today’ is ‘2027-13-45’, which is not a calendar date/);
    assert.ok(fake.messages[0].includes(`the real date (${localToday()})`));
    assert.doesNotMatch(fake.messages[0], /`/, 'plain text, no Markdown');
    changeSetting('rules', {});
    changeSetting('today', '2027-13-45');
    assert.equal(fake.messages.length, 1, 'the same value is not reported again');
    changeSetting('today', '2026-02-30');
    assert.equal(fake.messages.length, 2);
    assert.match(fake.messages[1], /‘2026-02-30’/);
    changeSetting('today', '2026-11-25');
    changeSetting('today', '2026-02-30');
    assert.equal(fake.messages.length, 3, 'a value written again after a valid one is reported again');
    watch.dispose();
  });

  it('a valid date, or none, says nothing', () => {
    fake.settings.today = '2026-11-25';
    watchTodaySetting().dispose();
    fake.settings.today = undefined;
    watchTodaySetting().dispose();
    assert.deepEqual(fake.messages, []);
  });
});
