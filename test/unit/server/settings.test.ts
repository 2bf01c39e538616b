/**
 * The client's settings are user text: rule codes such as `__proto__` or `toString` are names like any
 * other (issue 14.1's own-property lookups, on the server's side), and level words are read forgivingly.
 */
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, logInvalidToday, readSettings } from '../../../src/server/settings';

describe('server settings', () => {
  it('keeps rule codes that are built-in object names as ordinary codes', () => {
    const { rules } = readSettings(JSON.parse('{ "rules": { "__proto__": "off", "toString": "info", "ISMS101": "constructor" } }'));
    assert.equal(Object.hasOwn(rules, '__proto__'), true);
    assert.equal(rules['__proto__'], 'off');
    assert.equal(rules.toString, 'information');
    assert.equal(Object.hasOwn(rules, 'ISMS101'), false, 'an unknown level is dropped, not read from a prototype');
  });

  it('reads aliases and booleans as levels', () => {
    const { rules } = readSettings({ rules: { ISMS101: 'Warn', ISMS102: false, ISMS103: 'none' } });
    assert.deepEqual({ ...rules }, { ISMS101: 'warning', ISMS102: 'off', ISMS103: 'off' });
  });

  it('isms.today: a calendar date is used (spaces trimmed); empty is the real date', () => {
    assert.equal(readSettings({ today: ' 2026-11-25 ' }).today, '2026-11-25');
    const empty = readSettings({ today: '' });
    assert.equal(empty.today, '');
    assert.equal(empty.invalidToday, undefined);
    assert.equal(readSettings({}).invalidToday, undefined);
  });

  it('isms.today that is not a date (2027-13-45) is named, not taken silently; the real date is used (issue 15.10)', () => {
    const bad = readSettings({ today: '2027-13-45' });
    assert.equal(bad.today, '');
    assert.equal(bad.invalidToday, '2027-13-45');
    assert.equal(readSettings({ today: 20261125 }).invalidToday, '20261125');
    const logged: string[] = [];
    assert.equal(
      logInvalidToday((m) => logged.push(m), DEFAULT_SETTINGS, bad),
      true,
    );
    assert.match(logged[0], /isms\.today is '2027-13-45', not a calendar date/);
    assert.equal(
      logInvalidToday((m) => logged.push(m), bad, readSettings({ today: '2027-13-45', rules: {} })),
      false,
      'once per change',
    );
    assert.equal(
      logInvalidToday((m) => logged.push(m), bad, readSettings({ today: '2026-11-25' })),
      false,
    );
    assert.equal(logged.length, 1);
  });
});
