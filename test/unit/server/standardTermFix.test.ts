/**
 * The ISMS010 quick fix "Use the standard term", end to end in process: the engine's diagnostic, the
 * server's code action, its edit applied to the text, and a second check that no longer finds it.
 */
import * as assert from 'node:assert/strict';
import type { CodeActionParams, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { Diagnostic } from '../../../src/core';
import { applyTextEdits } from '../../../src/core/edit';
import { codeActions } from '../../../src/server/codeActions';
import { check, config, ROOT } from '../support/memory';

const TODAY = '2026-03-20';
const URI = 'file:///isms/registers/file.yaml';

const asLsp = (d: Diagnostic): LspDiagnostic => ({ range: d.range, message: d.message, source: 'isms', code: d.code, data: d.data });
const params = (d: LspDiagnostic): CodeActionParams => ({ textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });

/** Applies the quick fix of every ISMS010 of the file, one at a time, re-checking in between. */
function fixAll(name: string, text: string): { text: string; titles: string[] } {
  const titles: string[] = [];
  for (let round = 0; round < 10; round++) {
    const d = check({ 'isms.yaml': config(), [name]: text }, TODAY).find((x) => x.code === 'ISMS010' && x.file === `${ROOT}/${name}`);
    if (!d) return { text, titles };
    const [action] = codeActions(params(asLsp(d)), text);
    assert.ok(action, `no quick fix for ${d.message}`);
    assert.equal(action.isPreferred, true);
    titles.push(action.title);
    text = applyTextEdits(text, action.edit!.changes![URI]);
  }
  throw new Error('the quick fix does not converge');
}

describe('in process: the "Use the standard term" quick fix (ISMS010)', () => {
  it('rewrites a synonym to the standard term, and the re-check finds nothing left', () => {
    const risks = 'isms: risks\nrecords:\n  - id: R-001 # laptops\n    treatment: "Mitigate" # our word\n    status: open\n';
    const { text, titles } = fixAll('registers/risks.yaml', risks);
    assert.deepEqual(titles, ['Use the standard term ‘modify’']);
    assert.equal(text, risks.replace('"Mitigate"', '"modify"'), 'only the word changes; quotes and comments stay');
    assert.deepEqual(
      check({ 'isms.yaml': config(), 'registers/risks.yaml': text }, TODAY).filter((d) => d.code === 'ISMS010'),
      [],
    );
  });

  it('rewrites a field alias and a yes to the standard field and true, with the same findings after', () => {
    const incidents = 'isms: incidents\nrecords:\n  - id: INC-1\n    date: 2026-01-05\n    personal-data: yes\n    status: resolved\n';
    const { text, titles } = fixAll('registers/incidents.yaml', incidents);
    assert.deepEqual(titles, ['Use the standard term ‘detected’', 'Use the standard term ‘true’', 'Use the standard term ‘closed’']);
    assert.equal(text, 'isms: incidents\nrecords:\n  - id: INC-1\n    detected: 2026-01-05\n    personal-data: true\n    status: closed\n');
    const findings = (t: string): string[] =>
      check({ 'isms.yaml': config(), 'registers/incidents.yaml': t }, TODAY)
        .filter((d) => d.code !== 'ISMS010')
        .map((d) => `${d.code} ${d.range.start.line} ${d.message}`);
    assert.deepEqual(findings(text), findings(incidents));
  });

  it('offers nothing when the text no longer holds the word, or the data is malformed', () => {
    const d: LspDiagnostic = {
      range: { start: { line: 3, character: 15 }, end: { line: 3, character: 23 } },
      message: 'x',
      source: 'isms',
      data: { fix: 'use-standard-term', written: 'mitigate', standard: 'modify' },
    };
    assert.deepEqual(codeActions(params(d), 'isms: risks\nrecords:\n  - id: R-001\n    treatment: modify\n'), []);
    assert.deepEqual(codeActions(params({ ...d, data: { fix: 'use-standard-term', written: 'mitigate' } }), 'treatment: mitigate'), []);
    assert.deepEqual(codeActions(params(d), undefined), []);
  });
});
