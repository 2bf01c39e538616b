/**
 * Control activities and evidence renewals in the .ics export (issue 18.5), read back with ical.js (a
 * real RFC 5545 parser and RRULE expander): each activity is one recurring event whose expansion is the
 * engine's due dates (`occurrenceDate`), month ends and leap days included; evidence runs out on its
 * last valid day; every such event has a VALARM `evidence.reminder-days` before; UIDs do not move.
 */
import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { rrulestr } from 'rrule';
import { occurrenceDate, parseSchedule, planFrom } from '../../../../src/core/controls/schedule';
import { recurrenceRule, toICalendar } from '../../../../src/core/export/ical';
import { config, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';
const N = 24;

interface Activity {
  id: string;
  schedule: string;
  start: string;
  day?: number;
}

const activities = (list: readonly Activity[]): string =>
  [
    'isms: control-activities',
    'records:',
    ...list.map(
      (a) =>
        `  - { id: ${a.id}, title: "Activity ${a.id}", controls: [A.8.13], owner: Sam, schedule: "${a.schedule}", start: ${a.start}${a.day !== undefined ? `, day: ${a.day}` : ''} }`,
    ),
    '',
  ].join('\n');

const evidence = (lines: readonly string[]): string => ['isms: evidence', 'records:', ...lines, ''].join('\n');

const vevents = (ics: string): ICAL.Component[] => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
const byUid = (ics: string): Map<string, ICAL.Component> => new Map(vevents(ics).map((v) => [String(v.getFirstPropertyValue('uid')), v]));

/** The first `n` dates of a VEVENT's recurrence set, as ical.js expands its RRULE. */
function expandIcalJs(v: ICAL.Component, n: number): string[] {
  const it = new ICAL.Event(v).iterator();
  const out: string[] = [];
  for (let t = it.next(); t && out.length < n; t = it.next()) out.push(t.toString());
  return out;
}

/** The same with rrule (an RFC 5545 RRULE expander, BYSETPOS included), from the DTSTART and RRULE ical.js parsed. */
function expandRrule(v: ICAL.Component, n: number): string[] {
  const rule = String(v.getFirstProperty('rrule')?.toICALString()).replace(/^RRULE:/, '');
  const start = String(v.getFirstPropertyValue('dtstart')).replace(/-/g, '');
  const set = rrulestr(`DTSTART:${start}T000000Z\nRRULE:${rule}`);
  return set.all((_, i) => i < n).map((d) => d.toISOString().slice(0, 10));
}

const engineDates = (a: Activity, n: number): string[] => {
  const schedule = parseSchedule(a.schedule, a.day);
  assert.ok(schedule, a.schedule);
  const plan = planFrom(schedule, a.start);
  return Array.from({ length: n }, (_, k) => occurrenceDate(plan, k));
};

// schedules whose month ends and leap days the RRULE must hold as the engine does
const CASES: Activity[] = [
  { id: 'MONTHLY-31', schedule: 'monthly', day: 31, start: '2026-08-01' },
  { id: 'MONTHLY-JAN31', schedule: 'monthly', start: '2027-01-31' },
  { id: 'MONTHLY-30', schedule: 'monthly', day: 30, start: '2027-01-01' },
  { id: 'MONTHLY-29', schedule: 'monthly', day: 29, start: '2027-01-15' },
  { id: 'MONTHLY-APR30', schedule: 'every 1 month', start: '2026-04-30' },
  { id: 'MONTHLY-15', schedule: 'monthly', day: 15, start: '2026-01-20' },
  { id: 'QUARTERLY', schedule: 'quarterly', start: '2026-01-15' },
  { id: 'QUARTERLY-31', schedule: 'quarterly', day: 31, start: '2025-11-02' },
  { id: 'QUARTERLY-30-NOFEB', schedule: 'quarterly', day: 30, start: '2027-03-01' },
  { id: 'QUARTERLY-30-FEB', schedule: 'quarterly', day: 30, start: '2027-05-01' },
  { id: 'YEARLY-APR31', schedule: 'yearly', day: 31, start: '2027-04-01' },
  { id: 'FIVE-MONTHS-31', schedule: 'every 5 months', day: 31, start: '2026-01-31' },
  { id: 'HALF-YEARLY', schedule: 'half-yearly', start: '2026-08-31' },
  { id: 'YEARLY-FEB29', schedule: 'yearly', start: '2028-02-29' },
  { id: 'YEARLY-DAY31-FEB', schedule: 'yearly', day: 31, start: '2027-02-01' },
  { id: 'YEARLY-DAY30-FEB', schedule: 'annually', day: 30, start: '2027-02-10' },
  { id: 'BIENNIAL-29', schedule: 'every 2 years', day: 29, start: '2028-02-01' },
  { id: 'YEARLY-OCT', schedule: 'yearly', start: '2025-10-20' },
  { id: 'WEEKLY', schedule: 'weekly', start: '2026-12-31' },
  { id: 'FORTNIGHTLY', schedule: 'fortnightly', start: '2028-02-15' },
  { id: 'EVERY-3-DAYS', schedule: 'every 3 days', start: '2028-02-26' },
  { id: 'DAILY', schedule: 'daily', start: '2027-02-27' },
];

const UID = (kind: string, id: string): string => `${kind}-${id}+Test%20Ltd@isms-workbench`;

describe('iCalendar control activities: one recurring event each (issue 18.5)', () => {
  const ics = toICalendar(workspaceOf({ 'isms.yaml': config(), 'acts.yaml': activities(CASES) }), TODAY);
  const events = byUid(ics);

  for (const a of CASES) {
    it(`${a.id} (${a.schedule}${a.day ? `, day ${a.day}` : ''}, from ${a.start}): the RRULE expands to the engine's first ${N} due dates`, () => {
      const v = events.get(UID('control-activity', a.id));
      assert.ok(v, [...events.keys()].join(' '));
      assert.equal(v.getAllProperties('rrule').length, 1);
      const expected = engineDates(a, N);
      assert.equal(String(v.getFirstPropertyValue('dtstart')), expected[0], 'DTSTART is the first occurrence');
      assert.deepEqual(expandRrule(v, N), expected, 'rrule');
      // ical.js (Thunderbird's parser) does not apply BYSETPOS to BYMONTHDAY: it reads every other rule
      if (!String(v.getFirstProperty('rrule')?.toICALString()).includes('BYSETPOS'))
        assert.deepEqual(expandIcalJs(v, N), expected, 'ical.js');
    });
  }

  it('writes the frequency and interval a calendar client shows: quarterly is MONTHLY;INTERVAL=3, a month end the last day', () => {
    const rule = (id: string): string => String(events.get(UID('control-activity', id))?.getFirstProperty('rrule')?.toICALString());
    assert.equal(rule('QUARTERLY'), 'RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15');
    assert.equal(rule('MONTHLY-31'), 'RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1');
    assert.equal(rule('MONTHLY-30'), 'RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30;BYSETPOS=-1');
    assert.equal(rule('YEARLY-FEB29'), 'RRULE:FREQ=YEARLY;INTERVAL=1;BYMONTH=2;BYMONTHDAY=-1');
    assert.equal(rule('WEEKLY'), 'RRULE:FREQ=WEEKLY;INTERVAL=1');
    assert.equal(rule('EVERY-3-DAYS'), 'RRULE:FREQ=DAILY;INTERVAL=3');
    assert.equal(rule('YEARLY-OCT'), 'RRULE:FREQ=YEARLY;INTERVAL=1');
  });

  it('each activity event is all-day and has a display alarm evidence.reminder-days (7) before', () => {
    for (const a of CASES) {
      const v = events.get(UID('control-activity', a.id));
      assert.ok(v);
      assert.equal(v.getFirstProperty('dtstart')?.type, 'date');
      const alarms = v.getAllSubcomponents('valarm');
      assert.equal(alarms.length, 1);
      assert.equal(String(alarms[0].getFirstPropertyValue('action')), 'DISPLAY');
      assert.equal(String(alarms[0].getFirstPropertyValue('trigger')), '-P7D');
      assert.match(String(alarms[0].getFirstPropertyValue('description')), new RegExp(`Control activity due ${a.id}`));
    }
  });

  it('an activity whose schedule is not readable has no event (nothing guessed)', () => {
    const bad = toICalendar(
      workspaceOf({
        'isms.yaml': config(),
        'acts.yaml': activities([{ id: 'ACT-BAD', schedule: 'biweekly', start: '2026-01-01' }]),
      }),
      TODAY,
    );
    assert.ok(!bad.includes('ACT-BAD'));
  });

  it("recurrenceRule: day 29 and 30 take February's end only when the plan passes through February", () => {
    const rule = (schedule: string, start: string, day?: number): string => recurrenceRule(planFrom(parseSchedule(schedule, day)!, start));
    assert.equal(rule('monthly', '2027-01-01', 30), 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30;BYSETPOS=-1');
    assert.equal(rule('monthly', '2027-01-01', 28), 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28');
    assert.equal(rule('quarterly', '2027-03-01', 30), 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=30');
    assert.equal(rule('quarterly', '2027-05-01', 30), 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30;BYSETPOS=-1');
    assert.equal(rule('every 2 years', '2028-02-01', 29), 'FREQ=YEARLY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=-1');
    assert.equal(rule('yearly', '2027-04-01', 31), 'FREQ=YEARLY;INTERVAL=1');
  });
});

describe('iCalendar evidence renewals and reminders (issue 18.5)', () => {
  const files = (reminder = ''): Record<string, string> => ({
    'isms.yaml': config(reminder),
    'evidence.yaml': evidence([
      '  - { id: EV-CERT, title: "Cloud certificate, ISO; 27001", controls: [A.5.23], effective: 2025-12-16, valid-until: 2026-12-15, owner: Tom }',
      '  - { id: EV-OLD, title: Old pen test, controls: [A.8.8], effective: 2024-10-20, valid-months: 12 }',
      '  - { id: EV-NEW, title: New pen test, controls: [A.8.8], effective: 2025-10-20, valid-months: 24 }',
      '  - { id: EV-GONE, title: Expired scan, controls: [A.8.29], effective: 2025-01-10, valid-months: 6 }',
      '  - { id: EV-FOREVER, title: Policy signed, controls: [A.5.1], effective: 2025-01-10 }',
      '  - { id: EV-ACT, title: Restore test, activity: ACT-R, effective: 2026-09-29, valid-months: 1 }',
    ]),
    // the activity's next due date renews EV-ACT: it has no renewal event of its own (as ISMS961/962 skip it)
    'acts.yaml': activities([{ id: 'ACT-R', schedule: 'monthly', day: 31, start: '2026-08-01' }]),
  });

  it('one event on the last valid day of evidence still standing; replaced, activity and open-ended evidence have none', () => {
    const events = byUid(toICalendar(workspaceOf(files()), TODAY));
    const cert = events.get(UID('evidence-renewal', 'EV-CERT'));
    assert.ok(cert, [...events.keys()].join(' '));
    assert.equal(String(cert.getFirstPropertyValue('dtstart')), '2026-12-15');
    assert.equal(cert.getAllProperties('rrule').length, 0);
    assert.equal(String(cert.getFirstPropertyValue('summary')), 'Evidence runs out EV-CERT: Cloud certificate, ISO; 27001');
    assert.match(
      String(cert.getFirstPropertyValue('description')),
      /^State: renewal-due\nEffective: 2025-12-16; valid until 2026-12-15; renewal due from 2026-11-15/,
    );
    assert.equal(String(events.get(UID('evidence-renewal', 'EV-NEW'))?.getFirstPropertyValue('dtstart')), '2027-10-20');
    assert.equal(String(events.get(UID('evidence-renewal', 'EV-GONE'))?.getFirstPropertyValue('dtstart')), '2025-07-10');
    for (const id of ['EV-OLD', 'EV-FOREVER', 'EV-ACT']) assert.ok(!events.has(UID('evidence-renewal', id)), id);
  });

  it('the reminder follows evidence.reminder-days', () => {
    const events = byUid(toICalendar(workspaceOf(files('evidence:\n  reminder-days: 14\n')), TODAY));
    const alarm = events.get(UID('evidence-renewal', 'EV-CERT'))?.getFirstSubcomponent('valarm');
    assert.equal(String(alarm?.getFirstPropertyValue('trigger')), '-P14D');
    assert.equal(String(alarm?.getFirstPropertyValue('action')), 'DISPLAY');
  });

  it('UIDs stay when dates, schedules and the order of records change (a re-import updates, never doubles)', () => {
    const before = toICalendar(
      workspaceOf({
        ...files(),
        'acts.yaml': activities([
          { id: 'ACT-R', schedule: 'monthly', day: 31, start: '2026-08-01' },
          { id: 'ACT-Q', schedule: 'quarterly', start: '2026-01-15' },
        ]),
      }),
      TODAY,
    );
    const after = toICalendar(
      workspaceOf({
        ...files(),
        'evidence.yaml': evidence([
          '  - { id: EV-NEW, title: New pen test, controls: [A.8.8], effective: 2026-03-01, valid-months: 12 }',
          '  - { id: EV-CERT, title: Cloud certificate, controls: [A.5.23], effective: 2026-12-10, valid-until: 2027-12-15 }',
        ]),
        'acts.yaml': activities([
          { id: 'ACT-Q', schedule: 'every 6 months', start: '2026-02-01' },
          { id: 'ACT-R', schedule: 'weekly', start: '2026-09-03' },
        ]),
      }),
      '2026-12-20',
    );
    const uids = (ics: string): string[] => [...byUid(ics).keys()].filter((u) => /^(control-activity|evidence-renewal)-/.test(u)).sort();
    const wanted = [
      UID('control-activity', 'ACT-Q'),
      UID('control-activity', 'ACT-R'),
      UID('evidence-renewal', 'EV-CERT'),
      UID('evidence-renewal', 'EV-NEW'),
    ];
    assert.deepEqual(
      uids(before).filter((u) => wanted.includes(u)),
      wanted,
    );
    assert.deepEqual(uids(after), wanted);
    assert.notEqual(String(byUid(after).get(UID('evidence-renewal', 'EV-CERT'))?.getFirstPropertyValue('dtstart')), '2026-12-15');
  });

  it('two ISMS in one calendar keep apart: the organisation is part of the UID', () => {
    const other = toICalendar(
      workspaceOf({ 'isms.yaml': 'isms: config\norganisation: Other Co\n', 'evidence.yaml': files()['evidence.yaml'] }),
      TODAY,
    );
    assert.ok(byUid(other).has('evidence-renewal-EV-CERT+Other%20Co@isms-workbench'));
  });
});
