import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS403';
const mine = ofCode(CODE);

const cert = (decision: string, ...audits: string[]): string =>
  config(['certification:', `  decision: ${decision}`, '  audits:', ...audits.map((a) => `    - ${a}`), ''].join('\n'));

describe('ISMS403 first-surveillance-late', () => {
  it('reports a first surveillance more than 12 months after the decision, at that audit', () => {
    const files = {
      'isms.yaml': cert(
        '2025-03-14',
        '{ type: certification, date: 2025-02-10, status: done }',
        '{ type: surveillance-1, date: 2026-03-20 }',
      ),
    };
    const found = mine(check(files, '2025-06-01'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 6, character: 6 }, end: { line: 6, character: 48 } });
    assert.equal(textAt(files, d), '{ type: surveillance-1, date: 2026-03-20 }');
    assert.match(
      d.message,
      /The first surveillance audit \(2026-03-20\) is more than 12 months after the certification decision \(2025-03-14\); it must be held by 2026-03-14/,
    );
  });

  it('does not fire for a first surveillance on the last allowed day (exactly 12 months)', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': cert('2025-03-14', '{ type: surveillance-1, date: 2026-03-14 }') }, '2025-06-01')), []);
  });

  it('edge: leap day decision 2028-02-29: the limit is 2029-02-28', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': cert('2028-02-29', '{ type: surveillance-1, date: 2029-02-28 }') }, '2028-06-01')), []);
    assert.match(
      mine(check({ 'isms.yaml': cert('2028-02-29', '{ type: surveillance-1, date: 2029-03-01 }') }, '2028-06-01'))[0].message,
      /by 2029-02-28/,
    );
  });

  it('edge: month end decision 2026-01-31: the limit is 2027-01-31', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': cert('2026-01-31', '{ type: surveillance-1, date: 2027-01-31 }') }, '2026-06-01')), []);
    assert.equal(mine(check({ 'isms.yaml': cert('2026-01-31', '{ type: surveillance-1, date: 2027-02-01 }') }, '2026-06-01')).length, 1);
  });

  it('edge: none planned is quiet for 6 months, then reported at `certification:`', () => {
    const files = { 'isms.yaml': cert('2025-03-14') };
    assert.deepEqual(mine(check(files, '2025-09-13')), []);
    const [d] = mine(check(files, '2025-09-14'));
    assert.equal(d.range.start.line, 3);
    assert.match(
      d.message,
      /No surveillance audit is planned after the certification decision of 2025-03-14; the first must be held by 2026-03-14/,
    );
  });

  it('edge: a cancelled surveillance does not count; the next one is judged', () => {
    const files = {
      'isms.yaml': cert(
        '2025-03-14',
        '{ type: surveillance-1, date: 2026-02-09, status: cancelled }',
        '{ type: surveillance-1, date: 2026-04-20 }',
      ),
    };
    assert.match(mine(check(files, '2025-06-01'))[0].message, /\(2026-04-20\)/);
  });

  it('edge: `issued:` stands in for the decision date when there is none', () => {
    const files = {
      'isms.yaml': config('certification:\n  issued: 2025-03-14\n  audits:\n    - { type: surveillance-1, date: 2026-03-20 }\n'),
    };
    assert.equal(mine(check(files, '2025-06-01')).length, 1);
  });
});
