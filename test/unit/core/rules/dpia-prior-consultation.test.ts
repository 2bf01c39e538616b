import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS704';
const mine = ofCode(CODE);
const GDPR = config('standards: [iso27001:2022, gdpr]\n');

const register = (...extra: string[]): string =>
  [
    'isms: dpias',
    'records:',
    '  - id: DPIA-02',
    '    title: Biometric office access',
    '    performed: 2026-05-10',
    ...extra.map((l) => `    ${l}`),
    '',
  ].join('\n');

describe('ISMS704 dpia-prior-consultation', () => {
  it('reports a DPIA with a high residual risk and no prior consultation, at the residual risk', () => {
    const files = { 'isms.yaml': GDPR, 'registers/dpias.yaml': register('residual-risk: high', 'status: approved') };
    const found = mine(check(files, '2026-11-25'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(textAt(files, found[0]), 'high');
    assert.match(found[0].message, /DPIA DPIA-02 leaves a high residual risk.*GDPR Art\. 36\(1\)/);
  });

  it('does not fire once the authority was consulted, or when the residual risk is not high', () => {
    assert.deepEqual(
      mine(check({ 'isms.yaml': GDPR, 'd.yaml': register('residual-risk: high', 'consulted: 2026-05-20') }, '2026-11-25')),
      [],
    );
    assert.deepEqual(mine(check({ 'isms.yaml': GDPR, 'd.yaml': register('residual-risk: medium') }, '2026-11-25')), []);
  });

  it('edge: a draft is not concluded yet; without a status it counts', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': GDPR, 'd.yaml': register('residual-risk: high', 'status: draft') }, '2026-11-25')), []);
    assert.equal(mine(check({ 'isms.yaml': GDPR, 'd.yaml': register('residual-risk: high') }, '2026-11-25')).length, 1);
  });

  it("edge: silent unless isms.yaml lists gdpr (prior consultation is a GDPR duty, not POPIA's)", () => {
    assert.deepEqual(
      mine(
        check(
          { 'isms.yaml': config('standards: [iso27001:2022, iso27701:2019, popia]\n'), 'd.yaml': register('residual-risk: high') },
          '2026-11-25',
        ),
      ),
      [],
    );
  });
});

describe('ISMS704 and a status that cannot be read (issue 16.2)', () => {
  it('concludes nothing from `status: stage-two` (it may be a draft): ISMS006 reports the value, ISMS704 stays silent', () => {
    const files = { 'isms.yaml': GDPR, 'registers/dpias.yaml': register('residual-risk: high', 'status: stage-two') };
    const all = check(files, '2026-11-25');
    assert.deepEqual(mine(all), []);
    assert.deepEqual(
      all.filter((d) => d.code === 'ISMS006').map((d) => textAt(files, d)),
      ['stage-two'],
    );
  });
});
