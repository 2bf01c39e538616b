/**
 * The corrective-action quick fixes, applied and re-checked in process: what each one writes removes its
 * diagnostic (ISMS301 overdue, ISMS303 stale, ISMS304 closed without effectiveness, ISMS302 incomplete,
 * ISMS306 unknown source), and nothing is offered where it cannot apply.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction, CodeActionParams, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { Diagnostic } from '../../../src/core';
import { answeredFields, applyTextEdits, setFields, type CaFields, type CorrectiveActionAsk } from '../../../src/core/edit';
import { codeActions, type FixContext } from '../../../src/server/codeActions';
import { check, config, ROOT, workspaceOf } from '../support/memory';

const TODAY = '2026-11-25';
const NAME = 'registers/corrective-actions.yaml';
const URI = `file://${ROOT}/${NAME}`;

const register = (...lines: string[]): string =>
  ['isms: corrective-actions', 'records:', '  - id: CA-2026-007 # leaver accounts', ...lines.map((l) => `    ${l}`), ''].join('\n');

const AUDIT = [
  'isms: internal-audit',
  'id: IA-2026-03',
  'planned: 2026-03-10',
  'performed: 2026-03-10',
  'status: done',
  'findings:',
  '  - id: IA-2026-03-F1',
  '    type: minor-nc',
  '    text: Leaver accounts still active',
  '    corrective-action: CA-2026-007',
].join('\n');

const files = (text: string): Record<string, string> => ({
  'isms.yaml': config(),
  'audits/ia-2026-03.md': `---\n${AUDIT}\n---\n`,
  [NAME]: text,
});
const diagnostics = (text: string): Diagnostic[] => check(files(text), TODAY).filter((d) => d.file === `${ROOT}/${NAME}`);
const find = (text: string, code: string): Diagnostic | undefined => diagnostics(text).find((d) => d.code === code);
const known = (text: string, today = TODAY): FixContext => ({
  today,
  records: workspaceOf(files(text))
    .records()
    .filter((r) => r.file === `${ROOT}/${NAME}`),
});
const asLsp = (d: Diagnostic): LspDiagnostic => ({ range: d.range, message: d.message, source: 'isms', code: d.code, data: d.data });
const params = (d: LspDiagnostic): CodeActionParams => ({ textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });

function actions(text: string, code: string): CodeAction[] {
  const d = find(text, code);
  assert.ok(d, `no ${code} in\n${text}`);
  return codeActions(params(asLsp(d)), text, known(text));
}

/** The text after setting fields of the action in one edit, as the commands' setField edits do. */
function apply(text: string, fields: CaFields): string {
  const ca = known(text).records.find((r) => r.id === 'CA-2026-007');
  assert.ok(ca);
  return applyTextEdits(text, setFields(text, ca, fields));
}

/** What the command would write once the user answered. */
const answer = (text: string, pairs: [CorrectiveActionAsk, string][]): string => apply(text, answeredFields(pairs, TODAY));

const codesOf = (text: string): string[] => diagnostics(text).map((d) => d.code);
const commandOf = (a: CodeAction): unknown => [a.command?.command, a.command?.arguments];

