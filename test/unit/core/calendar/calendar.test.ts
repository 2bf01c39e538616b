/** The calendar and timeline model (src/core/calendar): months, chips, markers, coverage, timeline, filters. */
import * as assert from 'node:assert/strict';
import { calendarModel, filterCalendar, movedDate, type CalendarModel } from '../../../../src/core/calendar';
import { isHostMessage, parseWebviewMessage, parseWebviewState } from '../../../../src/common/calendarMessages';
import { calendarHtml, contentSecurityPolicy, scriptJson } from '../../../../src/extension/calendar/html';
import { fixtureWorkspace, HOSTILE, ROOT, TODAY } from '../../../webview/fixture';
import { config, workspaceOf } from '../../support/memory';

describe('calendar model', () => {
  let model: CalendarModel;
  before(() => {
    model = calendarModel(fixtureWorkspace(), TODAY);
  });

  it('spans the whole certification cycle and opens on the twelve months from two months before today', () => {
    assert.equal(model.months[0].month, '2025-03'); // issued 2025-03-14
    assert.equal(model.months[model.months.length - 1].month, '2028-03'); // expires 2028-03-13
    assert.equal(model.months[model.initialIndex].month, '2026-09');
    assert.equal(
      model.months
        .filter((m) => m.isCurrent)
        .map((m) => m.month)
        .join(),
      '2026-11',
    );
    assert.equal(model.today, TODAY);
    assert.equal(model.root, ROOT);
  });

  it('puts each audit in its month as a chip with state, department, file and zero-based line', () => {
    const sep = model.months.find((m) => m.month === '2026-09')!;
    assert.deepEqual(sep.audits, [
      {
        id: 'IA-2026-09',
        title: HOSTILE[0],
        state: 'done',
        department: 'HR',
        departments: ['HR'],
        date: '2026-09-11',
        movable: false,
        file: `${ROOT}/audits/programme.yaml`,
        line: 2,
      },
    ]);
    const states = Object.fromEntries(model.months.flatMap((m) => m.audits).map((a) => [a.id, `${a.state}${a.movable ? ' movable' : ''}`]));
    assert.deepEqual(states, {
      'IA-2026-09': 'done',
      // overdue and not performed: ISMS101 says re-plan it, so it moves (issue 15.8)
      'IA-2026-10': 'overdue movable',
      'IA-2026-12': 'planned movable',
      'IA-2027-01': 'in-progress',
      'IA-2027-03': 'cancelled',
      [HOSTILE[5]]: 'planned movable',
    });
    // the department comes from the owner of a scoped control when the audit names none
    const oct = model.months.find((m) => m.month === '2026-10')!.audits[0];
    assert.deepEqual(oct.departments, [HOSTILE[2]]);
  });

  it('flags empty months: past ones as missing, future ones as nothing planned; a month with only a cancelled audit is empty', () => {
    const flag = (month: string): string => {
      const m = model.months.find((x) => x.month === month)!;
      return `${m.state}${m.empty ? ' empty' : ''}`;
    };
    assert.equal(flag('2026-11'), 'missing empty');
    assert.equal(flag('2027-02'), 'future-empty empty');
    assert.equal(flag('2027-03'), 'future-empty empty');
    assert.equal(flag('2026-12'), 'planned');
  });

  it('marks external audits, the certificate expiry and management reviews in their months', () => {
    const markers = model.months.flatMap((m) =>
      [...m.externalAudits, ...m.managementReviews].map((x) => `${m.month} ${x.type} ${x.status}`),
    );
    assert.deepEqual(markers, [
      '2026-02 surveillance-1 done',
      // certified and no review held yet: ISMS202's review is due now, beside the one planned (issue 15.4)
      '2026-11 management-review overdue',
      '2026-12 management-review planned',
      '2027-02 surveillance-2 planned',
      '2028-03 certificate-expiry planned',
    ]);
  });

  it('counts coverage this cycle: audited by done audits, planned by the rest, clauses covering subclauses', () => {
    const by = (status: string): string[] => model.coverage.filter((c) => c.status === status).map((c) => c.id);
    assert.deepEqual(by('audited'), ['9.2.1', '9.2.2', 'A.6.1']);
    assert.deepEqual(by('planned'), ['A.6.3', 'A.8.15']);
    assert.equal(model.coverage.filter((c) => c.kind === 'control').length, 93);
    assert.ok(!model.coverage.some((c) => c.id === '9.2'), 'headings are not listed, their subclauses are');
    assert.deepEqual(
      model.coverage.find((c) => c.id === 'A.6.1'),
      {
        standard: 'iso27001:2022',
        id: 'A.6.1',
        title: 'Screening',
        kind: 'control',
        group: 'people',
        status: 'audited',
        auditId: 'IA-2026-09',
        departments: ['HR'],
      },
    );
    assert.equal(model.coverageFrom, '2025-03-14');
  });

  it('does not count an audit done before the cycle started', () => {
    const ws = workspaceOf({
      'isms.yaml': config('certification: { issued: 2026-01-01, audits: [] }\n'),
      'a.yaml':
        'isms: internal-audits\nrecords:\n  - { id: IA-1, planned: 2025-06-01, performed: 2025-06-01, status: done, scope: [A.5.1] }\n',
    });
    assert.equal(calendarModel(ws, '2026-06-01').coverage.find((c) => c.id === 'A.5.1')!.status, 'not-covered');
  });

  it('builds the timeline from today to the next external audit, with open CAs on their due dates and days left', () => {
    const t = model.timeline;
    assert.deepEqual(t.target && [t.target.label, t.target.date, t.target.daysLeft], ['Second surveillance audit', '2027-02-08', 75]);
    assert.deepEqual(
      t.items.map((i) => `${i.date} ${i.kind} ${i.id ?? ''} ${i.state} ${i.daysLeft}${i.overdue ? ' OVERDUE' : ''}`),
      [
        '2026-10-14 internal-audit IA-2026-10 overdue -42 OVERDUE',
        '2026-10-31 corrective-action CA-1 overdue -25 OVERDUE',
        '2026-11-25 management-review  overdue 0 OVERDUE',
        '2026-12-10 management-review  planned 15',
        '2026-12-31 internal-audit IA-2026-12 planned 36',
        '2027-01-15 corrective-action CA-2 open 51',
        '2027-01-20 internal-audit IA-2027-01 in-progress 56',
        '2027-02-08 milestone  planned 75',
      ],
    );
    // the audit after the external audit, the cancelled one and the closed CA are not on the road
    assert.ok(!t.items.some((i) => i.id === HOSTILE[5] || i.id === 'IA-2027-03' || i.id === 'CA-3'));
    assert.equal(t.openCorrectiveActions, 2);
    assert.equal(t.overdueCorrectiveActions, 1);
  });

  it('without a planned external audit, the timeline runs on and has no target', () => {
    const ws = workspaceOf({
      'isms.yaml': config(),
      'ca.yaml':
        'isms: corrective-actions\nrecords:\n  - { id: CA-9, title: No due date, status: open }\n  - { id: CA-8, title: Later, due: 2030-01-01, status: open }\n',
    });
    const t = calendarModel(ws, TODAY).timeline;
    assert.equal(t.target, undefined);
    // undated last
    assert.deepEqual(
      t.items.map((i) => `${i.id} ${i.date ?? '-'}`),
      ['CA-8 2030-01-01', 'CA-9 -'],
    );
  });

  it('without a certification, still shows a year around today', () => {
    const m = calendarModel(workspaceOf({ 'isms.yaml': config() }), TODAY);
    assert.equal(m.months.length, 12);
    assert.equal(m.months[m.initialIndex].month, '2026-09');
    assert.equal(m.coverageFrom, undefined);
  });

  it('carries the phishing simulations of its months up to today, oldest first, with their rates and lines', () => {
    assert.deepEqual(
      model.phishing.map((p) => [p.id, p.date, p.clickRate === undefined ? undefined : Number(p.clickRate.toFixed(3)), p.line]),
      [
        ['AW-2026-03', '2026-03-10', 0.091, 3],
        ['AW-2026-06', '2026-06-09', 0.071, 4],
        ['AW-2026-09', '2026-09-15', 0.07, 2],
      ],
    );
    assert.equal(model.phishing[1].reportRate, undefined);
    // without a certificate the calendar spans the year around today: an older simulation is outside it
    const ws = workspaceOf({
      'isms.yaml': config(),
      'a.yaml': 'isms: awareness\nrecords:\n  - { id: OLD, type: phishing-simulation, date: 2025-01-10, sent: 5, clicked: 1 }\n',
    });
    assert.deepEqual(calendarModel(ws, TODAY).phishing, []);
  });

  it('is plain JSON (it crosses to the webview unchanged)', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
  });
});

