import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS502';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const people = (...rows: string[]): string => ['isms: people', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const awareness = (...rows: string[]): string => ['isms: awareness', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const DANA = '{ id: P-001, name: Dana Lee, department: HR, joined: 2020-04-01 }';
const training = (id: string, date: string, participants: string, type = 'training'): string =>
  `{ id: ${id}, type: ${type}, date: ${date}, participants: [${participants}] }`;

describe('ISMS502 training-overdue', () => {
  it('reports a person whose last training is older than refresher-months, at the person, once', () => {
    const files = {
      'isms.yaml': config(),
      'registers/people.yaml': people(DANA),
      'registers/awareness.yaml': awareness(training('AW-1', '2025-06-10', 'P-001'), training('AW-2', '2025-10-01', 'P-001', 'refresher')),
    };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'P-001');
    assert.equal(
      d.message.split('.')[0],
      'Dana Lee (P-001) last took part in a training or refresher on 2025-10-01 (AW-2); a refresher was due by 2026-10-01 (every 12 months)',
    );
  });

  it('does not fire for a person trained within refresher-months, or without a roster at all', () => {
    const aw = awareness(training('AW-1', '2026-01-26', 'P-001, P-002'));
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'p.yaml': people(DANA), 'a.yaml': aw }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': aw }, TODAY)), []);
  });

  it('reports a new joiner without training after induction-days, and not before', () => {
    const joiner = people('{ id: P-009, name: Kim Park, joined: 2026-10-20 }');
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'p.yaml': joiner }, '2026-11-19')), []); // day 30
    const [d] = mine(check({ 'isms.yaml': config(), 'p.yaml': joiner }, '2026-11-20'));
    assert.match(
      d.message,
      /^Kim Park \(P-009\) joined on 2026-10-20 and has had no training: induction training was due by 2026-11-19 \(within 30 days of joining\)/,
    );
    assert.deepEqual(mine(check({ 'isms.yaml': config('awareness: { induction-days: 45 }\n'), 'p.yaml': joiner }, '2026-11-25')), []);
  });

  it('edge: people who left, or join later, are not checked; posters and phishing simulations are no training', () => {
    const roster = people(
      '{ id: P-1, name: Gone, left: 2026-05-01 }',
      '{ id: P-2, name: Future, joined: 2026-12-01 }',
      '{ id: P-3, name: Leaving, left: 2026-12-31 }',
    );
    const aw = awareness(training('AW-1', '2026-02-01', 'P-3', 'poster'), training('AW-2', '2026-03-01', 'P-3', 'phishing-simulation'));
    const found = mine(check({ 'isms.yaml': config(), 'p.yaml': roster, 'a.yaml': aw }, TODAY));
    assert.deepEqual(
      found.map((d) => d.message.split(' ')[0]),
      ['Leaving'],
    );
    assert.match(found[0].message, /has no training or refresher recorded/);
  });

  it('edge: a training before the joining date (an earlier employment) does not count; one exactly refresher-months ago does', () => {
    const rehired = people('{ id: P-5, name: Ola Berg, joined: 2026-09-01 }');
    const before = awareness(training('AW-1', '2026-03-01', 'P-5'));
    assert.match(
      mine(check({ 'isms.yaml': config(), 'p.yaml': rehired, 'a.yaml': before }, TODAY))[0].message,
      /induction training was due by 2026-10-01/,
    );
    const exact = awareness(training('AW-1', '2025-11-25', 'P-001'));
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'p.yaml': people(DANA), 'a.yaml': exact }, TODAY)), []);
    assert.equal(
      mine(check({ 'isms.yaml': config('awareness: { refresher-months: 6 }\n'), 'p.yaml': people(DANA), 'a.yaml': exact }, TODAY)).length,
      1,
    );
  });
});
