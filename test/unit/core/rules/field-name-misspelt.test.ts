import * as assert from 'node:assert/strict';
import { applyTextEdits, renameField } from '../../../../src/core/edit';
import { misspeltField } from '../../../../src/core/rules/field-name-misspelt';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS011';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const audit = (...lines: string[]): Record<string, string> => ({
  'isms.yaml': config(),
  'audits/IA-2026-03.md': ['---', 'isms: internal-audit', 'id: IA-2026-03', 'planned: 2026-03-12', ...lines, '---', ''].join('\n'),
});

describe('ISMS011 field-name-misspelt', () => {
  it('says "did you mean `performed`?" at the misspelt key, with the rename as fix data', () => {
    const files = audit('perfomed: 2026-03-14', 'auditor: Ravi Patel', 'findings: []');
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'perfomed');
    assert.match(d.message, /‘perfomed’ is not a field of internal-audit records; did you mean ‘performed’\?/);
    assert.deepEqual(d.data, { fix: 'rename-field', from: 'perfomed', to: 'performed' });
  });

  it('the rename, applied, makes the record read as meant: the diagnostic is gone and the audit is no longer overdue', () => {
    const files = audit('perfomed: 2026-03-14   # after the kick-off', 'auditor: Ravi Patel', 'findings: []');
    const before = check(files, TODAY);
    assert.equal(before.filter((d) => d.code === 'ISMS101').length, 1, 'as written the audit is not performed');
    const [d] = mine(before);
    const text = files['audits/IA-2026-03.md'];
    const fixed = applyTextEdits(text, renameField(text, d.range, 'perfomed', 'performed'));
    assert.match(fixed, /^performed: 2026-03-14 {3}# after the kick-off$/m);
    const after = check({ ...files, 'audits/IA-2026-03.md': fixed }, TODAY);
    assert.deepEqual(
      after.filter((x) => x.code === CODE || x.code === 'ISMS101'),
      [],
    );
  });

  it('catches a dropped letter, a swap, another case and `_` for `-`', () => {
    const cases: [string, string, string][] = [
      ['corrective-action', 'ownr', 'owner'],
      ['corrective-action', 'onwer', 'owner'],
      ['corrective-action', 'root_cause', 'root-cause'],
      ['corrective-action', 'Owner', 'owner'],
      ['corrective-action', 'efectiveness', 'effectiveness'],
      ['internal-audit', 'auditer', 'auditor'],
      ['internal-audit', 'planed', 'planned'],
      ['incident', 'detcted', 'detected'],
    ];
    for (const [kind, key, field] of cases) assert.equal(misspeltField(kind as never, key, {}), field, key);
  });

  it("leaves practitioners' own fields alone: other words, short keys, names of other kinds, fields already written", () => {
    for (const key of [
      'notes',
      'jira',
      'ticket',
      'reviewer',
      'comments',
      'owners',
      'evidence',
      'priority',
      'cost',
      'link',
      'tags',
      'isms',
    ]) {
      assert.equal(misspeltField('corrective-action', key, {}), undefined, key);
      assert.equal(misspeltField('internal-audit', key, {}), undefined, key);
      assert.equal(misspeltField('risk', key, {}), undefined, key);
    }
    // `date` is a field of other kinds: written on an incident it is a choice, not a typo
    assert.equal(misspeltField('incident', 'date', {}), undefined);
    // `ownr` beside a written `owner` is a second field, not a misspelling of the first
    assert.equal(misspeltField('corrective-action', 'ownr', { owner: 'Sam Smith' }), undefined);
    const files = audit(
      'performed: 2026-03-14',
      'auditor: Ravi Patel',
      'findings: []',
      'notes: see the ticket',
      'jira: ISMS-12',
      'reviewer: Dana Lee',
    );
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('reads a finding nested in an audit like any record', () => {
    const files = audit('performed: 2026-03-14', 'auditor: Ravi Patel', 'findings:', '  - { id: F1, tpye: observation, text: Fine }');
    const found = mine(check(files, TODAY));
    assert.deepEqual(
      found.map((d) => [textAt(files, d), d.data]),
      [['tpye', { fix: 'rename-field', from: 'tpye', to: 'type' }]],
    );
  });

  it('edge: the rename refuses a key that changed since, and keeps quotes', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } };
    assert.deepEqual(renameField('perfoMed: 1\n', range, 'perfomed', 'performed'), []);
    const quoted = { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } };
    assert.equal(applyTextEdits('"perfomed": 1\n', renameField('"perfomed": 1\n', quoted, 'perfomed', 'performed')), '"performed": 1\n');
  });
});
