/**
 * The value quick fixes, applied and re-checked in process: a value outside its list (ISMS006) and an
 * unknown control id (ISMS004) changed to the closest allowed one, a duplicate id (ISMS003) renamed to a
 * free one on the second record only — and nothing offered where nothing is close.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction, CodeActionParams, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { Diagnostic } from '../../../src/core';
import { applyTextEdits } from '../../../src/core/edit';
import { nearest } from '../../../src/core/model/closest';
import { codeActions } from '../../../src/server/codeActions';
import { check, config, ROOT } from '../support/memory';

const TODAY = '2026-03-20';
const NAME = 'audits/ia-2026-02.md';
const URI = `file://${ROOT}/${NAME}`;

const audit = (...lines: string[]): string => ['---', 'isms: internal-audit', ...lines, '---', '# Audit', ''].join('\n');
const files = (name: string, text: string): Record<string, string> => ({ 'isms.yaml': config(), [name]: text });
const all = (name: string, text: string): Diagnostic[] => check(files(name, text), TODAY).filter((d) => d.file === `${ROOT}/${name}`);
const asLsp = (d: Diagnostic): LspDiagnostic => ({ range: d.range, message: d.message, source: 'isms', code: d.code, data: d.data });
const offered = (name: string, d: Diagnostic, text: string): CodeAction[] =>
  codeActions(
    { textDocument: { uri: `file://${ROOT}/${name}` }, range: d.range, context: { diagnostics: [asLsp(d)] } } as CodeActionParams,
    text,
  );

describe('in process: the closest-value and duplicate-id quick fixes', () => {
  it('ISMS006: offers the closest allowed value, keeps quotes and comments, and the re-check finds it gone', () => {
    const text = audit('id: IA-2026-02', 'planned: 2026-02-10', 'performed: 2026-02-11', 'status: "donne" # per the audit log');
    const [d, ...others] = all(NAME, text).filter((x) => x.code === 'ISMS006');
    assert.deepEqual(others, []);
    const actions = offered(NAME, d, text);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred]),
      [['Change ‘donne’ to ‘done’', true]],
    );
    const fixed = applyTextEdits(text, actions[0].edit!.changes![URI]);
    assert.equal(fixed, text.replace('"donne"', '"done"'));
    assert.deepEqual(
      all(NAME, fixed).filter((x) => x.code === 'ISMS006'),
      [],
    );
  });

  it('ISMS006: several close values, closest first and at most three; none when nothing is close', () => {
    assert.deepEqual(nearest('in-progres', ['open', 'in-progress', 'implemented', 'verified', 'closed', 'cancelled']), ['in-progress']);
    assert.deepEqual(nearest('clsed', ['open', 'closed', 'cloned', 'closes', 'closet', 'cased']).length, 3);
    assert.deepEqual(nearest('clsed', ['open', 'cased', 'closed']), ['closed', 'cased']);
    const text = audit('id: IA-2026-02', 'planned: 2026-02-10', 'status: finished');
    const [d] = all(NAME, text).filter((x) => x.code === 'ISMS006');
    assert.equal(d.data, undefined, 'finished is close to no status');
    assert.deepEqual(offered(NAME, d, text), []);
  });

  it('ISMS004: offers the closest control ids of the catalogue, with their titles; applying one clears it', () => {
    const text = audit('id: IA-2026-02', 'planned: 2026-04-10', 'scope: [A.5.15, A.5.38] # access, and …');
    const [d] = all(NAME, text).filter((x) => x.code === 'ISMS004');
    const actions = offered(NAME, d, text);
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Change ‘A.5.38’ to ‘A.5.37’ (Documented operating procedures)',
        'Change ‘A.5.38’ to ‘A.5.36’ (Compliance with policies, rules and standards for information security)',
        'Change ‘A.5.38’ to ‘A.5.35’ (Independent review of information security)',
      ],
    );
    assert.ok(actions.every((a) => !a.isPreferred));
    const fixed = applyTextEdits(text, actions[0].edit!.changes![URI]);
    assert.match(fixed, /scope: \[A\.5\.15, A\.5\.37\] # access, and …/);
    assert.deepEqual(
      all(NAME, fixed).filter((x) => x.code === 'ISMS004'),
      [],
    );
  });

  it('ISMS004: nothing is offered for an id close to none, nor once the text changed', () => {
    const text = audit('id: IA-2026-02', 'planned: 2026-04-10', 'scope: [bananas]');
    const [d] = all(NAME, text).filter((x) => x.code === 'ISMS004');
    assert.deepEqual(offered(NAME, d, text), []);
    const typo = audit('id: IA-2026-02', 'planned: 2026-04-10', 'scope: [A.5.38]');
    const [t] = all(NAME, typo).filter((x) => x.code === 'ISMS004');
    assert.deepEqual(offered(NAME, t, typo.replace('A.5.38', 'A.5.30')), [], 'the id is no longer there');
  });

  it('ISMS003: the second record is offered a free id (the first keeps its own); the re-check finds no duplicate', () => {
    const name = 'registers/risks.yaml';
    const text = [
      'isms: risks',
      'records:',
      '  - id: R-001 # laptops',
      '    owner: Sam',
      '  - id: R-001 # suppliers',
      '    owner: Kim',
      '  - id: R-001-2',
      '    owner: Lee',
      '',
    ].join('\n');
    const found = all(name, text).filter((x) => x.code === 'ISMS003');
    assert.equal(found.length, 2);
    const [first, second] = found.sort((a, b) => a.range.start.line - b.range.start.line);
    assert.deepEqual(offered(name, first, text), [], 'not on the first occurrence');
    const [rename, ...rest] = offered(name, second, text);
    assert.deepEqual(rest, []);
    assert.equal(rename.title, 'Rename to ‘R-001-3’', 'R-001-2 is taken');
    const fixed = applyTextEdits(text, rename.edit!.changes![`file://${ROOT}/${name}`]);
    assert.match(fixed, /- id: R-001-3 # suppliers\n/);
    assert.deepEqual(
      all(name, fixed).filter((x) => x.code === 'ISMS003'),
      [],
    );
  });
});
