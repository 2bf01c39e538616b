import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS404';
const TODAY = '2027-06-01';
const mine = ofCode(CODE);

const cert = (...audits: string[]): string =>
  config(
    [
      'certification:',
      '  body: Example Certification Ltd',
      '  issued: 2025-03-14',
      '  expires: 2028-03-13',
      '  audits:',
      ...audits.map((a) => `    - ${a}`),
      '',
    ].join('\n'),
  );

describe('ISMS404 recertification-late', () => {
  it('reports a recertification audit after the certificate expires, at that audit, as an error', () => {
    const files = { 'isms.yaml': cert('{ type: recertification, date: 2028-04-01 }') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 7, character: 6 }, end: { line: 7, character: 49 } });
    assert.equal(textAt(files, d), '{ type: recertification, date: 2028-04-01 }');
    assert.match(d.message, /The recertification audit \(2028-04-01\) is not before the certificate expires \(2028-03-13\)/);
  });

  it('does not fire for a recertification audit well before expiry', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': cert('{ type: recertification, date: 2028-01-10 }') }, TODAY)), []);
  });

  it('edge: none planned with less than 12 months to go is a warning at the expiry date', () => {
    const files = { 'isms.yaml': cert() };
    const [d] = mine(check(files, '2027-04-01'));
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), '2028-03-13');
    assert.match(d.message, /expires on 2028-03-13 and no recertification audit is planned\. Agree one with Example Certification Ltd/);
    assert.deepEqual(mine(check(files, '2027-03-01')), [], '12 months ahead is early enough');
  });

  it('edge: a cancelled recertification audit is not a plan', () => {
    assert.equal(mine(check({ 'isms.yaml': cert('{ type: recertification, date: 2028-01-10, status: cancelled }') }, TODAY)).length, 1);
  });

  it('edge: a recertification audit that starts on the expiry date itself is too late', () => {
    // ISO/IEC 17021-1:2015 9.6.3.2: the recertification audit (and the verification of corrections for any major
    // nonconformity) must be completed *prior to* the expiry date, and the decision taken before it. An audit whose
    // first day is the expiry day cannot be completed before expiry.
    const files = { 'isms.yaml': cert('{ type: recertification, date: 2028-03-13 }') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1, 'a recertification audit on the expiry date is reported');
  });

  it('edge: once expired, ISMS405 reports it instead', () => {
    const diags = check({ 'isms.yaml': cert() }, '2028-03-14');
    assert.deepEqual(mine(diags), []);
    assert.equal(diags.filter((d) => d.code === 'ISMS405').length, 1);
  });
});
