import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS001';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const register = (title: string, eol = '\n'): string =>
  ['isms: corrective-actions', 'records:', '  - id: CA-2026-004', `    title: ${title}`, '    status: open', ''].join(eol);

describe('ISMS001 yaml-syntax', () => {
  it('reports a register whose YAML does not parse, at the broken spot, and checks none of its records', () => {
    const files = { 'isms.yaml': config(), 'registers/corrective-actions.yaml': register('[Remove leaver accounts') };
    const diags = check(files, TODAY);
    const found = mine(diags);
    assert.ok(found.length >= 1);
    const d = found[0];
    assert.equal(d.severity, 'error');
    assert.equal(d.rule, 'yaml-syntax');
    assert.match(d.message, /YAML syntax error/);
    assert.match(d.message, /only the entries of this register that read cleanly are checked/);
    assert.equal(d.file, `${ROOT}/registers/corrective-actions.yaml`);
    // the flow sequence opened on line 4 (zero-based 3) is where the parser gives up
    assert.ok(d.range.start.line >= 3, JSON.stringify(d.range));
    // its records are not read: no rule reports on CA-2026-004 (e.g. a missing owner)
    assert.deepEqual(
      diags.filter((x) => x.code !== CODE && x.file.endsWith('corrective-actions.yaml')),
      [],
    );
  });

  it('points at the exact key of a duplicated mapping key', () => {
    const text = ['isms: corrective-actions', 'records:', '  - id: CA-2026-004', '    owner: Sam Smith', '    owner: Dana Lee', ''].join(
      '\n',
    );
    const files = { 'isms.yaml': config(), 'registers/ca.yaml': text };
    const [d] = mine(check(files, TODAY));
    assert.ok(d, 'a duplicate key is a YAML error');
    assert.equal(d.range.start.line, 4);
    assert.equal(d.range.start.character, 4);
    assert.ok('owner'.startsWith(textAt(files, d)) && textAt(files, d).length > 0, textAt(files, d));
  });

  it('does not fire when the same register is valid YAML', () => {
    const files = { 'isms.yaml': config(), 'registers/corrective-actions.yaml': register('Remove leaver accounts') };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it("edge: a YAML error in Markdown front matter is placed on the file's line, not the front matter's", () => {
    const md = ['---', 'isms: internal-audit', 'id: IA-2026-03', 'planned: 2026-03-12', 'scope: [A.5.15', '---', 'Notes.', ''].join('\n');
    const [d] = mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': md }, TODAY));
    assert.ok(d);
    assert.ok(d.range.start.line >= 4 && d.range.start.line <= 5, JSON.stringify(d.range));
  });

  it('edge: broken YAML that is not an ISMS file (no `isms:` key) is left alone', () => {
    const files = { 'isms.yaml': config(), '.github/workflows/ci.yml': 'on: [push\njobs:\n  build: {}\n' };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('edge: CRLF line endings parse the same', () => {
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'registers/corrective-actions.yaml': register('Remove leaver accounts', '\r\n') }, TODAY)),
      [],
    );
    const found = mine(check({ 'isms.yaml': config(), 'registers/corrective-actions.yaml': register('[Remove', '\r\n') }, TODAY));
    assert.ok(found.length >= 1);
  });

  it('edge: an override to "off" silences it', () => {
    const files = { 'isms.yaml': config(), 'registers/corrective-actions.yaml': register('[Remove leaver accounts') };
    assert.deepEqual(mine(check(files, TODAY, { ISMS001: 'off' })), []);
  });
});
