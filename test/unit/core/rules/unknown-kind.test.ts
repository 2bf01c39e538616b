import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS005';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const record = (kind: string, eol = '\n'): string => ['---', `isms: ${kind}`, 'id: IA-2026-03', 'planned: 2026-03-12', '---', ''].join(eol);

describe('ISMS005 unknown-kind', () => {
  it('reports a misspelt kind at the value of `isms:`, listing the kinds it knows', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': record('internal-audt') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.rule, 'unknown-kind');
    assert.deepEqual(d.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 19 } });
    assert.equal(textAt(files, d), 'internal-audt');
    assert.match(d.message, /Unknown kind ‘internal-audt’/);
    assert.match(d.message, /internal-audit/);
  });

  it('does not fire for a known kind', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': record('internal-audit') }, TODAY)), []);
  });

  it('edge: a register name and a single-record kind are both known; a Markdown file without front matter is not an ISMS file', () => {
    const register = 'isms: corrective-actions\nrecords: []\n';
    const policy = '# Acceptable use policy\n\nisms: not front matter\n';
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'registers/ca.yaml': register, 'policies/aup.md': policy }, TODAY)), []);
  });

  it('edge: CRLF line endings give the same range', () => {
    const [d] = mine(check({ 'isms.yaml': config(), 'audits/IA.md': record('audit', '\r\n') }, TODAY));
    assert.deepEqual(d.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 11 } });
  });
});
