import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS006';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const audit = (...lines: string[]): string => ['---', 'isms: internal-audit', 'id: IA-2026-03', ...lines, '---', ''].join('\n');

describe('ISMS006 invalid-field', () => {
  it('reports a status outside the allowed list, at the value, naming the allowed ones', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('planned: 2026-03-12', 'status: finished') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 4, character: 8 }, end: { line: 4, character: 16 } });
    assert.equal(textAt(files, d), 'finished');
    assert.match(d.message, /‘status: finished’ is not allowed/);
    assert.match(d.message, /planned, in-progress, done, cancelled/);
  });

  it("reports a missing required field at the record's id", () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('status: planned') };
    const [d] = mine(check(files, TODAY));
    assert.equal(textAt(files, d), 'IA-2026-03');
    assert.match(d.message, /^An internal audit needs ‘planned’: /);
  });

  it('does not fire for a well-formed audit', () => {
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('planned: 2026-03-12', 'status: done', 'findings: []') }, TODAY)),
      [],
    );
  });

  it('edge: a wrong type (findings as text) is reported; `findings: []` is a list', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('planned: 2026-03-12', 'findings: none') };
    const [d] = mine(check(files, TODAY));
    assert.match(d.message, /‘findings’ must be a list/);
    assert.equal(textAt(files, d), 'none');
  });

  it('edge: a finding without a type is reported, and an isms.yaml setting out of range too', () => {
    const withFinding = audit('planned: 2026-03-12', 'findings:', '  - { id: IA-2026-03-F1, ref: A.5.18 }');
    assert.match(mine(check({ 'isms.yaml': config(), 'a.md': withFinding }, TODAY))[0]?.message ?? '', /needs ‘type’/);
    const files = { 'isms.yaml': config('internal-audit: { cadence-months: 0 }\n') };
    const [d] = mine(check(files, TODAY));
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.equal(textAt(files, d), '0');
    assert.match(d.message, /‘cadence-months’ must be a whole number from 1 to 12 \(got ‘0’\)/);
  });

  describe("a management review's `standards:`", () => {
    const INTEGRATED = config('standards: [iso27001:2022, iso22301:2019]\n');
    const review = (standards: string): string =>
      ['---', 'isms: management-review', 'id: MR-2026-01', 'date: 2026-01-20', `standards: ${standards}`, '---', ''].join('\n');

    it('reports a standard isms.yaml does not list, at the item, naming the listed ones', () => {
      const files = { 'isms.yaml': INTEGRATED, 'reviews/MR-2026-01.md': review('[iso27001:2022, gdpr]') };
      const found = mine(check(files, TODAY));
      assert.equal(found.length, 1);
      const [d] = found;
      assert.equal(d.severity, 'error');
      assert.equal(textAt(files, d), 'gdpr');
      assert.match(d.message, /‘standards: gdpr’ is not listed in isms\.yaml ‘standards:’ \(iso27001:2022, iso22301:2019\)/);
    });

    it('reports a key no catalogue knows, naming the ones the engine knows', () => {
      const files = { 'isms.yaml': INTEGRATED, 'reviews/MR-2026-01.md': review('[iso27001:2022, iso9001]') };
      const [d, ...rest] = mine(check(files, TODAY));
      assert.deepEqual(rest, []);
      assert.equal(textAt(files, d), 'iso9001');
      assert.match(
        d.message,
        /‘standards: iso9001’ is not a standard the engine knows\. Use one of: iso27001:2022, iso27701:2019, iso27701:2025, iso22301:2019, gdpr, popia\./,
      );
    });

    it('edge: listed standards in another spelling pass, and one key without a list is checked too', () => {
      assert.deepEqual(mine(check({ 'isms.yaml': INTEGRATED, 'r.md': review('[ISO27001, iso22301]') }, TODAY)), []);
      const files = { 'isms.yaml': config(), 'r.md': review('iso22301') };
      const [d] = mine(check(files, TODAY));
      assert.equal(textAt(files, d), 'iso22301');
      assert.match(d.message, /not listed in isms\.yaml ‘standards:’ \(iso27001:2022\)/);
    });
  });
});

describe('ISMS006 wording (issue 15.6)', () => {
  it('"An incident needs ‘detected’", not "A incident needs `detected`"', () => {
    const files = {
      'isms.yaml': config(),
      'registers/incidents.yaml': 'isms: incidents\nrecords:\n  - id: INC-1\n    title: Lost laptop\n',
    };
    const needs = mine(check(files, TODAY)).filter((d) => /needs/.test(d.message));
    assert.ok(
      needs.some((d) => d.message.startsWith('An incident needs ‘detected’: ')),
      needs.map((d) => d.message).join('\n'),
    );
  });
});