describe('in process: the corrective-action quick fixes', () => {
  const OVERDUE = register(
    'source: IA-2026-03-F1',
    'raised: 2026-10-01',
    'owner: Sam Smith',
    'due: 2026-11-01',
    'root-cause: No leaver step',
    'status: in-progress',
    'updated: 2026-11-20 # weekly call',
  );

  it('ISMS301: offers "implemented" and "a new due date", not "followed up"; either one removes the overdue warning', () => {
    assert.deepEqual(codesOf(OVERDUE), ['ISMS301']);
    const offered = actions(OVERDUE, 'ISMS301');
    assert.deepEqual(
      offered.map((a) => a.title),
      ['Set status: implemented for CA-2026-007 (recorded today, 2026-11-25)', 'Set a new due date for CA-2026-007…'],
    );
    assert.ok(!offered.some((a) => /followed up/.test(a.title)));
    const implemented = applyTextEdits(OVERDUE, offered[0].edit!.changes![URI]);
    assert.match(implemented, /status: implemented\n {4}updated: 2026-11-25 # weekly call\n/, 'the comment stays');
    assert.deepEqual(codesOf(implemented), [], 'neither overdue nor any new warning');
    assert.deepEqual(commandOf(offered[1]), ['isms.setCorrectiveActionField', [{ caId: 'CA-2026-007', fields: ['due'] }]]);
    const replanned = answer(OVERDUE, [['due', '2027-01-31']]);
    assert.match(replanned, /due: 2027-01-31\n/);
    assert.match(replanned, /updated: 2026-11-25/);
    assert.deepEqual(codesOf(replanned), []);
  });

  it('ISMS301: a new due date in the past is refused, and nothing is offered once the action is no longer overdue', () => {
    assert.throws(() => answeredFields([['due', '2026-11-24']], TODAY), /already past/);
    assert.throws(() => answeredFields([['due', '2026-02-30']], TODAY), /YYYY-MM-DD/);
    const d = asLsp(find(OVERDUE, 'ISMS301')!);
    const implemented = OVERDUE.replace('status: in-progress', 'status: implemented');
    assert.deepEqual(codeActions(params(d), implemented, known(implemented)), [], 'implemented since the check');
    const cancelled = OVERDUE.replace('status: in-progress', 'status: cancelled');
    assert.deepEqual(codeActions(params(d), cancelled, known(cancelled)), []);
  });

  it('ISMS303: "followed up today" is offered for a stale action and clears it; not for a closed one', () => {
    const stale = register(
      'source: IA-2026-03-F1',
      'raised: 2026-06-01',
      'owner: Sam Smith',
      'due: 2027-02-01',
      'root-cause: No leaver step',
      'updated: 2026-07-01',
    );
    const [followUp, ...rest] = actions(stale, 'ISMS303');
    assert.deepEqual(rest, []);
    assert.equal(followUp.title, 'Mark corrective action CA-2026-007 as followed up today');
    assert.deepEqual(codesOf(stale), ['ISMS303']);
    assert.deepEqual(codesOf(apply(stale, [[['updated'], TODAY]])), [], 'what the follow-up command writes');
    const d = asLsp(find(stale, 'ISMS303')!);
    const closed = stale.replace('updated:', 'status: implemented\n    updated:');
    assert.deepEqual(codeActions(params(d), closed, known(closed)), []);
  });

  it('ISMS304: a closed action is asked for its review of effectiveness, never offered "Set status: closed"', () => {
    const closed = register('source: IA-2026-03-F1', 'owner: Sam Smith', 'due: 2026-09-30', 'status: closed', 'closed: 2026-10-02');
    for (const status of ['closed', 'verified']) {
      const text = closed.replace('status: closed', `status: ${status}`);
      const offered = actions(text, 'ISMS304');
      assert.deepEqual(
        offered.map((a) => [a.title, ...(commandOf(a) as unknown[])]),
        [
          [
            'Record the review of effectiveness for CA-2026-007…',
            'isms.setCorrectiveActionField',
            [{ caId: 'CA-2026-007', fields: ['effectiveness'] }],
          ],
        ],
      );
      const fixed = answer(text, [['effectiveness', 'Sampled the leavers of October: all removed within a day']]);
      assert.match(fixed, new RegExp(`status: ${status}\\n {4}closed: 2026-10-02\\n`), 'the status and the closing date stay');
      assert.deepEqual(codesOf(fixed), []);
    }
    const d = asLsp(find(closed, 'ISMS304')!);
    const reviewed = closed.replace('closed: 2026-10-02', 'closed: 2026-10-02\n    effectiveness: checked');
    assert.deepEqual(codeActions(params(d), reviewed, known(reviewed)), []);
  });

  it('ISMS302: asks for what is missing (owner and due date; a cancel reason) and the answers clear it', () => {
    const incomplete = register('source: IA-2026-03-F1', 'raised: 2026-11-20');
    const [complete, ...rest] = actions(incomplete, 'ISMS302');
    assert.deepEqual(rest, []);
    assert.equal(complete.title, 'Add the owner and due date of CA-2026-007…');
    assert.deepEqual(commandOf(complete), ['isms.setCorrectiveActionField', [{ caId: 'CA-2026-007', fields: ['owner', 'due'] }]]);
    assert.deepEqual(
      codesOf(
        answer(incomplete, [
          ['owner', 'Sam Smith'],
          ['due', '2027-01-15'],
        ]),
      ),
      [],
    );

    const d = asLsp(find(incomplete, 'ISMS302')!);
    const ownerTyped = incomplete.replace('raised:', 'owner: Sam\n    raised:');
    assert.deepEqual(commandOf(codeActions(params(d), ownerTyped, known(ownerTyped))[0]), [
      'isms.setCorrectiveActionField',
      [{ caId: 'CA-2026-007', fields: ['due'] }],
    ]);
    const both = ownerTyped.replace('raised:', 'due: 2027-01-01\n    raised:');
    assert.deepEqual(codeActions(params(d), both, known(both)), [], 'nothing left to ask');

    const cancelled = register('source: IA-2026-03-F1', 'status: cancelled');
    const [reason] = actions(cancelled, 'ISMS302');
    assert.equal(reason.title, 'Add the reason for cancelling of CA-2026-007…');
    assert.deepEqual(codesOf(answer(cancelled, [['cancel-reason', 'Superseded by CA-2026-009']])), []);
  });

  it('ISMS306: an unknown source asks for the source; picking a finding or other clears it', () => {
    const text = register('source: IA-2026-03-F9', 'raised: 2026-11-20', 'owner: Sam Smith', 'due: 2027-01-15');
    const [choose, ...rest] = actions(text, 'ISMS306');
    assert.deepEqual(rest, []);
    assert.equal(choose.title, 'Choose the source of CA-2026-007…');
    assert.deepEqual(commandOf(choose), ['isms.setCorrectiveActionField', [{ caId: 'CA-2026-007', fields: ['source'] }]]);
    assert.deepEqual(codesOf(answer(text, [['source', 'IA-2026-03-F1']])), []);
    assert.deepEqual(codesOf(answer(text, [['source', 'other']])), []);
  });

  it('offers nothing for malformed data', () => {
    const d = asLsp(find(OVERDUE, 'ISMS301')!);
    for (const data of [
      { fix: 'corrective-action-overdue' },
      { fix: 'complete-corrective-action', caId: 'CA-2026-007', missing: ['title'] },
      { fix: 'complete-corrective-action', caId: 'CA-2026-007', missing: [] },
      { fix: 'record-effectiveness', caId: 7 },
    ]) {
      assert.deepEqual(codeActions(params({ ...d, data }), OVERDUE, known(OVERDUE)), [], JSON.stringify(data));
    }
  });
});
