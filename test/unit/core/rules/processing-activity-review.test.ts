import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS702';
const mine = ofCode(CODE);
const GDPR = config('standards: [iso27001:2022, gdpr]\n');

const register = (...extra: string[]): string =>
  [
    'isms: processing-activities',
    'records:',
    '  - id: PA-01',
    '    title: Customer support tickets',
    '    purpose: Answer customer questions',
    '    role: controller',
    '    lawful-basis: contract',
    ...extra.map((l) => `    ${l}`),
    '',
  ].join('\n');

describe('ISMS702 processing-activity-review', () => {
  it('reports a record of processing last reviewed more than 12 months ago, at its review date', () => {
    const files = { 'isms.yaml': GDPR, 'registers/processing.yaml': register('reviewed: 2025-10-01') };
    const found = mine(check(files, '2026-11-25'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(files, found[0]), '2025-10-01');
    assert.match(
      found[0].message,
      /Record of processing PA-01 \(Customer support tickets\) was last reviewed on 2025-10-01, more than 12 months ago \(due by 2026-10-01\)/,
    );
  });

  it('does not fire for a record reviewed within the interval', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': GDPR, 'p.yaml': register('reviewed: 2026-02-01') }, '2026-11-25')), []);
  });

  it('edge: exactly review-months later is still in time; leap day 2028-02-29 + 12 months is 2029-02-28', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': GDPR, 'p.yaml': register('reviewed: 2025-11-25') }, '2026-11-25')), []);
    const leap = { 'isms.yaml': GDPR, 'p.yaml': register('reviewed: 2028-02-29') };
    assert.deepEqual(mine(check(leap, '2029-02-28')), []);
    assert.equal(mine(check(leap, '2029-03-01')).length, 1);
  });

  it('edge: privacy.review-months from isms.yaml; no review date is information at the id', () => {
    assert.deepEqual(
      mine(check({ 'isms.yaml': `${GDPR}privacy: { review-months: 24 }\n`, 'p.yaml': register('reviewed: 2025-10-01') }, '2026-11-25')),
      [],
    );
    const files = { 'isms.yaml': GDPR, 'p.yaml': register() };
    const [d] = mine(check(files, '2026-11-25'));
    assert.equal(d.severity, 'information');
    assert.equal(textAt(files, d), 'PA-01');
    assert.match(d.message, /has no ‘reviewed:’ date/);
  });

  it('edge: silent when isms.yaml lists no privacy standard; iso27701 or popia alone are enough', () => {
    const old = register('reviewed: 2024-01-01');
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'p.yaml': old }, '2026-11-25')), []);
    assert.equal(mine(check({ 'isms.yaml': config('standards: [iso27001:2022, iso27701]\n'), 'p.yaml': old }, '2026-11-25')).length, 1);
    assert.equal(mine(check({ 'isms.yaml': config('standards: [popia]\n'), 'p.yaml': old }, '2026-11-25')).length, 1);
  });
});
