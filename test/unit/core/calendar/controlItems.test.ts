/**
 * Control activities due and evidence running out in the calendar model and its timeline (issue 18.5):
 * on the sample (ACT-RESTORE-TEST overdue for October, EV-2026-002 renewal due, EV-2025-030 expired) and
 * on small workspaces for the filter, the departments and what is left out.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadIsmsFolder, type IsmsWorkspace } from '../../../../src/core';
import { calendarModel, filterCalendar, type CalendarModel, type ControlItem } from '../../../../src/core/calendar';
import { nodeFileHost } from '../../../../src/node/fsHost';
import { config, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';
const SAMPLE = path.resolve(__dirname, '../../../../../examples/acme');

const monthItems = (model: CalendarModel, month: string): ControlItem[] => model.months.find((m) => m.month === month)?.controlItems ?? [];
const brief = (items: readonly { kind: string; id?: string; date?: string; state: string }[]): string[] =>
  items.map((i) => `${i.kind} ${i.id ?? ''} ${i.date ?? ''} ${i.state}`);

describe('calendar control items on the sample (issue 18.5)', () => {
  let ws: IsmsWorkspace;
  let model: CalendarModel;
  before(async () => {
    ws = await loadIsmsFolder(nodeFileHost, SAMPLE);
    model = calendarModel(ws, TODAY);
  });

  it('each month shows the restore test due on its last day, proven or overdue, and the quarterly access review', () => {
    assert.deepEqual(brief(monthItems(model, '2026-09')), ['activity-due ACT-RESTORE-TEST 2026-09-30 done']);
    assert.deepEqual(brief(monthItems(model, '2026-10')), [
      'activity-due ACT-ACCESS-REVIEW 2026-10-15 done',
      'activity-due ACT-RESTORE-TEST 2026-10-31 overdue',
      'evidence-renewal EV-2025-030 2026-10-31 expired',
    ]);
    assert.deepEqual(brief(monthItems(model, '2026-11')), ['activity-due ACT-RESTORE-TEST 2026-11-30 planned']);
    assert.deepEqual(brief(monthItems(model, '2026-12')), [
      'evidence-renewal EV-2026-002 2026-12-15 renewal-due',
      'activity-due ACT-RESTORE-TEST 2026-12-31 planned',
    ]);
    assert.deepEqual(brief(monthItems(model, '2027-02')), ['activity-due ACT-RESTORE-TEST 2027-02-28 planned']);
  });

  it('an item opens its record: the register file and the line of its entry', () => {
    const restore = monthItems(model, '2026-10').find((i) => i.id === 'ACT-RESTORE-TEST');
    assert.ok(restore && restore.file.endsWith('registers/control-activities.yaml'), restore?.file);
    const line = ws.records('control-activity').find((r) => r.id === 'ACT-RESTORE-TEST')?.anchor.start.line;
    assert.equal(restore.line, line);
    const cert = monthItems(model, '2026-12').find((i) => i.id === 'EV-2026-002');
    assert.ok(cert && cert.file.endsWith('registers/evidence.yaml'));
    assert.equal(cert.renewalDue, '2026-11-15');
    assert.deepEqual(cert.controls, ['A.5.23']);
  });

  it('evidence of an activity has no renewal of its own (the activity’s due date is it)', () => {
    const ids = model.months
      .flatMap((m) => m.controlItems)
      .filter((i) => i.kind === 'evidence-renewal')
      .map((i) => i.id);
    assert.ok(!ids.some((id) => ['EV-2026-003', 'EV-2026-019', 'EV-2026-024'].includes(id)), ids.join(' '));
  });

  it('the timeline shows the overdue restore test, its next due date, the renewal due and the expired report', () => {
    const items = model.timeline.items.filter((i) => i.kind === 'activity-due' || i.kind === 'evidence-renewal');
    const lines = brief(items);
    assert.ok(lines.includes('activity-due ACT-RESTORE-TEST 2026-10-31 overdue'), lines.join('\n'));
    assert.ok(lines.includes('activity-due ACT-RESTORE-TEST 2026-11-30 planned'), lines.join('\n'));
    assert.ok(lines.includes('evidence-renewal EV-2026-002 2026-12-15 renewal-due'), lines.join('\n'));
    assert.ok(lines.includes('evidence-renewal EV-2025-030 2026-10-31 expired'), lines.join('\n'));
    assert.ok(items.find((i) => i.id === 'EV-2025-030')?.overdue);
    // the access review is on track: only its next due date, and only when before the external audit
    assert.ok(!lines.some((l) => l.startsWith('activity-due ACT-ACCESS-REVIEW 2026-10-15')), lines.join('\n'));
  });

  it('the Controls filter shows one kind, or none; audits stay', () => {
    const only = filterCalendar(model, { controlItems: 'evidence-renewal' });
    assert.deepEqual(
      only.months
        .flatMap((m) => m.controlItems)
        .map((i) => i.kind)
        .filter((k) => k !== 'evidence-renewal'),
      [],
    );
    assert.ok(only.timeline.items.some((i) => i.kind === 'evidence-renewal'));
    assert.ok(!only.timeline.items.some((i) => i.kind === 'activity-due'));
    const none = filterCalendar(model, { controlItems: 'none' });
    assert.equal(none.months.flatMap((m) => m.controlItems).length, 0);
    assert.equal(none.months.flatMap((m) => m.audits).length, model.months.flatMap((m) => m.audits).length);
  });
});

describe('calendar control items: departments, text and edges (issue 18.5)', () => {
  const files = {
    'isms.yaml': config('departments:\n  - { id: it, owner: Sam, owns: [A.8.13] }\n  - { id: legal, owner: Lee, owns: [A.5.23] }\n'),
    'acts.yaml': [
      'isms: control-activities',
      'records:',
      '  - { id: ACT-1, title: "<img src=x onerror=alert(1)>", controls: [a.8.13], schedule: monthly, day: 31, start: 2027-01-01 }',
      '  - { id: ACT-BAD, title: Unreadable, controls: [A.8.13], schedule: sometimes, start: 2027-01-01 }',
      '',
    ].join('\n'),
    'ev.yaml': [
      'isms: evidence',
      'records:',
      '  - { id: EV-1, title: Certificate, controls: [A.5.23], effective: 2026-03-01, valid-until: 2027-02-28 }',
      '',
    ].join('\n'),
  };
  const model = calendarModel(workspaceOf(files), TODAY);

  it('month ends hold as the engine plans them (28 February); unreadable schedules show nothing', () => {
    const dates = model.months
      .flatMap((m) => m.controlItems)
      .filter((i) => i.id === 'ACT-1')
      .map((i) => i.date);
    assert.deepEqual(dates.slice(0, 3), ['2027-01-31', '2027-02-28', '2027-03-31']);
    assert.ok(!model.months.some((m) => m.controlItems.some((i) => i.id === 'ACT-BAD')));
  });

  it('titles stay as written (the webview inserts them as text), and items belong to the departments owning their controls', () => {
    const act = model.months.flatMap((m) => m.controlItems).find((i) => i.id === 'ACT-1');
    assert.equal(act?.title, '<img src=x onerror=alert(1)>');
    assert.deepEqual(act?.departments, ['it']);
    assert.deepEqual(act?.controls, ['A.8.13'], 'canonical control ids');
    const legal = filterCalendar(model, { department: 'legal' });
    assert.deepEqual([...new Set(legal.months.flatMap((m) => m.controlItems).map((i) => i.id))], ['EV-1']);
  });
});
