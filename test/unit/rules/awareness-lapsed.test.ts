import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../support/memory';

const CODE = 'ISMS501';
const mine = ofCode(CODE);

const register = (...records: string[]): string => ['isms: awareness', 'records:', ...records.map((r) => `  - ${r}`), ''].join('\n');
const PHISH = '{ id: AW-2026-08, type: phishing-simulation, date: 2026-08-20, sent: 120, clicked: 9, reported: 61 }';

describe('ISMS501 awareness-lapsed', () => {
  it('reports the last simulation or training older than 3 months, at that record', () => {
    const files = { 'isms.yaml': config(), 'registers/awareness.yaml': register(PHISH, '{ id: AW-2026-10, type: poster, date: 2026-10-01 }') };
    const found = mine(check(files, '2026-11-25'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, { start: { line: 2, character: 10 }, end: { line: 2, character: 20 } });
    assert.equal(textAt(files, d), 'AW-2026-08');
    assert.match(d.message, /The last phishing simulation or training was on 2026-08-20, more than 3 months ago/);
  });

  it('does not fire after a recent training', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': register(PHISH, '{ id: AW-2026-10, type: training, date: 2026-10-01 }') }, '2026-11-25')), []);
  });

  it('edge: exactly max-gap-months is not lapsed; month end 2026-11-30 + 3 months is 2027-02-28', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': register(PHISH) }, '2026-11-20')), []);
    const monthEnd = register('{ id: AW-2026-11, type: refresher, date: 2026-11-30 }');
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': monthEnd }, '2027-02-28')), []);
    assert.equal(mine(check({ 'isms.yaml': config(), 'a.yaml': monthEnd }, '2027-03-01')).length, 1);
  });

  it('edge: a future-dated training does not count yet; max-gap-months from isms.yaml', () => {
    assert.equal(mine(check({ 'isms.yaml': config(), 'a.yaml': register(PHISH, '{ id: AW-2026-12, type: training, date: 2026-12-10 }') }, '2026-11-25')).length, 1);
    assert.deepEqual(mine(check({ 'isms.yaml': config('awareness: { max-gap-months: 6 }\n'), 'a.yaml': register(PHISH) }, '2026-11-25')), []);
  });

  it('edge: posters alone are no programme; with no records it is reported at isms.yaml', () => {
    const [d] = mine(check({ 'isms.yaml': config(), 'a.yaml': register('{ id: AW-1, type: poster, date: 2026-11-01 }') }, '2026-11-25'));
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.deepEqual(d.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } });
    assert.match(d.message, /No phishing simulation or training is recorded/);
  });
});
