import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS204';
const TODAY = '2026-08-01';
const mine = ofCode(CODE);

const first = (a1Status = 'open'): string =>
  [
    '---',
    'isms: management-review',
    'id: MR-2026-01',
    'date: 2026-01-20',
    'actions:',
    `  - { id: MR-2026-01-A1, text: Fund MFA for all staff, owner: Sam Smith, due: 2026-06-30, status: ${a1Status} }`,
    '  - { id: MR-2026-01-A2, text: Appoint a privacy lead, status: closed }',
    '  - { id: MR-2026-01-A3, text: Replace the firewall, status: open, carried-to: MR-2026-07 }',
    '---',
    '',
  ].join('\n');
const second = (extra: string[] = []): string =>
  ['---', 'isms: management-review', 'id: MR-2026-07', 'date: 2026-07-15', ...extra, '---', ''].join('\n');

describe('ISMS204 review-action-open', () => {
  it('reports an open action not carried into the next held review, at the action, with the next review as related', () => {
    const files = { 'isms.yaml': config(), 'reviews/MR-2026-01.md': first(), 'reviews/MR-2026-07.md': second() };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/reviews/MR-2026-01.md`);
    assert.equal(d.range.start.line, 5);
    assert.equal(d.range.start.character, 4);
    assert.equal(d.range.end.line, 5);
    assert.match(textAt(files, d), /^\{ id: MR-2026-01-A1,.*status: open \}$/);
    assert.match(
      d.message,
      /Action MR-2026-01-A1 of review MR-2026-01 is still open and was not carried into the next review \(MR-2026-07\)/,
    );
    assert.match(d.message, /‘carried-to: MR-2026-07’/);
    assert.equal(d.related?.length, 1);
    assert.equal(d.related?.[0].location.file, `${ROOT}/reviews/MR-2026-07.md`);
    assert.deepEqual(d.related?.[0].location.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 14 } });
  });

  it('does not fire once the action is closed', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': first('closed'), 'b.md': second() }, TODAY)), []);
  });

  it('edge: without a later review the action is still within its review', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': first() }, TODAY)), []);
  });

  it('edge: a next review that is only planned is not yet where the action must be taken up', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': first(), 'b.md': second(['status: planned']) }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': first(), 'b.md': second() }, '2026-07-14')), []);
  });

  it('edge: an action without an id is named by its text; status in-progress counts as open', () => {
    const text = first()
      .replace('id: MR-2026-01-A1, text: Fund MFA for all staff', 'text: Fund MFA for all staff')
      .replace('status: open }', 'status: in-progress }');
    const [d] = mine(check({ 'isms.yaml': config(), 'a.md': text, 'b.md': second() }, TODAY));
    assert.match(d.message, /Action Fund MFA for all staff of review MR-2026-01 is still in-progress/);
  });
});
