/**
 * The internal-audit quick fixes, applied and re-checked in process (issues 15.2 and 15.5): a past empty
 * month (ISMS103) gets a catch-up this month or next that says which month it makes up for, and an
 * overdue audit (ISMS101) a re-plan to a date to come or "record as performed"; each removes its
 * diagnostic without raising another, and none is offered once the problem is gone.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction, CodeActionParams, Diagnostic as LspDiagnostic, TextEdit } from 'vscode-languageserver/node';
import type { Diagnostic } from '../../../src/core';
import { applyTextEdits, newRecordFile, performedAuditFields, setFields } from '../../../src/core/edit';
import { codeActions, type FixContext } from '../../../src/server/codeActions';
import { check, config, ROOT, workspaceOf } from '../support/memory';

const TODAY = '2026-11-25';
const PROGRAMME = 'audits/programme-2026.yaml';

/** 2026 month by month, done up to September except August; October planned and not performed (overdue). */
function programme(): string {
  const done = ['01', '02', '03', '04', '05', '06', '07', '09'].map(
    (m) => `  - { id: IA-2026-${m}, planned: 2026-${m}-10, performed: 2026-${m}-10, auditor: Mei Chen, status: done, findings: [] }`,
  );
  return [
    'isms: internal-audits',
    'records:',
    ...done,
    '  - id: IA-2026-10',
    '    planned: 2026-10-14',
    '    status: planned',
    '  - { id: IA-2026-11, planned: 2026-11-10, performed: 2026-11-10, auditor: Mei Chen, status: done, findings: [] }',
    '',
  ].join('\n');
}

const BASE: Record<string, string> = { 'isms.yaml': config(), [PROGRAMME]: programme() };
const uriOf = (name: string): string => `file://${ROOT}/${name}`;
const asLsp = (d: Diagnostic): LspDiagnostic => ({ range: d.range, message: d.message, source: 'isms', code: d.code, data: d.data });
const known = (files: Record<string, string>, name: string): FixContext => {
  const ws = workspaceOf(files);
  return { today: TODAY, records: ws.records().filter((r) => r.file === `${ROOT}/${name}`), source: ws };
};
const monthOfData = (d: Diagnostic): string | undefined => (d.data as { month?: string } | undefined)?.month;
const gapFor = (files: Record<string, string>, month: string): Diagnostic | undefined =>
  check(files, TODAY).find((d) => d.code === 'ISMS103' && monthOfData(d) === month);

function actionsFor(files: Record<string, string>, name: string, d: Diagnostic): CodeAction[] {
  const params: CodeActionParams = { textDocument: { uri: uriOf(name) }, range: d.range, context: { diagnostics: [asLsp(d)] } };
  return codeActions(params, files[name], known(files, name));
}

/** What "Plan internal audit" writes once the user answered its wizard with these arguments. */
function planned(files: Record<string, string>, args: Record<string, string>, extra: Record<string, unknown> = {}): Record<string, string> {
  const record = {
    id: `IA-${args.month}-new`,
    title: 'Catch-up',
    planned: args.planned,
    status: 'planned',
    ...(args.catchUpFor ? { 'catch-up-for': args.catchUpFor } : {}),
    ...extra,
  };
  return { ...files, [`audits/ia-${args.month}-new.md`]: newRecordFile('internal-audit', record) };
}

