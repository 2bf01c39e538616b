/** The `evidence` and `control-activity` kinds (issue 18.1, 18.2): Markdown and register, aliases, ISMS006 once, snippets. */
import * as assert from 'node:assert/strict';
import { activityStatus, evidenceValidity, KIND_FIELDS, REGISTER_KINDS } from '../../../../src/core';
import { check, codes, config, workspaceOf } from '../../support/memory';
import { expand, snippets } from '../../support/snippets';

const DATA_CODES = ['ISMS001', 'ISMS002', 'ISMS004', 'ISMS005', 'ISMS006', 'ISMS007', 'ISMS011'];
const TODAY = '2026-11-25';

const EVIDENCE_MD = [
  '---',
  'isms: evidence',
  'id: EV-2026-031',
  'title: Restore test of the customer database',
  'controls: [A.8.13]',
  'effective: 2026-11-02',
  'valid-months: 1',
  'owner: Sam Smith',
  'location: evidence/2026/restore-test-2026-11.md',
  'activity: ACT-RESTORE',
  '---',
  'Restored the 1 November backup into staging.',
].join('\n');

const ACTIVITY_MD = [
  '---',
  'isms: control-activity',
  'id: ACT-RESTORE',
  'title: Restore test',
  'controls: [A.8.13]',
  'owner: Sam Smith',
  'schedule: monthly',
  'day: 31',
  'start: 2026-01-01',
  '---',
].join('\n');

const REGISTERS = {
  'evidence.yaml': [
    'isms: evidence',
    'records:',
    '  - id: EV-2026-020',
    '    title: Penetration test report 2026',
    '    controls: [A.8.8, "9.1"]',
    '    effective: 2026-05-20',
    '    valid-until: 2027-05-31',
    '    location: https://docs.example.com/security/pentest-2026',
    '    source: EA-1',
  ].join('\n'),
  'control-activities.yaml': [
    'isms: control-activities',
    'records:',
    '  - { id: ACT-SCAN, title: Vulnerability scan, controls: [A.8.8], owner: Jordan Blake, schedule: every 2 weeks, start: 2026-09-07 }',
  ].join('\n'),
  'external-audits.yaml': 'isms: external-audits\nrecords:\n  - { id: EA-1, type: surveillance-1, date: 2026-06-01, status: done }\n',
};

const dataProblems = (files: Record<string, string>): string[] =>
  check(files, TODAY)
    .filter((d) => DATA_CODES.includes(d.code))
    .map((d) => `${d.file.slice('/isms/'.length)}:${d.range.start.line + 1} ${d.code} ${d.message}`);

