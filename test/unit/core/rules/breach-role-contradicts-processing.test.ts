import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const mine = ofCode('ISMS708');

const files = (incidentRole: string, activityRole: string): Record<string, string> => ({
  'isms.yaml': config('standards: [iso27001:2022, gdpr]\n'),
  'registers/pa.yaml': [
    'isms: processing-activities',
    'records:',
    '  - id: PA-03',
    '    title: Hosting of customer content',
    `    role: ${activityRole}`,
    '',
  ].join('\n'),
  'registers/incidents.yaml': [
    'isms: incidents',
    'records:',
    '  - id: INC-2026-041',
    '    detected: 2026-03-04',
    '    personal-data: true',
    '    processing-activity: PA-03',
    `    role: ${incidentRole}`,
    '    notified-authority: 2026-03-05',
    '',
  ].join('\n'),
});

describe('ISMS708 breach-role-contradicts-processing', () => {
  it("reports an incident's role that contradicts its processing activity's, at the incident's role, pointing at the other", () => {
    const f = files('controller', 'processor');
    const [d, ...rest] = mine(check(f, '2026-11-25'));
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(f, d), 'controller');
    assert.match(
      d.message,
      /INC-2026-041 says the organisation is controller, but its processing activity PA-03 is recorded with ‘role: processor’/,
    );
    assert.equal(d.related?.[0].location.file.endsWith('registers/pa.yaml'), true);
  });

  it('silent when they agree, or when either is not said', () => {
    assert.deepEqual(mine(check(files('processor', 'processor'), '2026-11-25')), []);
    const noRole = files('controller', 'processor');
    noRole['registers/incidents.yaml'] = noRole['registers/incidents.yaml'].replace('    role: controller\n', '');
    assert.deepEqual(mine(check(noRole, '2026-11-25')), []);
  });
});
