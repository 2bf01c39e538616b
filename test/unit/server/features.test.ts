/**
 * The LSP features of the server (completion, definition, document links, code actions, symbols),
 * called in process on a document and a workspace held in memory — no server process, no build.
 */
import * as assert from 'node:assert/strict';
import { CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { applyTextEdits } from '../../../src/core/edit';
import { codeActions } from '../../../src/server/codeActions';
import { complete } from '../../../src/server/completion';
import { definition, documentLinks } from '../../../src/server/definition';
import { documentSymbols, workspaceSymbols } from '../../../src/server/symbols';
import { FILES, file, fixture, TODAY, uri } from '../support/serverState';

const AUDIT = FILES['audits/IA-2026-03.md'];
const CA = FILES['registers/corrective-actions.yaml'];
const at = (text: string, line: number, after: string): { line: number; character: number } => ({
  line,
  character: text.split('\n')[line].indexOf(after) + after.length,
});

const ws = fixture();

describe('in process: completion', () => {
  const labels = (text: string, name: string, line: number, after: string): string[] =>
    complete({ textDocument: { uri: uri(name) }, position: at(text, line, after) }, { file: file(name), text, ws, today: TODAY }).map((i) =>
      String(i.label),
    );

  it("completes a kind's status values, record ids after a reference key, and dates", () => {
    assert.ok(labels(CA, 'registers/corrective-actions.yaml', 9, 'status: ').includes('closed'));
    const sources = labels(CA, 'registers/corrective-actions.yaml', 5, 'source: ');
    assert.equal(sources[0], 'IA-2026-03-F1', 'findings first for a source');
    assert.ok(sources.includes('CA-2026-001'));
    assert.deepEqual(labels(CA, 'registers/corrective-actions.yaml', 8, 'due: '), [TODAY, '2026-07-01']);
  });

  it('completes control ids in a scope and field names where a key is typed', () => {
    assert.ok(labels(AUDIT, 'audits/IA-2026-03.md', 7, 'scope: [').includes('A.5.15'));
    const text = AUDIT.replace('status: done', 'stat');
    assert.ok(labels(text, 'audits/IA-2026-03.md', 8, 'stat').includes('status'));
  });

  it('completes person ids and document ids in an acknowledgement, people and documents first (issue 17.3)', () => {
    const people = 'isms: people\nrecords:\n  - { id: P-014, name: Jo Adams }\n';
    const policy = '---\nisms: document\nid: POL-001\ntitle: Access Control Policy\n---\nText.\n';
    const acks = 'isms: acknowledgements\nrecords:\n  - person: \n    document: \n';
    const mine = fixture({ 'registers/people.yaml': people, 'policies/ac.md': policy, 'registers/acknowledgements.yaml': acks });
    const name = 'registers/acknowledgements.yaml';
    const complete1 = (line: number, after: string): string[] =>
      complete(
        { textDocument: { uri: uri(name) }, position: at(acks, line, after) },
        { file: file(name), text: acks, ws: mine, today: TODAY },
      ).map((i) => String(i.label));
    assert.equal(complete1(2, 'person: ')[0], 'P-014');
    assert.equal(complete1(3, 'document: ')[0], 'POL-001');
  });

  it('offers nothing in a Markdown body', () => {
    assert.deepEqual(labels(AUDIT, 'audits/IA-2026-03.md', 20, 'Notes'), []);
  });
});

describe('in process: definition and document links', () => {
  const lookup = (id: string) => ws.recordsById(id);

  it('goes from a reference to the record', () => {
    const defs = definition(file('registers/corrective-actions.yaml'), CA, at(CA, 5, 'source: IA'), lookup);
    assert.deepEqual(
      defs.map((d) => [d.uri, d.range.start.line]),
      [[uri('audits/IA-2026-03.md'), 10]],
    );
    assert.deepEqual(definition(file('registers/corrective-actions.yaml'), CA, at(CA, 7, 'owner: Sam'), lookup), []);
  });

  it('links every reference value that resolves', () => {
    const links = documentLinks(file('audits/IA-2026-03.md'), ws, lookup);
    assert.deepEqual(
      links.map((l) => [l.range.start.line, l.target]),
      [[14, `${uri('registers/corrective-actions.yaml')}#L4,9`]],
    );
  });
});

describe('in process: code actions', () => {
  const params = (diagnostic: Diagnostic, only?: string[]): CodeActionParams => ({
    textDocument: { uri: uri('audits/IA-2026-03.md') },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  });
  const legacy: Diagnostic = {
    range: { start: { line: 7, character: 16 }, end: { line: 7, character: 24 } },
    message: '2013 id',
    source: 'isms',
    data: { fix: 'replace-legacy-control', legacy: 'A.12.3.1', replacements: ['A.8.13'] },
  };

  it('replaces a 2013 control id by its 2022 equivalent, as an edit', () => {
    const [action] = codeActions(params(legacy), AUDIT);
    assert.equal(action.isPreferred, true);
    assert.deepEqual(
      action.edit?.changes?.[uri('audits/IA-2026-03.md')].map((e) => e.newText),
      ['A.8.13'],
    );
  });

  it('answers a finding without action with the client command, and ignores other sources and kinds', () => {
    const finding: Diagnostic = { ...legacy, data: { fix: 'log-corrective-action', findingId: 'IA-2026-03-F2' } };
    assert.deepEqual(
      codeActions(params(finding), AUDIT).map((a) => [a.command?.command, a.command?.arguments]),
      [['isms.logCorrectiveAction', [{ findingId: 'IA-2026-03-F2' }]]],
    );
    assert.deepEqual(codeActions(params({ ...finding, source: 'other' }), AUDIT), []);
    assert.deepEqual(codeActions(params(finding, [CodeActionKind.Refactor]), AUDIT), []);
    assert.deepEqual(codeActions(params({ ...legacy, data: { fix: 'replace-legacy-control', legacy: 1 } }), AUDIT), [], 'malformed data');
  });

  it('answers a document overdue for review (ISMS901) with "Mark document as reviewed"', () => {
    const overdue: Diagnostic = { ...legacy, data: { fix: 'mark-document-reviewed', documentId: 'POL-002' } };
    assert.deepEqual(
      codeActions(params(overdue), AUDIT).map((a) => [a.title, a.command?.command, a.command?.arguments, a.isPreferred]),
      [['Mark document POL-002 as reviewed today', 'isms.markDocumentReviewed', [{ documentId: 'POL-002' }], true]],
    );
    assert.deepEqual(codeActions(params({ ...legacy, data: { fix: 'mark-document-reviewed' } }), AUDIT), [], 'malformed data');
  });
});

describe('in process: symbols', () => {
  it('finds record ids by subsequence across the workspace', () => {
    assert.deepEqual(
      workspaceSymbols('ca001', ws.records()).map((s) => [s.name, s.location.uri, s.containerName]),
      [['CA-2026-001', uri('registers/corrective-actions.yaml'), 'corrective-action — Remove leaver accounts within 24 hours']],
    );
  });

  it('outlines a file with its findings under their audit', () => {
    const symbols = documentSymbols(ws.records().filter((r) => r.file === file('audits/IA-2026-03.md')));
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.map((c) => c.name)]),
      [['IA-2026-03', ['IA-2026-03-F1', 'IA-2026-03-F2']]],
    );
  });
});