describe('calendar filters and moves', () => {
  const model = calendarModel(fixtureWorkspace(), TODAY);
  const ids = (m: CalendarModel): string[] => m.months.flatMap((x) => x.audits.map((a) => a.id));

  it('has a coverage strip per standard of isms.yaml: the scope of the certifiable ones, what audits named of a law', () => {
    const files = {
      'isms.yaml': config('standards: [iso27001:2022, iso27701:2019, gdpr]\ncertification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n'),
      'ia.yaml':
        'isms: internal-audits\nrecords:\n  - { id: IA-1, planned: 2026-05-12, performed: 2026-05-12, status: done, scope: ["iso27701:A.7.2.8", "gdpr:art-30"] }\n  - { id: IA-2, planned: 2026-12-12, status: planned, scope: ["gdpr:art-33"] }\n',
    };
    const m = calendarModel(workspaceOf(files), TODAY);
    assert.deepEqual(m.coverageStandards, [
      { key: 'iso27001:2022', name: 'ISO/IEC 27001:2022', certifiable: true },
      { key: 'iso27701:2019', name: 'ISO/IEC 27701:2019', certifiable: true },
      { key: 'gdpr', name: 'GDPR (Regulation (EU) 2016/679)', certifiable: false },
    ]);
    const of = (key: string) => m.coverage.filter((c) => c.standard === key);
    assert.equal(of('iso27001:2022').length, 30 + 93);
    assert.deepEqual(
      of('iso27701:2019').find((c) => c.id === 'iso27701:A.7.2.8'),
      {
        standard: 'iso27701:2019',
        id: 'iso27701:A.7.2.8',
        title: 'Records related to processing PII',
        kind: 'control',
        group: 'controller',
        status: 'audited',
        auditId: 'IA-1',
        departments: [],
      },
    );
    assert.deepEqual(
      of('gdpr').map((c) => [c.id, c.status, c.group]),
      [
        ['gdpr:art-30', 'audited', 'Chapter IV: Controller and processor'],
        ['gdpr:art-33', 'planned', 'Chapter IV: Controller and processor'],
      ],
    );
  });

  it('filters audits by department (field or owned scope) and narrows the coverage strip', () => {
    const hr = filterCalendar(model, { department: 'HR' });
    assert.deepEqual(ids(hr), ['IA-2026-09', 'IA-2026-12']);
    assert.deepEqual(
      hr.coverage.map((c) => c.id),
      ['A.6.1', 'A.6.3'],
    );
    // empty months stay empty-flagged: a gap is a gap whatever the filter
    assert.deepEqual(
      hr.months.map((m) => m.empty),
      model.months.map((m) => m.empty),
    );
    // timeline: audits narrowed, corrective actions and milestones kept
    assert.deepEqual(
      hr.timeline.items.filter((i) => i.kind === 'internal-audit').map((i) => i.id),
      ['IA-2026-12'],
    );
    assert.equal(hr.timeline.items.filter((i) => i.kind === 'corrective-action').length, 2);
  });

  it('filters by audit state', () => {
    assert.deepEqual(ids(filterCalendar(model, { states: ['overdue', 'in-progress'] })), ['IA-2026-10', 'IA-2027-01']);
    assert.deepEqual(ids(filterCalendar(model, { states: [] })), ids(model));
  });

  it('keeps the day of the month when an audit moves, clamped to the month length', () => {
    assert.equal(movedDate('2026-12-31', '2027-02'), '2027-02-28');
    assert.equal(movedDate('2026-12-31', '2028-02'), '2028-02-29');
    assert.equal(movedDate('2026-01-15', '2026-03'), '2026-03-15');
  });
});

