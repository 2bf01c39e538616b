import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS705';
const mine = ofCode(CODE);

const GDPR = config('standards: [iso27001:2022, gdpr]\n');
const POPIA = config('standards: [iso27001:2022, popia]\n');

const files = (cfg: string, ...extra: string[]): Record<string, string> => ({
  'isms.yaml': cfg,
  'registers/incidents.yaml': [
    'isms: incidents',
    'records:',
    '  - id: INC-2026-011',
    "    title: Customer's user database exposed by a misconfigured backup",
    '    detected: 2026-03-04',
    '    personal-data: true',
    ...extra.map((l) => `    ${l}`),
    '',
  ].join('\n'),
});

describe('ISMS705 breach-controller-not-notified', () => {
  it('a processor that has not told the controller after 24 hours: an error at the id, never "notify the authority"', () => {
    const f = files(GDPR, 'role: processor');
    const [d, ...rest] = mine(check(f, '2026-03-06'));
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'error');
    assert.equal(textAt(f, d), 'INC-2026-011');
    assert.match(d.message, /has not been notified to the controller: the organisation is the processor \(‘role:’ of the incident\)/);
    assert.match(
      d.message,
      /Due by 2026-03-05: 24 hours, ‘privacy\.controller-notification-hours’, a contractual figure — the law says "without undue delay" \(GDPR Art\. 33\(2\)\)\./,
    );
    assert.match(d.message, /record ‘controller-notified:’/);
    assert.doesNotMatch(d.message, /Notify now|notified-authority/);
    assert.deepEqual(ofCode('ISMS701')(check(f, '2026-03-06')), [], "the 72 hours are not the processor's");
  });

  it('on time: within the hours, or told by D + 1; late with a delay-reason is accepted', () => {
    assert.deepEqual(mine(check(files(GDPR, 'role: processor'), '2026-03-05')), []);
    assert.deepEqual(mine(check(files(GDPR, 'role: processor', 'controller-notified: 2026-03-05'), '2026-11-25')), []);
    const reason = files(GDPR, 'role: processor', 'controller-notified: 2026-03-09', 'delay-reason: Found only in the monthly log review');
    assert.deepEqual(mine(check(reason, '2026-11-25')), []);
  });

  it('told late without a reason: a warning at the date (the hours are contractual)', () => {
    const f = files(GDPR, 'role: processor', 'controller-notified: 2026-03-09');
    const [d] = mine(check(f, '2026-11-25'));
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(f, d), '2026-03-09');
    assert.match(
      d.message,
      /notified to the controller on 2026-03-09, after the deadline, and no ‘delay-reason:’ is recorded\. Due by 2026-03-05/,
    );
  });

  it('POPIA operator: the responsible party, "immediately" (s.21(2)); both laws name both', () => {
    const [d] = mine(check(files(POPIA, 'role: processor'), '2026-03-06'));
    assert.match(d.message, /notified to the responsible party/);
    assert.match(d.message, /"immediately" \(POPIA s\.21\(2\)\)/);
    assert.doesNotMatch(d.message, /GDPR/);
    assert.match(d.message, /who decides on notifying the Information Regulator/);
    const [both] = mine(check(files(config(), 'role: processor', 'regimes: [gdpr, popia]'), '2026-03-06'));
    assert.match(both.message, /the controller \(the responsible party, POPIA\)/);
  });

  it('the hours are configurable; the role may come from isms.yaml `privacy.role`', () => {
    const cfg = config('standards: [iso27001:2022, gdpr]\nprivacy: { role: processor, controller-notification-hours: 48 }\n');
    assert.deepEqual(mine(check(files(cfg), '2026-03-06')), []);
    const [d] = mine(check(files(cfg), '2026-03-07'));
    assert.match(d.message, /‘privacy\.role’ of isms\.yaml/);
    assert.match(d.message, /Due by 2026-03-06: 48 hours/);
  });

  it('silent for a controller, for data that is not personal, and when no privacy law applies', () => {
    assert.deepEqual(mine(check(files(GDPR, 'role: controller'), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(GDPR), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(config(), 'role: processor'), '2026-11-25')), []);
    const f = files(GDPR, 'role: processor');
    f['registers/incidents.yaml'] = f['registers/incidents.yaml'].replace('personal-data: true', 'personal-data: false');
    assert.deepEqual(mine(check(f, '2026-11-25')), []);
  });
});