describe('evidence and control-activity kinds', () => {
  it('are record kinds with registers of their own', () => {
    assert.equal(REGISTER_KINDS.evidence, 'evidence');
    assert.equal(REGISTER_KINDS['control-activities'], 'control-activity');
    assert.equal(KIND_FIELDS.evidence.effective.required, true);
    assert.equal(KIND_FIELDS['control-activity'].schedule.required, true);
  });

  it('read from Markdown front matter and from registers, with no data problems', () => {
    const files = { 'isms.yaml': config(), 'ev.md': EVIDENCE_MD, 'act.md': ACTIVITY_MD, ...REGISTERS };
    const ws = workspaceOf(files);
    assert.deepEqual(
      ws
        .records('evidence')
        .map((r) => r.id)
        .sort(),
      ['EV-2026-020', 'EV-2026-031'],
    );
    assert.deepEqual(
      ws
        .records('control-activity')
        .map((r) => r.id)
        .sort(),
      ['ACT-RESTORE', 'ACT-SCAN'],
    );
    assert.deepEqual(dataProblems(files), []);
    const [restore] = ws.records('control-activity').filter((r) => r.id === 'ACT-RESTORE');
    const status = activityStatus(restore, ws.records('evidence'), TODAY);
    // due at each month end: October's (31st) is proven by the 2 November restore test, done late
    assert.equal(status.lastDue?.date, '2026-10-31');
    assert.equal(status.lastDue?.proof?.id, 'EV-2026-031');
    assert.equal(status.next, '2026-11-30');
    const pentest = ws.records('evidence').find((r) => r.id === 'EV-2026-020');
    assert.ok(pentest);
    assert.equal(evidenceValidity(pentest, TODAY).state, 'current');
  });

  it('read the practitioners’ other names of fields: collected, expires, url, frequency, every, started', () => {
    const ws = workspaceOf({
      'isms.yaml': config(),
      'evidence.yaml': 'isms: evidence\nrecords:\n  - { id: EV-1, collected: 2026-10-01, expires: 2026-12-01, url: https://x.example/e }\n',
      'control-activities.yaml': [
        'isms: control-activities',
        'records:',
        '  - { id: ACT-1, frequency: Quarterly, started: 2026-01-15 }',
        '  - { id: ACT-2, every: 3 months, day-of-month: 15, start-date: 2026-01-15 }',
      ].join('\n'),
    });
    const [ev] = ws.records('evidence');
    assert.deepEqual(evidenceValidity(ev, TODAY), { state: 'renewal-due', effective: '2026-10-01', validUntil: '2026-12-01', daysLeft: 6 });
    assert.equal(ev.data.location, 'https://x.example/e');
    const [a1, a2] = ws.records('control-activity');
    assert.equal(activityStatus(a1, [], TODAY).next, '2027-01-15');
    assert.deepEqual(activityStatus(a2, [], TODAY).schedule, { every: 3, unit: 'months', day: 15 });
  });

  it('an unreadable schedule, day or validity: unknown, and ISMS006 reports it once', () => {
    const files = {
      'isms.yaml': config(),
      'control-activities.yaml': [
        'isms: control-activities',
        'records:',
        '  - { id: ACT-1, schedule: now and then, start: 2026-01-15 }',
        '  - { id: ACT-2, schedule: weekly, day: 15, start: 2026-01-15 }',
        '  - { id: ACT-3, schedule: monthly, day: 40, start: 2026-01-15 }',
        '  - { id: ACT-4, schedule: monthly, day: the last, start: 2026-01-15 }',
        '  - { id: ACT-5, start: 2026-01-15 }',
      ].join('\n'),
      'evidence.yaml': [
        'isms: evidence',
        'records:',
        '  - { id: EV-1, effective: 2026-10-01, valid-months: 0 }',
        '  - { id: EV-2, effective: 2026-10-01, valid-months: a year }',
        '  - { id: EV-3, effective: 2026-02-30, valid-months: 3 }',
        '  - { id: EV-4, valid-months: 3 }',
      ].join('\n'),
    };
    const ws = workspaceOf(files);
    for (const a of ws.records('control-activity')) assert.equal(activityStatus(a, [], TODAY).state, 'unknown', a.id);
    for (const e of ws.records('evidence')) assert.equal(evidenceValidity(e, TODAY).state, 'unknown', e.id);
    const diags = check(files, TODAY);
    assert.deepEqual(codes(diags, 'ISMS006'), [
      'control-activities.yaml:3 ISMS006',
      'control-activities.yaml:4 ISMS006',
      'control-activities.yaml:5 ISMS006',
      'control-activities.yaml:6 ISMS006',
      'control-activities.yaml:7 ISMS006',
      'evidence.yaml:3 ISMS006',
      'evidence.yaml:4 ISMS006',
      'evidence.yaml:6 ISMS006',
    ]);
    assert.deepEqual(codes(diags, 'ISMS002'), ['evidence.yaml:5 ISMS002']);
    const messages = diags.filter((d) => d.code === 'ISMS006').map((d) => d.message);
    assert.match(messages[0], /‘schedule: now and then’ is not a schedule/);
    assert.match(messages[1], /‘day:’ is for a schedule in months or years/);
    assert.match(messages[2], /‘day: 40’ is not a day of the month/);
    assert.match(messages[3], /‘day’ must be a number/);
    assert.match(messages[4], /needs ‘schedule’/);
    assert.match(messages[5], /‘valid-months: 0’ is not a number of months/);
    assert.match(messages[6], /‘valid-months’ must be a number/);
    assert.match(messages[7], /needs ‘effective’/);
    for (const m of messages) assert.doesNotMatch(m, /`/);
  });

  it('references: an activity or source that no record has is ISMS007, an unknown control ISMS004', () => {
    const files = {
      'isms.yaml': config(),
      'evidence.yaml':
        'isms: evidence\nrecords:\n  - { id: EV-1, controls: [A.9.99], effective: 2026-10-01, activity: ACT-X, source: IA-X }\n',
    };
    const diags = check(files, TODAY);
    assert.deepEqual(codes(diags, 'ISMS007'), ['evidence.yaml:3 ISMS007', 'evidence.yaml:3 ISMS007']);
    assert.deepEqual(codes(diags, 'ISMS004'), ['evidence.yaml:3 ISMS004']);
  });

  it('the snippets make records without data problems', () => {
    const md = snippets('isms-markdown.json');
    const yaml = snippets('isms-yaml.json');
    const pick = (list: typeof md, prefix: string) => {
      const s = list.find((x) => x.prefix.includes(prefix));
      assert.ok(s, prefix);
      return expand(s.body);
    };
    const entries = (register: string, entry: string): string =>
      `isms: ${register}\nrecords:\n${entry
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}\n`;
    const files = {
      'isms.yaml': config(),
      'ev.md': pick(md, 'isms-evidence'),
      'act.md': pick(md, 'isms-control-activity').replace('ACT-1', 'ACT-2'),
      'evidence.yaml': pick(yaml, 'isms-evidence-register').replace('EV-2026-1', 'EV-2026-2'),
      'more-evidence.yaml': entries('evidence', pick(yaml, 'isms-evidence').replace('EV-2026-1', 'EV-2026-3')),
      'control-activities.yaml': pick(yaml, 'isms-control-activities').replace('ACT-1', 'ACT-3'),
      'more-activities.yaml': entries('control-activities', pick(yaml, 'isms-control-activity')),
    };
    const ws = workspaceOf(files);
    assert.equal(ws.records('evidence').length, 3);
    assert.equal(ws.records('control-activity').length, 3);
    assert.deepEqual(dataProblems(files), []);
  });
});
