import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS010';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const risks = (treatment: string): string =>
  `isms: risks\nrecords:\n  - id: R-001\n    title: Laptop theft\n    owner: Sam Okafor\n    treatment: ${treatment}\n`;

describe('ISMS010 non-standard-term', () => {
  it('says once, at the value, which standard term a synonym is read as, with the data of the quick fix', () => {
    const files = { 'isms.yaml': config(), 'registers/risks.yaml': risks('mitigate') };
    const diags = check(files, TODAY);
    const found = mine(diags);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'information');
    assert.equal(textAt(files, d), 'mitigate');
    assert.equal(d.message, '‘mitigate’ is read as ‘modify’, the standard term for risk treatment.');
    assert.doesNotMatch(d.message, /`/, 'plain text');
    assert.deepEqual(d.data, { fix: 'use-standard-term', written: 'mitigate', standard: 'modify' });
    assert.deepEqual(
      diags.filter((x) => x.code === 'ISMS006'),
      [],
      'a synonym is no invalid value',
    );
  });

  it('does not fire for the standard term, in any case', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'registers/risks.yaml': risks('modify') }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'registers/risks.yaml': risks('Modify') }, TODAY)), []);
  });

  it('points at a field alias by its key, and reads the alias as the field for the other rules', () => {
    const files = {
      'isms.yaml': config(),
      'registers/incidents.yaml': 'isms: incidents\nrecords:\n  - id: INC-1\n    date: 2026-02-30\n    personal-data: Yes\n',
    };
    const diags = check(files, TODAY);
    const found = mine(diags);
    assert.deepEqual(
      found.map((d) => [textAt(files, d), d.message]),
      [
        ['date', '‘date’ is read as ‘detected’, the standard name of this incident field.'],
        ['Yes', '‘Yes’ is read as ‘true’, the standard term for incident personal-data.'],
      ],
    );
    // no "needs detected"; the impossible date is reported where it is written
    assert.deepEqual(
      diags.filter((d) => d.code === 'ISMS006').map((d) => d.message),
      [],
    );
    const bad = diags.filter((d) => d.code === 'ISMS002');
    assert.equal(bad.length, 1);
    assert.equal(textAt(files, bad[0]), '2026-02-30');
  });

  it('edge: spaces or underscores for hyphens get the hint; a word that means nothing is ISMS006 with the allowed values', () => {
    const audit = (status: string): string => `---\nisms: internal-audit\nid: IA-1\nplanned: 2026-03-12\nstatus: ${status}\n---\n`;
    const spaced = check({ 'isms.yaml': config(), 'audits/IA-1.md': audit('In Progress') }, TODAY);
    assert.deepEqual(
      mine(spaced).map((d) => d.message),
      ['‘In Progress’ is read as ‘in-progress’, the standard term for internal-audit status.'],
    );
    const nothing = check({ 'isms.yaml': config(), 'audits/IA-1.md': audit('finished') }, TODAY);
    assert.deepEqual(mine(nothing), []);
    const invalid = nothing.filter((d) => d.code === 'ISMS006');
    assert.equal(invalid.length, 1);
    assert.match(invalid[0].message, /finished/);
    assert.match(invalid[0].message, /planned, in-progress, done, cancelled/);
  });

  it('edge: a synonym changes what the other rules conclude exactly as the standard term does (completed is done)', () => {
    const audit = (status: string): string =>
      `---\nisms: internal-audit\nid: IA-1\nplanned: 2026-03-02\nperformed: 2026-03-04\nstatus: ${status}\nfindings: []\n---\n`;
    const without = (status: string): string[] =>
      check({ 'isms.yaml': config(), 'audits/IA-1.md': audit(status) }, TODAY)
        .filter((d) => d.code !== CODE)
        .map((d) => `${d.code} ${d.message}`);
    assert.deepEqual(without('completed'), without('done'));
    assert.ok(!without('completed').some((m) => m.startsWith('ISMS101')), 'not overdue');
  });

  it('is turned off by the rule-severity setting', () => {
    const files = { 'isms.yaml': config(), 'registers/risks.yaml': risks('mitigate') };
    assert.deepEqual(mine(check(files, TODAY, { ISMS010: 'off' })), []);
    assert.deepEqual(mine(check(files, TODAY, { 'non-standard-term': 'off' })), []);
  });
});
