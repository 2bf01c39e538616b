import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS951';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const incident = (lines: string[], body = '', extra: Record<string, string> = {}): Record<string, string> => ({
  'isms.yaml': config(),
  'incidents/INC-2026-011.md': [
    '---',
    'isms: incident',
    'id: INC-2026-011',
    'title: Ransomware on a build server',
    'detected: 2026-08-03',
    ...lines,
    '---',
    body,
    '',
  ].join('\n'),
  ...extra,
});

describe('ISMS951 incident-lessons-missing', () => {
  it('reports a high incident closed without lessons or a corrective action, at its status', () => {
    const files = incident(['severity: high', 'status: closed']);
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'closed');
    assert.equal(
      d.message,
      'Incident INC-2026-011 (Ransomware on a build server) is a high-severity incident closed without lessons learned or a corrective action. Record what was learned in ‘lessons:’ (or a ‘Lessons learned’ section), or raise a corrective action and link it with ‘corrective-action:’ (Annex A 5.27).',
    );
  });

  it('does not fire with `lessons:`, a lessons section, or a corrective action', () => {
    assert.deepEqual(mine(check(incident(['severity: critical', 'status: closed', 'lessons: Patch build servers weekly']), TODAY)), []);
    assert.deepEqual(mine(check(incident(['severity: critical', 'status: closed'], '## Lessons learnt\n\nPatch weekly.'), TODAY)), []);
    assert.deepEqual(
      mine(check(incident(['severity: high', 'status: closed', 'corrective-action: CA-2026-020'], '', ca('other')), TODAY)),
      [],
    );
  });

  it('edge: a corrective action that names the incident as its source counts without the back-link', () => {
    assert.deepEqual(mine(check(incident(['severity: high', 'status: closed'], '', ca('INC-2026-011')), TODAY)), []);
  });

  it('edge: critical says "a critical"; canonical spellings count (High, resolved)', () => {
    assert.match(mine(check(incident(['severity: critical', 'status: closed']), TODAY))[0].message, /is a critical-severity incident/);
    assert.equal(mine(check(incident(['severity: High', 'status: Closed']), TODAY)).length, 1);
  });

  it('edge: low or medium, open or contained, or an unreadable severity or status: not reported', () => {
    assert.deepEqual(mine(check(incident(['severity: medium', 'status: closed']), TODAY)), []);
    assert.deepEqual(mine(check(incident(['severity: high', 'status: contained']), TODAY)), []);
    assert.deepEqual(mine(check(incident(['severity: severe', 'status: closed']), TODAY)), []);
    assert.deepEqual(mine(check(incident(['severity: high', 'status: finished-ish']), TODAY)), []);
  });
});

function ca(source: string): Record<string, string> {
  return {
    'registers/corrective-actions.yaml': [
      'isms: corrective-actions',
      'records:',
      '  - id: CA-2026-020',
      `    source: ${source}`,
      '    raised: 2026-08-10',
      '    owner: Sam Smith',
      '    due: 2026-12-31',
      '    status: open',
      '',
    ].join('\n'),
  };
}
