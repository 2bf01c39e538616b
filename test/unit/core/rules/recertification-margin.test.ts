import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS407';
const TODAY = '2027-06-01';
const mine = ofCode(CODE);

const cert = (audits: string[], extra = ''): Record<string, string> => ({
  'isms.yaml': config(
    [
      'certification:',
      '  body: Example Certification Ltd',
      '  issued: 2025-03-14',
      '  expires: 2028-03-13',
      extra,
      '  audits:',
      ...audits.map((a) => `    - ${a}`),
      '',
    ]
      .filter((l) => l !== '')
      .join('\n') + '\n',
  ),
});

describe('ISMS407 recertification-margin', () => {
  it('reports a recertification audit ending fewer than 30 days before expiry, at that audit', () => {
    const files = cert(['{ type: recertification, date: 2028-02-28, end: 2028-03-01 }']);
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), '{ type: recertification, date: 2028-02-28, end: 2028-03-01 }');
    assert.equal(
      d.message,
      'The recertification audit ends on 2028-03-01, only 12 days before the certificate expires (2028-03-13); the certification body needs 30 days after it to review the audit and decide on recertification. Bring the audit forward with Example Certification Ltd so that the decision can precede expiry.',
    );
  });

  it('does not fire with room for the decision', () => {
    assert.deepEqual(mine(check(cert(['{ type: recertification, date: 2027-12-06, end: 2027-12-08 }']), TODAY)), []);
  });

  it('edge: exactly decision-days is enough; one day fewer is not; the setting is read from isms.yaml', () => {
    assert.deepEqual(mine(check(cert(['{ type: recertification, date: 2028-02-12 }']), TODAY)), []);
    const [d] = mine(check(cert(['{ type: recertification, date: 2028-02-13 }']), TODAY));
    assert.match(d.message, /is on 2028-02-13, only 29 days before/);
    assert.equal(mine(check(cert(['{ type: recertification, date: 2028-01-10 }'], '  decision-days: 90'), TODAY)).length, 1);
  });

  it('edge: an audit that runs into the expiry date is "not before"; one starting after expiry is ISMS404’s', () => {
    const [d] = mine(check(cert(['{ type: recertification, date: 2028-03-10, end: 2028-03-14 }']), TODAY));
    assert.match(d.message, /ends on 2028-03-14, not before the certificate expires/);
    const after = check(cert(['{ type: recertification, date: 2028-03-20 }']), TODAY);
    assert.deepEqual(mine(after), []);
    assert.equal(after.filter((x) => x.code === 'ISMS404').length, 1);
  });

  it('edge: a done or cancelled audit, an earlier plan, or an expired certificate: not reported', () => {
    assert.deepEqual(mine(check(cert(['{ type: recertification, date: 2028-03-01, status: done }']), '2028-03-05')), []);
    assert.deepEqual(mine(check(cert(['{ type: recertification, date: 2028-03-01, status: cancelled }']), TODAY)), []);
    const two = cert(['{ type: recertification, date: 2028-03-01 }', '{ type: recertification, date: 2027-12-06 }']);
    assert.deepEqual(mine(check(two, TODAY)), []);
    assert.deepEqual(mine(check(cert(['{ type: recertification, date: 2028-03-01 }']), '2028-03-14')), []);
  });
});
