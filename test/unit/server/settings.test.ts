/**
 * The client's settings are user text: rule codes such as `__proto__` or `toString` are names like any
 * other (issue 14.1's own-property lookups, on the server's side), and level words are read forgivingly.
 */
import * as assert from 'node:assert/strict';
import { readSettings } from '../../../src/server/settings';

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
});