describe('in process: ISMS103 plans forward, with a catch-up for a past month (issue 15.2)', () => {
  it('a past empty month: a catch-up this month or next, saying which month it makes up for', () => {
    const gap = gapFor(BASE, '2026-08');
    assert.ok(gap, 'the sample programme has no audit in 2026-08');
    const actions = actionsFor(BASE, 'isms.yaml', gap);
    assert.deepEqual(
      actions.map((a) => [a.title, a.command?.command, a.command?.arguments]),
      [
        [
          'Plan a catch-up audit in 2026-11 for 2026-08…',
          'isms.planInternalAudit',
          [{ month: '2026-11', planned: '2026-11-26', catchUpFor: '2026-08' }],
        ],
        [
          'Plan a catch-up audit in 2026-12 for 2026-08…',
          'isms.planInternalAudit',
          [{ month: '2026-12', planned: '2026-12-15', catchUpFor: '2026-08' }],
        ],
      ],
    );
    for (const a of actions) {
      const after = planned(BASE, a.command?.arguments?.[0] as Record<string, string>);
      assert.equal(gapFor(after, '2026-08'), undefined, `${a.title}: the gap is made up for`);
      const newFile = Object.keys(after).find((f) => !(f in BASE));
      assert.deepEqual(
        check(after, TODAY).filter((d) => d.file === `${ROOT}/${newFile}`),
        [],
        `${a.title}: the new audit draws no problem (it is not overdue)`,
      );
    }
  });

  it('a month to come: an audit in that month on the proposed date, not before today', () => {
    const gap = gapFor(BASE, '2026-12');
    assert.ok(gap);
    const [action, ...more] = actionsFor(BASE, 'isms.yaml', gap);
    assert.deepEqual(more, []);
    assert.equal(action.title, 'Plan an internal audit for 2026-12…');
    assert.deepEqual(action.command?.arguments, [{ month: '2026-12', planned: '2026-12-15' }]);
    assert.equal(gapFor(planned(BASE, { month: '2026-12', planned: '2026-12-15' }), '2026-12'), undefined);
  });

  it('the proposed date keeps clear of the weeks before an external audit', () => {
    const cert = config(
      [
        'certification:',
        '  issued: 2025-03-14',
        '  expires: 2028-03-13',
        '  audits:',
        '    - { type: surveillance-2, date: 2027-01-18 }',
        'internal-audit: { warn-before-external-days: 30 }',
        '',
      ].join('\n'),
    );
    const files = { ...BASE, 'isms.yaml': cert };
    const gap = gapFor(files, '2026-12');
    assert.ok(gap);
    // the window runs from 2026-12-19: the 15th (a Tuesday) is clear of it
    assert.deepEqual(actionsFor(files, 'isms.yaml', gap)[0].command?.arguments, [{ month: '2026-12', planned: '2026-12-15' }]);
    const close = { ...files, 'isms.yaml': cert.replace('2027-01-18', '2026-12-28') };
    // an external audit on 2026-12-28: the window runs from 2026-11-28, so December's first free weekday is after it
    const gap2 = gapFor(close, '2026-08');
    assert.ok(gap2);
    assert.deepEqual(
      actionsFor(close, 'isms.yaml', gap2).map((a) => (a.command?.arguments?.[0] as { planned: string }).planned),
      ['2026-11-26', '2026-12-29'],
    );
  });

  it('offers nothing once the month has an audit', () => {
    const gap = gapFor(BASE, '2026-08');
    assert.ok(gap);
    const after = planned(BASE, { month: '2026-11', planned: '2026-11-26', catchUpFor: '2026-08' });
    assert.deepEqual(actionsFor(after, 'isms.yaml', gap), []);
  });
});

describe('in process: ISMS101 re-plan or record as performed (issue 15.5)', () => {
  const overdue = (files: Record<string, string>): Diagnostic | undefined =>
    check(files, TODAY).find((d) => d.code === 'ISMS101' && d.file === `${ROOT}/${PROGRAMME}`);
  const edited = (files: Record<string, string>, a: CodeAction): Record<string, string> => {
    const edits = a.edit?.changes?.[uriOf(PROGRAMME)] as TextEdit[] | undefined;
    assert.ok(edits, `${a.title} is an edit`);
    return { ...files, [PROGRAMME]: applyTextEdits(files[PROGRAMME], edits) };
  };

  it('offers "Re-plan to <date>" (a date to come) and "Record as performed…"', () => {
    const d = overdue(BASE);
    assert.ok(d, 'IA-2026-10 is overdue');
    assert.deepEqual(d.data, { fix: 'internal-audit-overdue', auditId: 'IA-2026-10' });
    const actions = actionsFor(BASE, PROGRAMME, d);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Re-plan IA-2026-10 to 2026-11-26', 'Record IA-2026-10 as performed…'],
    );
    assert.deepEqual(actions[1].command?.arguments, [{ auditId: 'IA-2026-10' }]);
    assert.equal(actions[1].command?.command, 'isms.recordAuditPerformed');
  });

  it('the re-plan removes ISMS101 and October keeps its audit as a catch-up (no new gap)', () => {
    const d = overdue(BASE);
    assert.ok(d);
    const after = edited(BASE, actionsFor(BASE, PROGRAMME, d)[0]);
    assert.match(after[PROGRAMME], /- id: IA-2026-10\n {4}planned: 2026-11-26\n {4}status: planned\n {4}catch-up-for: 2026-10\n/);
    assert.equal(overdue(after), undefined);
    assert.equal(gapFor(after, '2026-10'), undefined);
    assert.deepEqual(
      check(after, TODAY)
        .filter((d) => d.code === 'ISMS103' && d.severity !== 'information')
        .map(monthOfData),
      ['2026-08'],
      'only the gap there was before',
    );
  });

  it('recording it as performed (on the date the user gives) removes ISMS101', () => {
    const d = overdue(BASE);
    assert.ok(d);
    const audit = known(BASE, PROGRAMME).records.find((r) => r.id === 'IA-2026-10');
    assert.ok(audit);
    const text = applyTextEdits(BASE[PROGRAMME], setFields(BASE[PROGRAMME], audit, performedAuditFields('2026-10-16')));
    assert.match(text, /performed: 2026-10-16/);
    const after = { ...BASE, [PROGRAMME]: text };
    assert.equal(overdue(after), undefined);
    // nothing is offered once the audit is done
    assert.deepEqual(actionsFor(after, PROGRAMME, d), []);
  });
});
