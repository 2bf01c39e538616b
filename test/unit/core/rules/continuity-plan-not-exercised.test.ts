import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt, workspaceOf } from '../../support/memory';

const CODE = 'ISMS801';
const mine = ofCode(CODE);
const BCMS = config('standards: [iso27001:2022, iso22301:2019]\n');

const plans = (...extra: string[]): string =>
  [
    'isms: continuity-plans',
    'records:',
    '  - id: BCP-01',
    '    title: Loss of the primary cloud region',
    '    owner: Sam Smith',
    '    rto: 4 hours',
    ...extra.map((l) => `    ${l}`),
    '',
  ].join('\n');
const exercises = (...records: string[]): string => ['isms: exercises', 'records:', ...records.map((r) => `  - ${r}`), ''].join('\n');
const EX_2025 =
  '{ id: EX-2025-1, title: Region fail-over, date: 2025-09-15, type: simulation, plans: [BCP-01], status: done, findings: [] }';

describe('ISMS801 continuity-plan-not-exercised', () => {
  it('reports a plan whose last done exercise is more than 12 months old, at the plan, with the exercise related', () => {
    const files = { 'isms.yaml': BCMS, 'bc/plans.yaml': plans('approved: 2025-01-10'), 'bc/exercises.yaml': exercises(EX_2025) };
    const found = mine(check(files, '2026-11-25'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'BCP-01');
    assert.match(
      d.message,
      /BCP-01 \(Loss of the primary cloud region\) was last exercised on 2025-09-15 \(EX-2025-1\), more than 12 months ago \(due by 2026-09-15\)/,
    );
    assert.equal(d.related?.[0].location.file, `${ROOT}/bc/exercises.yaml`);
  });

  it('does not fire after a recent done exercise naming the plan', () => {
    const recent = '{ id: EX-2026-1, date: 2026-06-02, type: tabletop, plans: [BCP-01], status: done }';
    assert.deepEqual(
      mine(check({ 'isms.yaml': BCMS, 'p.yaml': plans('approved: 2025-01-10'), 'e.yaml': exercises(EX_2025, recent) }, '2026-11-25')),
      [],
    );
  });

  it('edge: exactly exercise-months later is in time; a planned or future exercise does not count; exercise-months from isms.yaml', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': BCMS, 'p.yaml': plans(), 'e.yaml': exercises(EX_2025) }, '2026-09-15')), []);
    assert.equal(mine(check({ 'isms.yaml': BCMS, 'p.yaml': plans(), 'e.yaml': exercises(EX_2025) }, '2026-09-16')).length, 1);
    const planned = '{ id: EX-2026-2, date: 2026-11-01, plans: [BCP-01], status: planned }';
    const future = '{ id: EX-2026-3, date: 2026-12-01, plans: [BCP-01] }';
    assert.equal(
      mine(check({ 'isms.yaml': BCMS, 'p.yaml': plans(), 'e.yaml': exercises(EX_2025, planned, future) }, '2026-11-25')).length,
      1,
    );
    assert.deepEqual(
      mine(
        check(
          { 'isms.yaml': `${BCMS}continuity: { exercise-months: 18 }\n`, 'p.yaml': plans(), 'e.yaml': exercises(EX_2025) },
          '2026-11-25',
        ),
      ),
      [],
    );
  });

  it('edge: a plan never exercised — within exercise-months of approval not yet; after, a warning; without approval, information', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': BCMS, 'p.yaml': plans('approved: 2026-02-01') }, '2026-11-25')), []);
    const [late] = mine(check({ 'isms.yaml': BCMS, 'p.yaml': plans('approved: 2025-02-01') }, '2026-11-25'));
    assert.equal(late.severity, 'warning');
    assert.match(late.message, /has never been exercised.*its first exercise was due by 2026-02-01/);
    const [draft] = mine(check({ 'isms.yaml': BCMS, 'p.yaml': plans() }, '2026-11-25'));
    assert.equal(draft.severity, 'information');
  });

  it('edge: silent unless isms.yaml lists iso22301', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'p.yaml': plans('approved: 2020-01-01') }, '2026-11-25')), []);
  });

  it('edge: an exercise added later clears the report (incremental re-check of the plan)', () => {
    const ws = workspaceOf({ 'isms.yaml': BCMS, 'p.yaml': plans('approved: 2025-01-10') });
    assert.equal(mine(ws.check({ today: '2026-11-25' }).all()).length, 1);
    ws.setFile(`${ROOT}/e.yaml`, exercises('{ id: EX-2026-1, date: 2026-06-02, plans: [BCP-01], status: done }'));
    assert.deepEqual(mine(ws.check({ today: '2026-11-25' }).all()), []);
  });
});
