import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS002';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const audit = (planned: string, eol = '\n'): string =>
  ['---', 'isms: internal-audit', 'id: IA-2026-02', `planned: ${planned}`, 'status: planned', '---', ''].join(eol);

describe('ISMS002 invalid-date', () => {
  it('reports an impossible date (30 February) at its value', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-02.md': audit('2026-02-30') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 19 } });
    assert.equal(textAt(files, d), '2026-02-30');
    assert.match(d.message, /‘planned’ is not a real calendar date: ‘2026-02-30’/);
    assert.match(d.message, /YYYY-MM-DD/);
  });

  it('does not fire for the last real day of February', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-02.md': audit('2026-02-28') }, TODAY)), []);
  });

  it('edge: 29 February is real in 2028 (a leap year) and impossible in 2027', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA.md': audit('2028-02-29') }, TODAY)), []);
    assert.equal(mine(check({ 'isms.yaml': config(), 'audits/IA.md': audit('2027-02-29') }, TODAY)).length, 1);
  });

  it('edge: a date in another notation (14/03/2026) is reported too', () => {
    const [d] = mine(check({ 'isms.yaml': config(), 'audits/IA.md': audit('14/03/2026') }, TODAY));
    assert.match(d.message, /‘14\/03\/2026’/);
  });

  it('edge: an impossible date in isms.yaml (certificate expiry) is reported there', () => {
    const files = { 'isms.yaml': config('certification:\n  issued: 2025-03-14\n  expires: 2028-02-30\n') };
    const [d] = mine(check(files, TODAY));
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.equal(textAt(files, d), '2028-02-30');
    assert.match(d.message, /‘expires’/);
  });

  it('edge: the due date of an action decided in a management review is checked', () => {
    const review = [
      '---',
      'isms: management-review',
      'id: MR-2026-01',
      'date: 2026-01-20',
      'actions:',
      '  - { id: MR-2026-01-A1, text: Fund MFA, due: 2026-06-31 }',
      '---',
      '',
    ].join('\n');
    const files = { 'isms.yaml': config(), 'reviews/MR-2026-01.md': review };
    const [d] = mine(check(files, TODAY));
    assert.equal(d.range.start.line, 5);
    assert.match(d.message, /‘2026-06-31’/);
  });

  it('edge: CRLF line endings give the same range', () => {
    const [d] = mine(check({ 'isms.yaml': config(), 'audits/IA.md': audit('2026-02-30', '\r\n') }, TODAY));
    assert.deepEqual(d.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 19 } });
  });
});

describe('ISMS002 and a date written in a field the kind does not know (issue 16.2)', () => {
  const risk = (line: string): Record<string, string> => ({
    'isms.yaml': config(),
    'registers/risks.yaml': ['isms: risks', 'records:', '  - id: R-1', '    title: Laptop theft', `    ${line}`, ''].join('\n'),
  });

  it('reports `date: 2026-02-30` on a kind that has no `date` field, at the value', () => {
    const files = risk('date: 2026-02-30');
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(textAt(files, found[0]), '2026-02-30');
    assert.match(found[0].message, /‘date’ is written as a date, but ‘2026-02-30’ is not a real calendar date/);
  });

  it('leaves real dates and values that only contain a date alone, and reports a date field once', () => {
    assert.deepEqual(mine(check(risk('date: 2026-02-28'), TODAY)), []);
    assert.deepEqual(mine(check(risk('jira: RISK-2026-02-30'), TODAY)), []);
    assert.deepEqual(mine(check(risk('note: "review on 2026-02-30"'), TODAY)), []);
    assert.equal(mine(check(risk('reviewed: 2026-02-30'), TODAY)).length, 1);
  });
});
