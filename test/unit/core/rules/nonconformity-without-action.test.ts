import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS305';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const audit = (type: string, extra: string[] = []): string =>
  [
    '---',
    'isms: internal-audit',
    'id: IA-2026-03',
    'planned: 2026-03-12',
    'performed: 2026-03-14',
    'auditor: Ravi Patel',
    'findings:',
    '  - id: IA-2026-03-F1',
    `    type: ${type}`,
    '    ref: A.5.18',
    '    text: Leaver accounts not removed within 24 hours',
    ...extra,
    '---',
    '',
  ].join('\n');
const CA =
  'isms: corrective-actions\nrecords:\n  - { id: CA-2026-004, source: IA-2026-03-F1, owner: Sam Smith, due: 2026-04-30, root-cause: No leaver feed }\n';

describe('ISMS305 nonconformity-without-action', () => {
  it("reports a minor nonconformity without a corrective action, at the finding's id, with the fix data", () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('minor-nc') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, { start: { line: 7, character: 8 }, end: { line: 7, character: 21 } });
    assert.equal(textAt(files, d), 'IA-2026-03-F1');
    assert.match(d.message, /Minor nonconformity IA-2026-03-F1 has no corrective action/);
    assert.deepEqual(d.data, { fix: 'log-corrective-action', findingId: 'IA-2026-03-F1' });
  });

  it('does not fire when the finding links its corrective action', () => {
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'a.md': audit('minor-nc', ['    corrective-action: CA-2026-004']), 'ca.yaml': CA }, TODAY)),
      [],
    );
  });

  it('edge: a major nonconformity is an error', () => {
    const [d] = mine(check({ 'isms.yaml': config(), 'a.md': audit('major-nc') }, TODAY));
    assert.equal(d.severity, 'error');
    assert.match(d.message, /^Major nonconformity/);
  });

  it('edge: a corrective action naming the finding as its source counts without the back-link', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': audit('minor-nc'), 'ca.yaml': CA }, TODAY)), []);
  });

  it('edge: observations and opportunities need no corrective action', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': audit('observation') }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': audit('opportunity') }, TODAY)), []);
  });

  it('edge: a finding of the certification body (external audit) counts the same', () => {
    const ext = [
      '---',
      'isms: external-audit',
      'id: EA-2026-S1',
      'type: surveillance-1',
      'date: 2026-02-09',
      'findings:',
      '  - { id: EA-2026-S1-F1, type: major-nc, ref: A.8.13 }',
      '---',
      '',
    ].join('\n');
    const [d] = mine(check({ 'isms.yaml': config(), 'external/EA-2026-S1.md': ext }, TODAY));
    assert.equal(d.severity, 'error');
    assert.equal(d.range.start.line, 6);
  });
});

describe('ISMS305 and a finding type that cannot be read (issue 16.2)', () => {
  it('`type: serious` is reported once by ISMS006 at the value; ISMS305 does not guess', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('serious') };
    const all = check(files, TODAY);
    assert.deepEqual(mine(all), []);
    const invalid = all.filter((d) => d.code === 'ISMS006');
    assert.equal(invalid.length, 1);
    assert.equal(textAt(files, invalid[0]), 'serious');
    assert.match(invalid[0].message, /take it as unknown/);
  });

  it('`type: major` is a major nonconformity: ISMS305 reports it as an error', () => {
    const found = mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('major') }, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
  });
});
