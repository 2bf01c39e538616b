import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS405';
const mine = ofCode(CODE);

const files = (expires = '2026-03-13', eol = '\n'): Record<string, string> => ({
  'isms.yaml': [
    'isms: config',
    'organisation: Test Ltd',
    'certification:',
    '  body: Example Certification Ltd',
    '  certificate: IS 712345',
    '  issued: 2023-03-14',
    `  expires: ${expires}`,
    '',
  ].join(eol),
});

describe('ISMS405 certificate-expired', () => {
  it('reports a certificate past its expiry date, at the expiry date, as an error', () => {
    const f = files();
    const found = mine(check(f, '2026-03-14'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 6, character: 11 }, end: { line: 6, character: 21 } });
    assert.equal(textAt(f, d), '2026-03-13');
    assert.match(d.message, /Certificate IS 712345 expired on 2026-03-13\..*contact Example Certification Ltd/);
  });

  it('edge: a certificate without a number reads "Certificate expired", with one space (issue 14.36-39)', () => {
    const f = { 'isms.yaml': config('certification:\n  issued: 2023-03-14\n  expires: 2026-03-13\n') };
    const [d] = mine(check(f, '2026-03-14'));
    assert.match(d.message, /^Certificate expired on 2026-03-13\./);
  });

  it('does not fire on the expiry date itself (the certificate is valid through it)', () => {
    assert.deepEqual(mine(check(files(), '2026-03-13')), []);
  });

  it('edge: no certification section, or no expiry date, is nothing to check', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config() }, '2030-01-01')), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config('certification:\n  issued: 2023-03-14\n') }, '2030-01-01')), []);
  });

  it('edge: CRLF line endings give the same range', () => {
    const [d] = mine(check(files('2026-03-13', '\r\n'), '2026-03-14'));
    assert.deepEqual(d.range, { start: { line: 6, character: 11 }, end: { line: 6, character: 21 } });
  });
});
