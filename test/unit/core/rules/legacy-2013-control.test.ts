import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS008';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const audit = (scope: string): string =>
  ['---', 'isms: internal-audit', 'id: IA-2026-07', 'planned: 2026-07-09', `scope: ${scope}`, '---', ''].join('\n');

describe('ISMS008 legacy-2013-control', () => {
  it('reports a 2013 control id with its 2022 equivalent and the data a quick fix needs', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-07.md': audit('[A.8.15, A.12.3.1]') };
    const diags = check(files, TODAY);
    const found = mine(diags);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, { start: { line: 4, character: 16 }, end: { line: 4, character: 24 } });
    assert.equal(textAt(files, d), 'A.12.3.1');
    assert.match(d.message, /`A\.12\.3\.1` is an ISO\/IEC 27001:2013 control id; in ISO\/IEC 27001:2022 it is `A\.8\.13`/);
    assert.match(d.message, /31 October 2025/);
    assert.deepEqual(d.data, { fix: 'replace-legacy-control', legacy: 'A.12.3.1', replacements: ['A.8.13'] });
    assert.deepEqual(
      diags.filter((x) => x.code === 'ISMS004'),
      [],
      'not also called unknown',
    );
  });

  it('does not fire for the 2022 id', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-07.md': audit('[A.8.15, A.8.13]') }, TODAY)), []);
  });

  it('edge: a control split in two (A.18.2.3 → A.5.36 / A.8.8) offers both', () => {
    const [d] = mine(check({ 'isms.yaml': config(), 'audits/IA-2026-07.md': audit('A.18.2.3') }, TODAY));
    assert.deepEqual(d.data, { fix: 'replace-legacy-control', legacy: 'A.18.2.3', replacements: ['A.5.36', 'A.8.8'] });
    assert.match(d.message, /`A\.5\.36` \/ `A\.8\.8`/);
  });

  it('edge: a 2022 id that looks like a 2013 one (A.8.1 "user endpoint devices") is not legacy', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-07.md': audit('[A.8.1]') }, TODAY)), []);
  });
});
