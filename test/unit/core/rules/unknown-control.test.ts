import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS004';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const audit = (scope: string): string =>
  ['---', 'isms: internal-audit', 'id: IA-2026-03', 'planned: 2026-03-12', `scope: ${scope}`, '---', ''].join('\n');

describe('ISMS004 unknown-control', () => {
  it('reports a control id that is not in Annex A, at that item of the scope', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('[A.5.15, A.5.99]') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 4, character: 16 }, end: { line: 4, character: 22 } });
    assert.equal(textAt(files, d), 'A.5.99');
    assert.match(d.message, /‘A\.5\.99’ is not a clause or control of iso27001:2022/);
  });

  it('does not fire for real controls and clauses', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('[A.5.15, A.8.2, "9.2"]') }, TODAY)), []);
  });

  it('edge: a clause written as a YAML number (9.1) is still a clause', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('[9.1, 10.2, 4]') }, TODAY)), []);
    assert.equal(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('[11.1]') }, TODAY)).length, 1);
  });

  it('edge: an id of a standard that isms.yaml does not list is reported with the key to add', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('[gdpr:art-33]') };
    const [d] = mine(check(files, TODAY));
    assert.match(d.message, /does not list under ‘standards:’/);
    assert.match(d.message, /‘gdpr’/);
    assert.deepEqual(mine(check({ ...files, 'isms.yaml': config('standards: [iso27001:2022, gdpr]\n') }, TODAY)), []);
  });

  it('edge: a 2013 control id is left to ISMS008 rather than called unknown', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('[A.12.3.1]') }, TODAY)), []);
  });

  it('edge: ISO/IEC 27701 — a 2025 id in a folder on 2019 names the key to add; a folder on 2025 is never told to add 2019', () => {
    const on2019 = {
      'isms.yaml': config('standards: [iso27001:2022, iso27701:2019]\n'),
      'audits/IA-2026-03.md': audit('["iso27701-2025:A.1.2.9"]'),
    };
    const [d] = mine(check(on2019, TODAY));
    assert.match(d.message, /belongs to ISO\/IEC 27701:2025, .* Add ‘iso27701:2025’ there/);
    const on2025 = {
      'isms.yaml': config('standards: [iso27001:2022, iso27701:2025]\n'),
      'audits/IA-2026-03.md': audit('["iso27701:A.7.2.8", "iso27701:6.2"]'),
    };
    const diags = check(on2025, TODAY);
    assert.deepEqual(mine(diags), []);
    assert.ok(!diags.some((x) => x.message.includes('iso27701:2019’')), diags.map((x) => x.message).join('\n'));
    assert.deepEqual(
      mine(check({ ...on2025, 'audits/IA-2026-03.md': audit('["iso27701-2025:A.3.25", "iso27701-2025:6.1.3"]') }, TODAY)),
      [],
    );
  });
});
