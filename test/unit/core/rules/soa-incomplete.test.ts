import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { annexA, applied, excluded, soa } from './soa';

const mine = ofCode('ISMS921');
const TODAY = '2026-11-25';

describe('ISMS921 soa-incomplete', () => {
  it('reports the Annex A controls an SoA lacks, once, at its `isms: soa` line, with the count and the ids as ranges', () => {
    const files = { 'isms.yaml': config(), 'soa.yaml': soa([applied('A.5.1'), applied('A.5.15'), excluded('A.7.5')]) };
    const [d, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'error');
    assert.equal(textAt(files, d), 'isms: soa');
    assert.match(d.message, /^The Statement of Applicability names 3 of the 93 Annex A controls of ISO\/IEC 27001:2022; 90 missing: /);
    assert.match(
      d.message,
      /: A\.5\.2–A\.5\.14, A\.5\.16–A\.5\.37, A\.6\.1–A\.6\.8, A\.7\.1–A\.7\.4, A\.7\.6–A\.7\.14, A\.8\.1–A\.8\.34\. /,
    );
  });

  it('does not fire for an SoA with all 93 controls, nor when there is no SoA at all', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'soa.yaml': soa(annexA()) }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config() }, TODAY)), []);
  });

  it('edge: one missing control is named; a 2013 id does not stand in for its 2022 control', () => {
    const entries = [...annexA('A.8.13'), applied('A.12.3.1')];
    const [d] = mine(check({ 'isms.yaml': config(), 'soa.yaml': soa(entries) }, TODAY));
    assert.match(d.message, /names 92 of the 93 .*; 1 missing: A\.8\.13\. Add an entry/);
  });

  it('edge: a control listed twice is a warning at the second entry, with the first as related information', () => {
    const files = { 'isms.yaml': config(), 'soa.yaml': soa([...annexA(), excluded('a5.15')]) };
    const [d, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'a5.15');
    assert.match(d.message, /^A\.5\.15 is listed in the Statement of Applicability more than once/);
    assert.equal(d.related?.[0].location.range.start.line, 2 + 14);
  });

  it('edge: with iso27701 listed its 49 Annex A and B controls are expected too, reported on their own; the headings are not', () => {
    const files = {
      'isms.yaml': config('standards: [iso27001:2022, iso27701]\n'),
      'soa.yaml': soa([...annexA(), applied('"iso27701:A.7.2.1"'), excluded('"iso27701:A.7.2.7"')]),
    };
    const [d, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.match(d.message, /^The Statement of Applicability names 2 of the 49 controls of ISO\/IEC 27701:2019; 47 missing: /);
    assert.match(d.message, /iso27701:A\.7\.2\.2–A\.7\.2\.6, iso27701:A\.7\.2\.8, iso27701:A\.7\.3\.1–A\.7\.3\.10,/);
    assert.doesNotMatch(d.message, /iso27701:A\.7\.2(?![.\d])/);
  });

  it('edge: with iso27701:2025 listed its 78 Annex A controls (Tables A.1–A.3) are expected, not the 2019 ones', () => {
    const files = {
      'isms.yaml': config('standards: [iso27001:2022, iso27701:2025]\n'),
      'soa.yaml': soa([...annexA(), applied('"iso27701-2025:A.1.2.2"'), excluded('"iso27701:A.3.31"')]),
    };
    const [d, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.match(d.message, /^The Statement of Applicability names 2 of the 78 controls of ISO\/IEC 27701:2025; 76 missing: /);
    assert.match(d.message, /iso27701-2025:A\.1\.2\.3–A\.1\.2\.9, iso27701-2025:A\.1\.3\.2–A\.1\.3\.11,/);
    assert.doesNotMatch(d.message, /27701:2019|A\.7\.2/);
  });

  it('edge: an SoA of single Markdown records is reported at its first record', () => {
    const md = '---\nisms: soa\ncontrol: A.5.1\napplicable: true\nimplementation: implemented\njustification: Policies\n---\nBody.\n';
    const files = { 'isms.yaml': config(), 'soa/a-5-1.md': md };
    const [d] = mine(check(files, TODAY));
    assert.equal(d.file, '/isms/soa/a-5-1.md');
    assert.equal(d.range.start.line, 1);
    assert.match(d.message, /names 1 of the 93 .*; 92 missing/);
  });
});