describe('in process: the "did you mean" quick fix (ISMS011)', () => {
  it('renames the misspelt key as an edit; applied and checked again, the diagnostic is gone', () => {
    const name = 'registers/corrective-actions.yaml';
    const text = CA.replace(/^(\s+)owner:/m, '$1ownr:');
    assert.notEqual(text, CA);
    const found = fixture({ [name]: text })
      .check({ today: TODAY })
      .all()
      .filter((d) => d.code === 'ISMS011');
    assert.equal(found.length, 1);
    const diagnostic: Diagnostic = { range: found[0].range, message: found[0].message, source: 'isms', data: found[0].data };
    const [action, ...rest] = codeActions(
      { textDocument: { uri: uri(name) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } },
      text,
    );
    assert.deepEqual(rest, []);
    assert.equal(action.title, 'Rename ‘ownr’ to ‘owner’');
    const fixed = applyTextEdits(text, action.edit?.changes?.[uri(name)] ?? []);
    assert.equal(fixed, CA);
    const after = fixture({ [name]: fixed })
      .check({ today: TODAY })
      .all();
    assert.deepEqual(
      after.filter((d) => d.code === 'ISMS011'),
      [],
    );
    assert.deepEqual(
      codeActions({ textDocument: { uri: uri(name) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, fixed),
      [],
      'already renamed',
    );
  });
});
