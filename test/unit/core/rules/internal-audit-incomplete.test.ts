import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS102';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const audit = (...extra: string[]): Record<string, string> => ({
  'isms.yaml': config(),
  'audits/IA-2026-03.md': [
    '---',
    'isms: internal-audit',
    'id: IA-2026-03',
    'planned: 2026-03-12',
    'performed: 2026-03-14',
    'status: done',
    ...extra,
    '---',
    '',
  ].join('\n'),
});

describe('ISMS102 internal-audit-incomplete', () => {
  it('reports a performed audit with neither auditor nor findings, at its id, naming both', () => {
    const files = audit();
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 14 } });
    assert.equal(textAt(files, d), 'IA-2026-03');
    assert.match(d.message, /IA-2026-03 is performed but does not record ‘auditor:’ \(who audited\) or ‘findings:’/);
  });

  it('does not fire when the auditor and the findings are recorded', () => {
    assert.deepEqual(
      mine(check(audit('auditor: Ravi Patel', 'findings:', '  - { id: IA-2026-03-F1, type: observation, ref: A.5.18 }'), TODAY)),
      [],
    );
  });

  it('edge: `findings: []` records "no findings"; an empty `findings:` does not', () => {
    assert.deepEqual(mine(check(audit('auditor: Ravi Patel', 'findings: []'), TODAY)), []);
    const [d] = mine(check(audit('auditor: Ravi Patel', 'findings:'), TODAY));
    assert.doesNotMatch(d.message, /auditor:/);
    assert.match(d.message, /‘findings:’ \(write ‘findings: \[\]’ if there were none\)/);
  });

  it('edge: only the auditor missing names only the auditor', () => {
    const [d] = mine(check(audit('findings: []'), TODAY));
    assert.match(d.message, /‘auditor:’/);
    assert.doesNotMatch(d.message, /‘findings:’/);
  });

  it('edge: an audit not yet performed (planned, in progress) is not checked', () => {
    const planned = { 'isms.yaml': config(), 'a.md': '---\nisms: internal-audit\nid: IA-2026-04\nplanned: 2026-04-09\n---\n' };
    assert.deepEqual(mine(check(planned, TODAY)), []);
    const inProgress = {
      'isms.yaml': config(),
      'a.md': '---\nisms: internal-audit\nid: IA-2026-04\nplanned: 2026-03-09\nstatus: in-progress\n---\n',
    };
    assert.deepEqual(mine(check(inProgress, TODAY)), []);
  });
});
