import * as assert from 'node:assert/strict';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { applyTextEdits } from '../../../../src/core/edit';
import { codeActions } from '../../../../src/server/codeActions';
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
    assert.match(d.message, /‘A\.12\.3\.1’ is an ISO\/IEC 27001:2013 control id; in ISO\/IEC 27001:2022 it is ‘A\.8\.13’/);
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
    assert.match(d.message, /‘A\.5\.36’ \/ ‘A\.8\.8’/);
  });

  it('edge: a 2022 id that looks like a 2013 one (A.8.1 "user endpoint devices") is not legacy', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-07.md': audit('[A.8.1]') }, TODAY)), []);
  });

  describe('ISO/IEC 27701:2019 ids in a folder on ISO/IEC 27701:2025', () => {
    const on2025 = config('standards: [iso27001:2022, iso27701:2025]\n');
    const AUDIT = 'audits/IA-2026-07.md';

    it('reports a 2019 control with its 2025 id and the data a quick fix needs, and ISMS004 keeps quiet', () => {
      const files = { 'isms.yaml': on2025, [AUDIT]: audit('[A.8.15, "iso27701:A.7.2.8"]') };
      const diags = check(files, TODAY);
      const [d, ...rest] = mine(diags);
      assert.deepEqual(rest, []);
      assert.equal(d.severity, 'warning');
      assert.equal(textAt(files, d), '"iso27701:A.7.2.8"');
      assert.match(d.message, /ISO\/IEC 27701:2019 id; .* in ISO\/IEC 27701:2025 it is ‘iso27701-2025:A\.1\.2\.9’/);
      assert.deepEqual(d.data, {
        fix: 'replace-legacy-control',
        legacy: 'iso27701:A.7.2.8',
        replacements: ['iso27701-2025:A.1.2.9'],
        from: 'ISO/IEC 27701:2019',
        to: 'ISO/IEC 27701:2025',
      });
      assert.deepEqual(
        diags.filter((x) => x.code === 'ISMS004'),
        [],
      );
      assert.ok(!diags.some((x) => /iso27701:2019’/.test(x.message)), 'never "add iso27701:2019"');
    });

    it('its quick fix writes the 2025 id; checked again, the warning is gone and nothing else appears', () => {
      const files = { 'isms.yaml': on2025, [AUDIT]: audit('[A.8.15, "iso27701:B.8.2.6"]') };
      const before = check(files, TODAY);
      const [d] = mine(before);
      const lsp: LspDiagnostic = { range: d.range, message: d.message, source: 'isms', data: d.data };
      const uri = 'file:///isms/audits/IA-2026-07.md';
      const [action, ...others] = codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [lsp] } }, files[AUDIT]);
      assert.deepEqual(others, []);
      assert.equal(
        action.title,
        'Replace ISO/IEC 27701:2019 id iso27701:B.8.2.6 with its ISO/IEC 27701:2025 equivalent iso27701-2025:A.2.2.7',
      );
      assert.equal(action.isPreferred, true);
      const fixed = applyTextEdits(files[AUDIT], action.edit!.changes![uri]);
      assert.match(fixed, /scope: \[A\.8\.15, "iso27701-2025:A\.2\.2\.7"\]/);
      const after = check({ ...files, [AUDIT]: fixed }, TODAY);
      assert.deepEqual(mine(after), []);
      assert.deepEqual(
        after.filter((x) => x.code === 'ISMS004'),
        [],
      );
      assert.equal(after.length, before.length - 1);
    });

    it('edge: a 2019 id whose 2025 counterpart the table does not carry is reported without a fix', () => {
      const diags = check({ 'isms.yaml': on2025, [AUDIT]: audit('["iso27701:5.4.1.3"]') }, TODAY);
      const [d, ...rest] = mine(diags);
      assert.deepEqual(rest, []);
      assert.equal(d.data, undefined);
      assert.match(d.message, /Cite the 2025 clause or control/);
      assert.deepEqual(
        diags.filter((x) => x.code === 'ISMS004'),
        [],
      );
    });

    it('does not fire for 2025 ids, nor for 2019 ids where isms.yaml lists 2019 (alone or with 2025)', () => {
      const ok = (standards: string, scope: string): void =>
        assert.deepEqual(mine(check({ 'isms.yaml': config(`standards: [${standards}]\n`), [AUDIT]: audit(scope) }, TODAY)), []);
      ok('iso27001:2022, iso27701:2025', '["iso27701-2025:A.1.2.9", "iso27701:A.1.2.6"]');
      ok('iso27001:2022, iso27701:2019', '["iso27701:A.7.2.8"]');
      ok('iso27001:2022, iso27701, iso27701:2025', '["iso27701:A.7.2.8"]');
    });
  });
});
