import * as assert from 'node:assert/strict';
import { type Diagnostic } from '../../../../src/core';
import { check, config, ofCode, ROOT } from '../../support/memory';

const CODE = 'ISMS103';
const mine = ofCode(CODE);
const warnings = (diags: readonly Diagnostic[]): Diagnostic[] => mine(diags).filter((d) => d.severity === 'warning');

/** A programme register with one audit planned on the 10th of each given month (YYYY-MM). */
function programme(months: string[], status = 'planned'): string {
  const records = months.map((m) => `  - { id: IA-${m}, planned: ${m}-10, status: ${status} }`);
  return ['isms: internal-audits', 'records:', ...records, ''].join('\n');
}
const ALL_2026 = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const without = (...gone: string[]): string[] => ALL_2026.filter((m) => !gone.includes(m));
const CONFIG_ANCHOR = { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } };

describe('ISMS103 audit-programme-gap', () => {
  it('reports a past month with no audit, at isms.yaml, with the month to plan', () => {
    const files = { 'isms.yaml': config(), 'audits/programme-2026.yaml': programme(without('2026-04')) };
    const found = mine(check(files, '2026-06-15'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.deepEqual(d.range, CONFIG_ANCHOR);
    assert.match(d.message, /has no audit in 2026-04/);
    assert.match(d.message, /catch-up audit/);
    assert.deepEqual(d.data, { fix: 'plan-internal-audit', month: '2026-04' });
  });

  it('does not fire when every month has an audit', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/programme-2026.yaml': programme(ALL_2026) }, '2026-06-15')), []);
  });

  it('edge: an empty month in the next three months is information, not a warning', () => {
    const found = mine(check({ 'isms.yaml': config(), 'audits/p.yaml': programme(without('2026-08')) }, '2026-06-15'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.match(found[0].message, /No internal audit is planned for 2026-08 yet/);
    // four months ahead is not looked at yet
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/p.yaml': programme(without('2026-10')) }, '2026-06-15')), []);
  });

  it('edge: the current month without an audit is already a gap', () => {
    const [d] = mine(check({ 'isms.yaml': config(), 'audits/p.yaml': programme(without('2026-06')) }, '2026-06-01'));
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /2026-06/);
  });

  it('edge: the month of an external audit may stay free', () => {
    const cert = config(
      'certification:\n  issued: 2026-01-05\n  expires: 2029-01-04\n  audits:\n    - { type: surveillance-1, date: 2026-04-14 }\n',
    );
    assert.deepEqual(warnings(check({ 'isms.yaml': cert, 'audits/p.yaml': programme(without('2026-04')) }, '2026-06-15')), []);
    // …unless that external audit was cancelled
    const cancelled = cert.replace('date: 2026-04-14 }', 'date: 2026-04-14, status: cancelled }');
    assert.equal(warnings(check({ 'isms.yaml': cancelled, 'audits/p.yaml': programme(without('2026-04')) }, '2026-06-15')).length, 1);
  });

  it('edge: a month whose only audit was cancelled is a gap', () => {
    const files = {
      'isms.yaml': config(),
      'audits/p.yaml': programme(without('2026-04')),
      'audits/IA-2026-04.md': '---\nisms: internal-audit\nid: IA-2026-04\nplanned: 2026-04-10\nstatus: cancelled\n---\n',
    };
    const [d] = warnings(check(files, '2026-06-15'));
    assert.match(d.message, /2026-04/);
  });

  it('edge: with cadence-months 2 one audit every two months is enough', () => {
    const cfg = config('internal-audit: { cadence-months: 2 }\n');
    const odd = ALL_2026.filter((_, i) => i % 2 === 0); // Jan, Mar, May, …
    assert.deepEqual(mine(check({ 'isms.yaml': cfg, 'audits/p.yaml': programme(odd) }, '2026-06-15')), []);
    const found = warnings(check({ 'isms.yaml': cfg, 'audits/p.yaml': programme(odd.filter((m) => m !== '2026-03')) }, '2026-06-15'));
    assert.equal(found.length, 1);
    // two empty months in a row (Feb, Mar) are the gap; April alone is within the cadence
    assert.match(found[0].message, /2026-02 – 2026-03/);
    assert.match(found[0].message, /at least one every 2 months/);
  });

  it('edge: cadence-months 2: two empty months in a row are a gap whatever the day of the check', () => {
    // Audits in Jan and Apr leave Feb and Mar without one: more than two months between audits.
    // Gaps are runs of empty months, not fixed periods, so the verdict does not depend on "today".
    const cfg = config('internal-audit: { cadence-months: 2 }\n');
    const months = ['2026-01', '2026-04', '2026-05', '2026-07', '2026-09', '2026-11', '2027-01', '2027-03'];
    const gapIn = (today: string): string[] =>
      warnings(check({ 'isms.yaml': cfg, 'audits/p.yaml': programme(months) }, today))
        .map((d) => d.message)
        .filter((m) => m.includes('2026-02') || m.includes('2026-03'));
    assert.equal(gapIn('2027-01-15').length, 1, 'reported in January 2027');
    assert.equal(gapIn('2026-06-15').length, 1, 'and already in June 2026');
  });

  it('edge: nothing planned and no certificate yet: the programme has not started', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config() }, '2026-06-15')), []);
  });
});

describe('ISMS103 and catch-up audits (catch-up-for:, issue 15.2)', () => {
  const catchUp = (covers: string, planned: string): string =>
    `---\nisms: internal-audit\nid: IA-catch-up\nplanned: ${planned}\nstatus: planned\ncatch-up-for: ${covers}\n---\n`;

  it('a catch-up audit held later counts for the month it makes up for, not for its own', () => {
    const base = { 'isms.yaml': config(), 'audits/p.yaml': programme(without('2026-04', '2026-07')) };
    assert.deepEqual(
      mine(check(base, '2026-06-15'))
        .map((d) => (d.data as { month: string }).month)
        .sort(),
      ['2026-04', '2026-07'],
    );
    const files = { ...base, 'audits/ia-catch-up.md': catchUp('2026-04', '2026-07-16') };
    const found = mine(check(files, '2026-06-15'));
    // April is made up for; July (the catch-up's own month) still needs its own audit
    assert.deepEqual(
      found.map((d) => d.data),
      [{ fix: 'plan-internal-audit', month: '2026-07' }],
    );
  });

  it('edge: catch-up-for a month that is not before the audit is not a catch-up', () => {
    const files = {
      'isms.yaml': config(),
      'audits/p.yaml': programme(without('2026-04')),
      'audits/c.md': catchUp('2026-07', '2026-05-12'),
    };
    assert.match(mine(check(files, '2026-06-15'))[0].message, /2026-04/);
  });
});