describe('calendar messages (webview → host)', () => {
  const ok = (m: unknown): boolean => parseWebviewMessage(m).ok;

  it('accepts exactly the union', () => {
    assert.ok(ok({ type: 'ready' }));
    assert.ok(ok({ type: 'open', file: 'file:///isms/a.md', line: 3 }));
    assert.ok(ok({ type: 'planAudit', month: '2026-11' }));
    assert.ok(ok({ type: 'moveAudit', id: 'IA-1', month: '2027-01' }));
  });

  it('rejects unknown types, missing or mistyped fields, extra fields and bad values', () => {
    for (const bad of [
      null,
      'ready',
      [],
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: '__proto__' },
      { type: 'toString' },
      { type: 'open', file: 'x' },
      { type: 'open', file: 'x', line: '3' },
      { type: 'open', file: 'x', line: -1 },
      { type: 'open', file: 'x', line: 1.5 },
      { type: 'open', file: '', line: 1 },
      { type: 'open', file: 'x'.repeat(5000), line: 1 },
      { type: 'open', file: 'x', line: 1, command: 'rm -rf /' },
      { type: 'planAudit', month: '2026-13' },
      { type: 'planAudit', month: '2026-11-01' },
      { type: 'moveAudit', id: 'IA-1', month: 'javascript:alert(1)' },
      { type: 'moveAudit', month: '2026-11' },
    ]) {
      assert.equal(ok(bad), false, JSON.stringify(bad)?.slice(0, 80));
    }
  });

  it('takes the host’s word on trust only as a boolean: absent means trusted (an older host), anything else is no model (issue 15.9)', () => {
    const m = calendarModel(fixtureWorkspace(), TODAY);
    assert.ok(isHostMessage({ type: 'model', model: m }));
    assert.ok(isHostMessage({ type: 'model', model: m, trusted: false }));
    assert.ok(isHostMessage({ type: 'model', model: m, trusted: true }));
    assert.equal(isHostMessage({ type: 'model', model: m, trusted: 'false' }), false);
  });

  it('restores only a well-formed panel state', () => {
    assert.deepEqual(parseWebviewState({ root: 'file:///isms', view: 'timeline', offset: 3, states: ['planned', 7] }), {
      root: 'file:///isms',
      view: 'timeline',
      offset: 3,
      states: ['planned'],
    });
    assert.equal(parseWebviewState({ view: 'timeline' }), undefined);
    assert.equal(parseWebviewState({ root: 'file:///isms', view: 'calendar', coverageStandard: 'gdpr' })?.coverageStandard, 'gdpr');
    assert.equal(parseWebviewState({ root: 'file:///isms', view: 'calendar', coverageStandard: 7 })?.coverageStandard, undefined);
    assert.equal(parseWebviewState('file:///isms'), undefined);
    assert.equal(parseWebviewState({ root: 'file:///isms', view: 'x' })?.view, 'calendar');
    // the Controls filter (issue 18.5): one of its values, else nothing
    assert.equal(
      parseWebviewState({ root: 'file:///isms', view: 'calendar', controlItems: 'evidence-renewal' })?.controlItems,
      'evidence-renewal',
    );
    assert.equal(parseWebviewState({ root: 'file:///isms', view: 'calendar', controlItems: 'none' })?.controlItems, 'none');
    assert.equal(parseWebviewState({ root: 'file:///isms', view: 'calendar', controlItems: '<script>' })?.controlItems, undefined);
  });
});

