import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS707';
const mine = ofCode(CODE);

const GDPR = config('standards: [iso27001:2022, gdpr]\n');

const files = (cfg: string, ...fields: string[]): Record<string, string> => ({
  'isms.yaml': cfg,
  'registers/incidents.yaml': [
    'isms: incidents',
    'records:',
    '  - id: INC-2026-031',
    '    title: CRM export on a lost USB stick',
    '    detected: 2026-03-04',
    ...fields.map((l) => `    ${l}`),
    '',
  ].join('\n'),
});

describe('ISMS707 breach-facts-unreadable', () => {
  it('`personal-data: maybe`: one information at the value, not a deadline; ISMS006 reports the value', () => {
    const f = files(GDPR, 'personal-data: maybe');
    const all = check(f, '2026-11-25');
    const [d, ...rest] = mine(all);
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'information');
    assert.equal(textAt(f, d), 'maybe');
    assert.match(
      d.message,
      /Cannot tell whether incident INC-2026-031 is a personal data breach.*‘personal-data: maybe’ is neither true nor false/,
    );
    assert.match(d.message, /No notification deadline is checked/);
    assert.equal(ofCode('ISMS006')(all).length, 1);
    assert.deepEqual([...ofCode('ISMS701')(all), ...ofCode('ISMS705')(all)], []);
  });

  it('an unreadable role (on the incident or its processing activity) or decision is said, once', () => {
    const f = files(GDPR, 'personal-data: true', 'role: sub-contractor', 'notification: perhaps');
    const [d, ...rest] = mine(check(f, '2026-11-25'));
    assert.deepEqual(rest, []);
    assert.equal(textAt(f, d), 'sub-contractor');
    assert.match(d.message, /‘role: sub-contractor’ is neither controller nor processor/);
    const pa = ['isms: processing-activities', 'records:', '  - id: PA-09', '    role: joint', ''].join('\n');
    const g = { ...files(GDPR, 'personal-data: true', 'processing-activity: PA-09'), 'pa.yaml': pa };
    assert.match(mine(check(g, '2026-11-25'))[0].message, /the ‘role: joint’ of PA-09/);
    const h = files(GDPR, 'personal-data: true', 'notification: perhaps');
    assert.match(mine(check(h, '2026-11-25'))[0].message, /‘notification: perhaps’ is neither required nor not-required/);
  });

  it('a law it does not know in `regimes:` is said; the laws it knows are still checked', () => {
    const f = files(config(), 'personal-data: true', 'regimes: [gdpr, ccpa]', 'notification: required');
    const all = check(f, '2026-11-25');
    const [d] = mine(all);
    assert.equal(textAt(f, d), '[gdpr, ccpa]');
    assert.match(d.message, /‘regimes:’ names ‘ccpa’.*The laws it does name are checked/);
    assert.equal(ofCode('ISMS701')(all).length, 1);
  });

  it('silent once something was done, and for a readable or non-personal incident', () => {
    assert.deepEqual(mine(check(files(GDPR, 'personal-data: maybe', 'notified-authority: 2026-03-05'), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(GDPR, 'personal-data: maybe', 'notification: not-required'), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(GDPR, 'personal-data: true', 'notification: required'), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(GDPR, 'personal-data: false'), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(config(), 'personal-data: maybe'), '2026-11-25')), [], 'no privacy law');
  });
});
