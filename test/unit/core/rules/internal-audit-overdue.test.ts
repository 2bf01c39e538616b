import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS101';
const mine = ofCode(CODE);

const audit = (planned: string, extra: string[] = ['status: planned'], eol = '\n'): Record<string, string> => ({
  'isms.yaml': config(),
  'audits/IA-2026-03.md': [
    '---',
    'isms: internal-audit',
    'id: IA-2026-03',
    'title: Access control',
    `planned: ${planned}`,
    ...extra,
    '---',
    '',
  ].join(eol),
});
const PLANNED = { start: { line: 4, character: 9 }, end: { line: 4, character: 19 } };

describe('ISMS101 internal-audit-overdue', () => {
  it('reports an audit planned in the past and not performed, at its planned date', () => {
    const files = audit('2026-03-12');
    const found = mine(check(files, '2026-03-20'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.rule, 'internal-audit-overdue');
    assert.equal(d.file, `${ROOT}/audits/IA-2026-03.md`);
    assert.deepEqual(d.range, PLANNED);
    assert.equal(textAt(files, d), '2026-03-12');
    assert.match(d.message, /IA-2026-03 was planned for 2026-03-12 \(8 days ago\) and is not performed/);
    assert.match(d.message, /‘performed:’/);
  });

  it('does not fire once the audit is performed', () => {
    assert.deepEqual(
      mine(check(audit('2026-03-12', ['performed: 2026-03-14', 'status: done', 'auditor: Ravi Patel', 'findings: []']), '2026-03-20')),
      [],
    );
  });

  it('edge: planned for today is not overdue; the next day it is', () => {
    assert.deepEqual(mine(check(audit('2026-03-12'), '2026-03-12')), []);
    assert.equal(mine(check(audit('2026-03-12'), '2026-03-13')).length, 1);
  });

  it('edge: a cancelled audit and an audit in progress are not overdue', () => {
    assert.deepEqual(mine(check(audit('2026-03-12', ['status: cancelled']), '2026-04-20')), []);
    assert.deepEqual(mine(check(audit('2026-03-12', ['status: in-progress']), '2026-04-20')), []);
  });

  it('edge: `performed:` without `status: done` counts as performed', () => {
    assert.deepEqual(mine(check(audit('2026-03-12', ['performed: 2026-03-13']), '2026-04-20')), []);
  });

  it('edge: month end and leap day: planned 2028-02-29 is overdue on 2028-03-01 (1 day)', () => {
    const [d] = mine(check(audit('2028-02-29'), '2028-03-01'));
    assert.match(d.message, /2028-02-29 \(1 days? ago\)/);
  });

  it('edge: CRLF line endings give the same range', () => {
    const [d] = mine(check(audit('2026-03-12', ['status: planned'], '\r\n'), '2026-03-20'));
    assert.deepEqual(d.range, PLANNED);
  });

  it('edge: an override turns it off or changes its severity', () => {
    assert.deepEqual(mine(check(audit('2026-03-12'), '2026-03-20', { ISMS101: 'off' })), []);
    assert.equal(mine(check(audit('2026-03-12'), '2026-03-20', { 'internal-audit-overdue': 'error' }))[0].severity, 'error');
  });
});

describe('ISMS101 and a status that cannot be read (issue 16.2)', () => {
  it('an audit with `status: finished` is neither overdue nor done: ISMS006 says it once, nothing derived piles on', () => {
    const files = audit('2026-03-12', ['status: finished', 'scope: [A.5.15]']);
    const all = check(files, '2026-03-20');
    assert.deepEqual(mine(all), []);
    assert.deepEqual(
      all.filter((d) => d.file.endsWith('IA-2026-03.md')).map((d) => `${d.code} ${textAt(files, d)}`),
      ['ISMS006 finished'],
    );
  });

  it('a performed date is a fact of its own: the audit is done whatever its status says', () => {
    assert.deepEqual(mine(check(audit('2026-03-12', ['status: finished', 'performed: 2026-03-13']), '2026-03-20')), []);
  });
});
