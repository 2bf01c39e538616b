import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS701';
const mine = ofCode(CODE);

const GDPR = config('standards: [iso27001:2022, gdpr]\n');
const POPIA = config('standards: [iso27001:2022, popia]\n');

/** An incidents register with one incident; `extra` lines are its further fields. */
const incident = (...extra: string[]): string =>
  [
    'isms: incidents',
    'records:',
    '  - id: INC-2026-003',
    '    title: Customer exports publicly readable',
    '    detected: 2026-03-04',
    ...extra.map((l) => `    ${l}`),
    '',
  ].join('\n');
const files = (cfg: string, ...extra: string[]): Record<string, string> => ({
  'isms.yaml': cfg,
  'registers/incidents.yaml': incident('personal-data: true', ...extra),
});

describe('ISMS701 personal-data-breach-notification', () => {
  it('GDPR: reports a breach not notified after the 72 hours, at its id, with the deadline date', () => {
    const f = files(GDPR, 'notification: required');
    const found = mine(check(f, '2026-03-10'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(textAt(f, d), 'INC-2026-003');
    assert.match(
      d.message,
      /INC-2026-003 \(detected 2026-03-04\) has not been notified to the supervisory authority; the 72-hour deadline of GDPR Art\. 33\(1\) was 2026-03-07/,
    );
    assert.doesNotMatch(d.message, /No notification decision/);
  });

  it('does not fire when notified within 72 hours, or when the decision is not-required', () => {
    assert.deepEqual(mine(check(files(GDPR, 'notification: required', 'notified-authority: 2026-03-06'), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(GDPR, 'notification: not-required'), '2026-11-25')), []);
    assert.deepEqual(mine(check({ 'isms.yaml': GDPR, 'i.yaml': incident('personal-data: false') }, '2026-11-25')), []);
  });

  it('edge: exactly 72 hours — detected + 3 days is still in time, the day after is late', () => {
    assert.deepEqual(mine(check(files(GDPR, 'notification: required'), '2026-03-07')), []);
    assert.deepEqual(mine(check(files(GDPR, 'notified-authority: 2026-03-07'), '2026-11-25')), []);
    assert.equal(mine(check(files(GDPR, 'notification: required'), '2026-03-08')).length, 1);
    const [late] = mine(check(files(GDPR, 'notified-authority: 2026-03-08'), '2026-11-25'));
    assert.match(late.message, /notified to the supervisory authority on 2026-03-08, after the 72-hour deadline of 2026-03-07/);
  });

  it('edge: leap day — detected 2028-02-27, the deadline is 2028-03-01', () => {
    const leap = {
      'isms.yaml': GDPR,
      'i.yaml': incident('personal-data: true', 'notification: required').replace('2026-03-04', '2028-02-27'),
    };
    assert.deepEqual(mine(check(leap, '2028-03-01')), []);
    assert.match(mine(check(leap, '2028-03-02'))[0].message, /was 2028-03-01/);
  });

  it('a late notification with a delay-reason is accepted; without one it is reported at the notification date', () => {
    assert.deepEqual(
      mine(check(files(GDPR, 'notified-authority: 2026-03-09', 'delay-reason: Forensics needed to confirm scope'), '2026-11-25')),
      [],
    );
    const f = files(GDPR, 'notified-authority: 2026-03-09');
    const [d] = mine(check(f, '2026-11-25'));
    assert.equal(d.severity, 'error');
    assert.equal(textAt(f, d), '2026-03-09');
    assert.match(d.message, /no ‘delay-reason:’ is recorded/);
  });

  it('the older `notified:` field counts as the notification date', () => {
    assert.deepEqual(mine(check(files(GDPR, 'notified: 2026-03-06'), '2026-11-25')), []);
    const f = files(GDPR, 'notified: 2026-03-10');
    assert.equal(textAt(f, mine(check(f, '2026-11-25'))[0]), '2026-03-10');
  });

  it('within the clock, a missing decision is a warning naming the deadline; past it, one error says both', () => {
    const [d] = mine(check(files(GDPR), '2026-03-05'));
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /has no notification decision.*notify the supervisory authority by 2026-03-07/);
    const [late] = mine(check(files(GDPR), '2026-03-20'));
    assert.equal(late.severity, 'error');
    assert.match(late.message, /No notification decision is recorded either/);
  });

  it('POPIA only: not this rule (no 72-hour clock; ISMS706 reminds), even when notified a week later', () => {
    assert.deepEqual(mine(check(files(POPIA), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(POPIA, 'notification: required', 'notified-authority: 2026-04-30'), '2026-11-25')), []);
  });

  it("a processor is not on the controller's clock: never told to notify the authority (ISMS705 has its duty)", () => {
    const all = check(files(GDPR, 'role: processor', 'notification: required'), '2026-11-25');
    assert.deepEqual(mine(all), []);
    const byConfig = check(
      files(config('standards: [iso27001:2022, gdpr]\nprivacy: { role: processor }\n'), 'notification: required'),
      '2026-11-25',
    );
    assert.deepEqual(mine(byConfig), []);
    for (const d of [...all, ...byConfig]) assert.doesNotMatch(d.message, /Notify now|notify the supervisory authority by/);
  });

  it("the role comes from the processing activity the incident names, and the incident's own `role:` wins", () => {
    const pa = (role: string): string =>
      ['isms: processing-activities', 'records:', '  - id: PA-07', '    title: Customer content hosting', `    role: ${role}`, ''].join(
        '\n',
      );
    const f = { ...files(GDPR, 'processing-activity: PA-07', 'notification: required'), 'registers/pa.yaml': pa('processor') };
    assert.deepEqual(mine(check(f, '2026-11-25')), [], 'processor by PA-07');
    const g = { ...files(GDPR, 'processing-activity: PA-07', 'notification: required'), 'registers/pa.yaml': pa('controller') };
    assert.equal(mine(check(g, '2026-11-25')).length, 1, 'controller by PA-07');
    const h = {
      ...files(GDPR, 'processing-activity: PA-07', 'role: controller', 'notification: required'),
      'registers/pa.yaml': pa('processor'),
    };
    assert.equal(mine(check(h, '2026-11-25')).length, 1, "the incident's role");
  });

  it('the deadline is `privacy.authority-notification-hours`, counted up to whole days (default 72)', () => {
    const cfg = (hours: number): string =>
      config(`standards: [iso27001:2022, gdpr]\nprivacy: { authority-notification-hours: ${hours} }\n`);
    assert.deepEqual(mine(check(files(cfg(96), 'notified-authority: 2026-03-08'), '2026-11-25')), [], '96 hours: D + 4');
    const [late] = mine(check(files(cfg(48), 'notified-authority: 2026-03-07'), '2026-11-25'));
    assert.match(late.message, /after the 48-hour deadline of 2026-03-06/);
    const [open] = mine(check(files(cfg(30), 'notification: required'), '2026-03-07'));
    assert.match(open.message, /the 30-hour deadline of GDPR Art\. 33\(1\) was 2026-03-06/, '30 hours: D + 2');
  });

  it('Why: `personal-data: yes` is a breach like `true` (it no longer switches the rule off)', () => {
    const f = { 'isms.yaml': GDPR, 'registers/incidents.yaml': incident('personal-data: yes', 'notification: required') };
    assert.equal(mine(check(f, '2026-03-10')).length, 1);
  });

  it('Why: `regimes: [uk-gdpr]` on the incident, or `uk-gdpr` in standards, is the GDPR clock', () => {
    assert.equal(mine(check(files(config(), 'regimes: [uk-gdpr]', 'notification: required'), '2026-03-10')).length, 1);
    const uk = config('standards: [iso27001:2022, uk-gdpr]\n');
    assert.equal(mine(check(files(uk, 'notification: required'), '2026-03-10')).length, 1);
  });

  it('both regimes: the GDPR clock governs, one diagnostic (ISMS706 stays silent)', () => {
    const both = check(files(config('standards: [iso27001:2022, gdpr, popia]\n'), 'notification: required'), '2026-03-10');
    assert.equal(mine(both).length, 1);
    assert.deepEqual(ofCode('ISMS706')(both), []);
    const said = check(files(config(), 'regimes: [gdpr, popia]', 'notification: required'), '2026-03-10');
    assert.equal(mine(said).length, 1);
  });

  it('an unreadable `personal-data:` or `notification:` gets no deadline here (ISMS707 says it once)', () => {
    const maybe = { 'isms.yaml': GDPR, 'registers/incidents.yaml': incident('personal-data: maybe', 'notification: required') };
    assert.deepEqual(mine(check(maybe, '2026-03-10')), []);
    assert.deepEqual(mine(check(files(GDPR, 'notification: perhaps'), '2026-03-10')), []);
  });

  it('edge: silent unless isms.yaml lists gdpr or popia; silent for a future or impossible detection date', () => {
    assert.deepEqual(mine(check(files(config()), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(config('standards: [iso27001:2022, iso27701:2019]\n')), '2026-11-25')), []);
    assert.deepEqual(mine(check(files(GDPR), '2026-03-03')), []);
    const bad = { 'isms.yaml': GDPR, 'i.yaml': incident('personal-data: true').replace('2026-03-04', '2026-02-30') };
    assert.deepEqual(mine(check(bad, '2026-11-25')), []);
  });
});

describe('ISMS701 on an incident written in practitioner wording (issue 16)', () => {
  const practitioner = (date: string): Record<string, string> => ({
    'isms.yaml': GDPR,
    'registers/incidents.yaml': [
      'isms: incidents',
      'records:',
      '  - id: INC-2026-009',
      '    title: Payroll file e-mailed to the wrong client',
      `    date: ${date}`,
      '    Personal-Data: Yes',
      '    severity: High',
      '    status: Open',
      '    notification: Required',
      '',
    ].join('\n'),
  });

  it('reads `date:` as the detection date and `Yes` as true: the unnotified breach is found, dated from `date:`', () => {
    const diags = check(practitioner('2026-03-04'), '2026-03-10');
    const found = mine(diags);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /INC-2026-009 \(detected 2026-03-04\)/);
    assert.ok(!diags.some((d) => d.code === 'ISMS006' || d.code === 'ISMS002' || d.code === 'ISMS011'), JSON.stringify(diags));
    // the field name in another case is read as the field, and said once
    assert.ok(diags.some((d) => d.code === 'ISMS010' && /‘Personal-Data’ is read as ‘personal-data’/.test(d.message)));
  });

  it('an impossible date under the alias is reported once, by ISMS002, and no deadline is guessed', () => {
    const diags = check(practitioner('2026-02-30'), '2026-03-10');
    assert.equal(diags.filter((d) => d.code === 'ISMS002').length, 1);
    assert.deepEqual(mine(diags), []);
  });
});
