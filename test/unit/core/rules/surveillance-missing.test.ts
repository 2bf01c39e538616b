import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT } from '../../support/memory';

const CODE = 'ISMS402';
const TODAY = '2025-06-01';
const mine = ofCode(CODE);

const cert = (...audits: string[]): string =>
  config(
    [
      'certification:',
      '  body: Example Certification Ltd',
      '  issued: 2025-03-14',
      '  expires: 2028-03-13',
      '  audits:',
      '    - { type: certification, date: 2025-02-10, status: done }',
      ...audits.map((a) => `    - ${a}`),
      '',
    ].join('\n'),
  );

describe('ISMS402 surveillance-missing', () => {
  it('reports a calendar year of the cycle without a surveillance audit, at `certification:`, as an error', () => {
    const files = { 'isms.yaml': cert('{ type: surveillance-2, date: 2027-02-08 }', '{ type: recertification, date: 2028-01-10 }') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    // the `audits:` key of `certification:`, where the missing audit is to be added
    assert.equal(d.range.start.line, 6);
    assert.equal(d.range.start.character, 2);
    assert.match(d.message, /No surveillance audit is planned in 2026\./);
    assert.match(d.message, /agree a date with Example Certification Ltd/);
  });

  it('does not fire with a surveillance audit in each year between certification and recertification', () => {
    const files = {
      'isms.yaml': cert(
        '{ type: surveillance-1, date: 2026-02-09 }',
        '{ type: surveillance-2, date: 2027-02-08 }',
        '{ type: recertification, date: 2028-01-10 }',
      ),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('edge: the recertification year needs no surveillance', () => {
    const files = { 'isms.yaml': cert('{ type: surveillance-1, date: 2026-02-09 }', '{ type: recertification, date: 2027-12-06 }') };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('edge: a cancelled surveillance audit leaves its year empty', () => {
    const files = {
      'isms.yaml': cert(
        '{ type: surveillance-1, date: 2026-02-09, status: cancelled }',
        '{ type: surveillance-2, date: 2027-02-08 }',
        '{ type: recertification, date: 2028-01-10 }',
      ),
    };
    assert.match(mine(check(files, TODAY))[0]?.message ?? '', /in 2026/);
  });

  it('edge: without a recertification planned, the years up to the expiry year are checked', () => {
    const files = { 'isms.yaml': cert('{ type: surveillance-1, date: 2026-02-09 }') };
    assert.deepEqual(
      mine(check(files, TODAY)).map((d) => d.message.slice(0, 45)),
      ['No surveillance audit is planned in 2027. ISO'],
    );
  });
});