describe('calendar webview HTML', () => {
  const html = calendarHtml({
    cspSource: 'https://x.vscode-cdn.net',
    scriptUri: 'https://x.vscode-cdn.net/dist/webview/calendar.js',
    styleUri: 'https://x.vscode-cdn.net/dist/webview/calendar.css',
    nonce: 'abc123',
    boot: { root: `</script><script>alert(1)</script>`, view: 'calendar' },
  });

  it('has the strict CSP with the nonce and nothing else', () => {
    assert.equal(
      contentSecurityPolicy('https://x.vscode-cdn.net', 'abc123'),
      "default-src 'none'; script-src 'nonce-abc123'; style-src https://x.vscode-cdn.net 'nonce-abc123'; font-src https://x.vscode-cdn.net; img-src https://x.vscode-cdn.net data:",
    );
    assert.ok(html.includes(`content="default-src 'none'; script-src 'nonce-abc123';`));
    assert.equal(html.match(/<script/g)?.length, 2);
    assert.equal(html.match(/nonce="abc123"/g)?.length, 3);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(html));
  });

  it('embeds boot data that cannot close its script element', () => {
    assert.ok(!html.includes('</script><script>alert(1)'));
    assert.equal(JSON.parse(scriptJson({ root: '</script>\u2028' })).root, '</script>\u2028');
  });
});
