/** The awareness programme's core: the phishing trend, the count checks, the `awareness:` settings, name matching. */
import * as assert from 'node:assert/strict';
import { formatRate, phishingTrend, phishingTrendSummary } from '../../../../src/core/awareness/phishing';
import { trainingStatuses } from '../../../../src/core/awareness/training';
import { namesPerson, normaliseName, sameName } from '../../../../src/core/people/names';
import { recordSummary } from '../../../../src/server/hover';
import { documentSymbols } from '../../../../src/server/symbols';
import { check, config, ofCode, textAt, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';
const register = (...rows: string[]): string => ['isms: awareness', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const SIMS = register(
  '{ id: AW-3, type: phishing-simulation, date: 2026-09-15, sent: 200, clicked: 14, reported: 132 }',
  '{ id: AW-1, type: phishing-simulation, date: 2026-03-10, title: Parcel, sent: 208, clicked: 19, reported: 121 }',
  '{ id: AW-2, type: phishing-simulation, date: 2026-06-09, sent: 0, clicked: 0 }',
  '{ id: AW-4, type: training, date: 2026-07-01, attendees: 30 }',
  '{ id: AW-5, type: phishing-simulation, date: 2026-12-01, sent: 10, clicked: 1 }',
);

describe('awareness: phishing trend', () => {
  const ws = workspaceOf({ 'isms.yaml': config(), 'registers/awareness.yaml': SIMS });

  it('lists the simulations up to a day in date order, with counts, rates and where each is written', () => {
    const points = phishingTrend(ws, TODAY);
    assert.deepEqual(
      points.map((p) => p.id),
      ['AW-1', 'AW-2', 'AW-3'],
    );
    const [first, none, last] = points;
    assert.deepEqual(
      { ...first, file: first.file.replace(/^.*\//, '') },
      {
        id: 'AW-1',
        title: 'Parcel',
        date: '2026-03-10',
        sent: 208,
        clicked: 19,
        reported: 121,
        clickRate: 19 / 208,
        reportRate: 121 / 208,
        file: 'awareness.yaml',
        line: 3,
      },
    );
    // nothing sent: no rate rather than a division by zero
    assert.equal(none.clickRate, undefined);
    assert.equal(none.reportRate, undefined);
    assert.equal(last.clickRate, 14 / 200);
    assert.deepEqual(
      phishingTrend(ws, TODAY, '2026-06-01').map((p) => p.id),
      ['AW-2', 'AW-3'],
    );
  });

  it('sums up the direction of the rates from the first to the last measured simulation', () => {
    assert.equal(
      phishingTrendSummary(phishingTrend(ws, TODAY)),
      'Over 2 simulations (2026-03-10 to 2026-09-15): click rate 9.1 % → 7.0 % (down 2.1 points); report rate 58.2 % → 66.0 % (up 7.8 points).',
    );
    assert.equal(phishingTrendSummary(phishingTrend(ws, '2026-08-01')), undefined);
    assert.equal(formatRate(undefined), '—');
    assert.equal(formatRate(0.5), '50.0 %');
  });

  it('leaves out the rate of counts that contradict each other, and ISMS006 reports them', () => {
    const files = {
      'isms.yaml': config(),
      'a.yaml': register('{ id: AW-1, type: phishing-simulation, date: 2026-03-10, sent: 10, clicked: 12, reported: 2.5 }'),
    };
    const [point] = phishingTrend(workspaceOf(files), TODAY);
    assert.equal(point.clickRate, undefined);
    assert.equal(point.reported, undefined);
    const found = ofCode('ISMS006')(check(files, TODAY));
    assert.deepEqual(
      found.map((d) => textAt(files, d)),
      ['12', '2.5'],
    );
    assert.match(found[0].message, /‘clicked: 12’ is more than the 10 messages ‘sent’/);
    assert.match(found[1].message, /‘reported’ must be a whole number, 0 or more \(got ‘2\.5’\)/);
  });
});

describe('awareness: settings in isms.yaml', () => {
  const settings = (yaml: string) => workspaceOf({ 'isms.yaml': config(yaml) }).config.awareness;

  it('reads cadence-months, refresher-months and induction-days, with defaults 1, 12 and 30', () => {
    assert.deepEqual(settings(''), { cadenceMonths: 1, refresherMonths: 12, inductionDays: 30 });
    assert.deepEqual(settings('awareness: { cadence-months: 2, refresher-months: 24, induction-days: 14 }\n'), {
      cadenceMonths: 2,
      refresherMonths: 24,
      inductionDays: 14,
    });
  });

  it('reads the deprecated max-gap-months as cadence-months, which wins when both are given', () => {
    assert.equal(settings('awareness: { max-gap-months: 3 }\n').cadenceMonths, 3);
    assert.equal(settings('awareness: { max-gap-months: 3, cadence-months: 2 }\n').cadenceMonths, 2);
  });

  it('reports a bad value at it (ISMS006) and uses the default', () => {
    const files = { 'isms.yaml': config('awareness: { cadence-months: 13, refresher-months: 1.5, induction-days: soon }\n') };
    const found = ofCode('ISMS006')(check(files, TODAY));
    assert.deepEqual(
      found.map((d) => textAt(files, d)),
      ['13', '1.5', 'soon'],
    );
    assert.match(found[0].message, /‘cadence-months’ must be a whole number from 1 to 12 \(got ‘13’\); using 1/);
    assert.match(found[1].message, /‘refresher-months’ must be a whole number/);
    assert.deepEqual(workspaceOf(files).config.awareness, { cadenceMonths: 1, refresherMonths: 12, inductionDays: 30 });
  });
});

describe('awareness: training per person', () => {
  it('gives each current person the basis and date their next training is due by', () => {
    const ws = workspaceOf({
      'isms.yaml': config(),
      'people.yaml':
        'isms: people\nrecords:\n  - { id: P-1, name: A, joined: 2026-11-01 }\n  - { id: P-2, name: B }\n  - { id: P-3, name: C, left: 2026-01-01 }\n',
      'a.yaml': register('{ id: AW-1, type: refresher, date: 2026-02-01, participants: [P-2, P-2] }'),
    });
    const statuses = trainingStatuses(ws, TODAY).map((s) => ({
      id: s.person.id,
      basis: s.basis,
      due: s.due,
      overdue: s.overdue,
      last: s.last?.record.id,
    }));
    assert.deepEqual(statuses, [
      { id: 'P-1', basis: 'induction', due: '2026-12-01', overdue: false, last: undefined },
      { id: 'P-2', basis: 'refresher', due: '2027-02-01', overdue: false, last: 'AW-1' },
    ]);
  });
});

describe('people: names', () => {
  it('match whatever the case, spacing, punctuation or a role in brackets', () => {
    assert.equal(normaliseName('  Alex   MORGAN (CEO) '), 'alex morgan');
    assert.ok(sameName('Tomás Rivera', 'tomás  rivera'));
    assert.ok(!sameName('', ''));
    assert.ok(namesPerson('Alex Morgan, Chief Executive', 'alex morgan'));
    assert.ok(!namesPerson('Alexandra Morganstein', 'Alex Morgan'));
    assert.ok(!namesPerson('Alex Morgan', ' '));
  });
});

describe('people: in the editor', () => {
  it('a person hovers and outlines by name (people have no title)', () => {
    const ws = workspaceOf({
      'isms.yaml': config(),
      'people.yaml': 'isms: people\nrecords:\n  - { id: P-1, name: Dana Lee, department: HR }\n',
    });
    const [person] = ws.records('person');
    assert.match(recordSummary(person, '/isms'), /^\*\*P-1\*\* — person: Dana Lee\n/);
    assert.deepEqual(
      documentSymbols([person]).map((d) => [d.name, d.detail]),
      [['P-1', 'Dana Lee']],
    );
  });
});
