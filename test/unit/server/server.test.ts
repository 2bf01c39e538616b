/**
 * The real, built language server (dist/server.js) over stdio, driven the way an editor drives it:
 * initialize with a workspace folder, answer workspace/configuration, watch publishDiagnostics.
 * Build first: `node esbuild.mjs`.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  FileChangeType,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver/node';
import { textBasis } from '../../../src/common/textBasis';
import { applyTextEdits } from '../../../src/core/edit';
import { RULES } from '../../../src/core/rules';
import { startServer, stopServer, type Client } from '../support/lspClient';
import { AUDIT, CA_REGISTER, ISMS_YAML as FILES_ISMS_YAML } from '../support/serverState';

// the in-process tests' ISMS, with a second department
const ISMS_YAML = `${FILES_ISMS_YAML}  - { id: HR, owner: Dana Lee }\n`;

const AWARENESS = `isms: awareness
records:
  - { id: AW-1, title: Clean desk poster, type: poster, date: 2026-01-20 }
  - { id: AW-2, title: Fake invoice, type: phishing-simulation, date: 2026-02-10, sent: 50, clicked: 5, reported: 20 }
  - { id: AW-3, title: Fake parcel, type: phishing-simulation, date: 2026-04-14, sent: 50, clicked: 2, reported: 30 }
`;

const PEOPLE = `isms: people
records:
  - { id: P-1, name: Kim Ode, joined: 2026-04-01 }
`;

interface Fixture {
  dir: string;
  uri: (rel: string) => string;
}

function makeIsms(): Fixture {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'isms-server-')));
  mkdirSync(join(dir, 'registers'));
  mkdirSync(join(dir, 'audits'));
  writeFileSync(join(dir, 'isms.yaml'), ISMS_YAML);
  writeFileSync(join(dir, 'registers', 'corrective-actions.yaml'), CA_REGISTER);
  writeFileSync(join(dir, 'audits', 'IA-2026-03.md'), AUDIT);
  writeFileSync(join(dir, 'registers', 'awareness.yaml'), AWARENESS);
  writeFileSync(join(dir, 'registers', 'people.yaml'), PEOPLE);
  return { dir, uri: (rel) => pathToFileURL(join(dir, rel)).href };
}

describe('language server over stdio (dist/server.js)', function () {
  this.timeout(30_000);
  let fx: Fixture;
  let client: Client;

  before(async () => {
    fx = makeIsms();
    let capabilities: Record<string, unknown>;
    ({ client, capabilities } = await startServer(fx.dir, {
      today: '2026-06-01',
      rules: { ISMS303: 'off' },
      diagnostics: { debounceMs: 0 },
    }));
    assert.ok(capabilities.completionProvider);
    assert.ok(capabilities.codeActionProvider);
  });

  after(async () => {
    await stopServer(client);
    if (fx) rmSync(fx.dir, { recursive: true, force: true });
  });

  it('publishes the rule diagnostics of the workspace with codes, doc links, severities and fix data', async () => {
    const audit = fx.uri('audits/IA-2026-03.md');
    const register = fx.uri('registers/corrective-actions.yaml');
    await client.until(
      'diagnostics of the audit and the register',
      () => client.codes(audit).includes('ISMS008') && client.codes(register).includes('ISMS301'),
    );
    assert.ok(client.codes(audit).includes('ISMS305'), `a minor NC without CA: ${client.codes(audit).join(', ')}`);
    assert.ok(!client.codes(register).includes('ISMS303'), 'ISMS303 is off in the settings');
    const legacy = client.diagnostics.get(audit)!.find((d) => d.code === 'ISMS008')!;
    assert.equal(legacy.source, 'isms');
    // the rule's section, served read-only by the extension: offline, not a web page (issue 15.6)
    assert.equal(legacy.codeDescription!.href, 'isms-rule:/ISMS008.md');
    assert.deepEqual(legacy.data, { fix: 'replace-legacy-control', legacy: 'A.12.3.1', replacements: ['A.8.13'] });
    assert.equal(legacy.range.start.line, 7);
    const overdue = client.diagnostics.get(register)!.find((d) => d.code === 'ISMS301')!;
    assert.equal(overdue.severity, 2);
  });

  it('follows unsaved edits: a fix clears a diagnostic, a new problem appears; closing reverts to the disk', async () => {
    const audit = fx.uri('audits/IA-2026-03.md');
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: audit, languageId: 'markdown', version: 1, text: AUDIT },
    });
    const edited = AUDIT.replace('A.12.3.1', 'A.8.13').replace('planned: 2026-03-12', 'planned: 2026-02-30');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: audit, version: 2 },
      contentChanges: [{ text: edited }],
    });
    await client.until(
      'ISMS008 gone and ISMS002 there',
      () => !client.codes(audit).includes('ISMS008') && client.codes(audit).includes('ISMS002'),
    );
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: audit } });
    await client.until('the disk version back', () => client.codes(audit).includes('ISMS008') && !client.codes(audit).includes('ISMS002'));
  });

  it('gives a duplicate id its related location', async () => {
    const register = fx.uri('registers/corrective-actions.yaml');
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: register, languageId: 'yaml', version: 1, text: CA_REGISTER },
    });
    const twice = CA_REGISTER + '  - id: CA-2026-001\n    title: again\n';
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: register, version: 2 },
      contentChanges: [{ text: twice }],
    });
    await client.until('ISMS003', () => client.codes(register).includes('ISMS003'));
    const dups = client.diagnostics.get(register)!.filter((d) => d.code === 'ISMS003');
    const lines = dups.map((d) => [d.range.start.line, d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line])]);
    assert.deepEqual(lines, [
      [3, [[register, 11]]],
      [11, [[register, 3]]],
    ]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: register } });
    await client.until('ISMS003 gone after closing unsaved', () => !client.codes(register).includes('ISMS003'));
  });

  it('completes control ids with their titles, and quotes clause numbers', async () => {
    const audit = fx.uri('audits/IA-2026-03.md');
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: audit, languageId: 'markdown', version: 1, text: AUDIT },
    });
    const line = 7; // scope: [A.5.15, A.12.3.1]
    const res = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: audit },
      position: { line, character: 'scope: ['.length },
    })) as CompletionItem[] | CompletionList;
    const items = Array.isArray(res) ? res : res.items;
    const ac = items.find((i) => i.label === 'A.5.15');
    assert.ok(ac, `A.5.15 offered among ${items.length} items`);
    assert.equal(ac.detail, 'Access control');
    const clause = items.find((i) => i.label === '9.2.2');
    assert.equal((clause?.textEdit as { newText: string } | undefined)?.newText, '"9.2.2"');

    const status = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: audit },
      position: { line: 8, character: 'status: '.length },
    })) as CompletionItem[];
    assert.deepEqual(
      status.map((i) => i.label),
      ['planned', 'in-progress', 'done', 'cancelled'],
    );

    const at = async (line: number, character: number): Promise<string[]> =>
      (
        (await client.connection.sendRequest('textDocument/completion', {
          textDocument: { uri: audit },
          position: { line, character },
        })) as CompletionItem[]
      ).map((i) => i.label);
    assert.deepEqual(await at(4, 'planned: '.length), ['2026-06-01'], 'today (the setting) after a date key');
    assert.ok((await at(1, 'isms: '.length)).includes('corrective-actions'), 'kinds after isms:');
    assert.deepEqual(
      await at(11, '    type: '.length),
      ['major-nc', 'minor-nc', 'observation', 'opportunity'],
      'finding types inside findings:',
    );
    assert.deepEqual(await at(20, 3), [], 'nothing in the Markdown body');

    const ref = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: audit },
      position: { line: 14, character: '    corrective-action: '.length },
    })) as CompletionItem[];
    assert.equal(ref[0].label, 'CA-2026-001');
    assert.match(ref[0].detail ?? '', /corrective-action: Remove leaver accounts/);
  });

  it('hovers a control id with its title, and a record id with its summary', async () => {
    const audit = fx.uri('audits/IA-2026-03.md');
    const h = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: audit },
      position: { line: 12, character: 10 },
    })) as Hover;
    assert.match((h.contents as MarkupContent).value, /A\.5\.18 Access rights/);
    const r = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: audit },
      position: { line: 14, character: 28 },
    })) as Hover;
    assert.match((r.contents as MarkupContent).value, /CA-2026-001.*corrective action: Remove leaver accounts/s);
    assert.match((r.contents as MarkupContent).value, /due: `2026-04-30`/);
  });

  it('goes to the definition of a referenced record', async () => {
    const audit = fx.uri('audits/IA-2026-03.md');
    const defs = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: audit },
      position: { line: 14, character: 28 },
    })) as { uri: string; range: { start: { line: number } } }[];
    assert.equal(defs.length, 1);
    assert.equal(defs[0].uri, fx.uri('registers/corrective-actions.yaml'));
    assert.equal(defs[0].range.start.line, 3);
    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: audit } })) as {
      range: { start: { line: number } };
      target: string;
    }[];
    assert.deepEqual(
      links.map((l) => [l.range.start.line, l.target]),
      [[14, `${fx.uri('registers/corrective-actions.yaml')}#L4,9`]],
    );
    const symbols = (await client.connection.sendRequest('workspace/symbol', { query: 'ca001' })) as {
      name: string;
      location: { uri: string };
    }[];
    assert.deepEqual(
      symbols.map((x) => [x.name, x.location.uri]),
      [['CA-2026-001', fx.uri('registers/corrective-actions.yaml')]],
    );
  });

  it('offers the 2013 → 2022 quick fix as an edit, and commands for the other fixes', async () => {
    const audit = fx.uri('audits/IA-2026-03.md');
    const diagnostics = client.diagnostics.get(audit)!.filter((d) => d.code === 'ISMS008' || d.code === 'ISMS305');
    assert.equal(diagnostics.length, 2);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: audit },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    const replace = actions.find((a) => a.title.includes('A.8.13'))!;
    assert.equal(replace.title, 'Replace ISO 27001:2013 control id A.12.3.1 with its 2022 equivalent A.8.13');
    const edits = replace.edit!.changes![audit];
    assert.equal(applyTextEdits(AUDIT, edits), AUDIT.replace('A.12.3.1', 'A.8.13'));
    const log = actions.find((a) => a.command?.command === 'isms.logCorrectiveAction')!;
    assert.deepEqual(log.command!.arguments, [{ findingId: 'IA-2026-03-F2' }]);
  });

  it('answers isms/tree with the cycle, the programme, the open corrective actions, departments and coverage', async () => {
    const tree = await client.request('isms/tree');
    assert.equal(tree.ready, true);
    assert.equal(tree.roots.length, 1);
    const root = tree.roots[0];
    assert.equal(root.name, 'Test Ltd');
    assert.equal(root.today, '2026-06-01');
    // what "New management review" writes its sections for: isms.yaml lists none, so the default, as a catalogue key
    assert.deepEqual(root.standards, ['iso27001:2022']);
    const s2 = root.milestones.find((m) => m.type === 'surveillance-2');
    assert.deepEqual([s2?.date, s2?.status], ['2027-02-08', 'planned']);
    const march = root.programme.find((m) => m.month === '2026-03');
    assert.deepEqual(
      march?.audits.map((a) => [a.id, a.state]),
      [['IA-2026-03', 'done']],
    );
    assert.equal(root.programme.find((m) => m.month === '2026-05')?.state, 'missing');
    assert.deepEqual(
      root.correctiveActions.overdue.map((c) => c.id),
      ['CA-2026-001'],
    );
    // per department: CA-2026-001 is Sam Smith's, so IT's; its controls against the audits of the last 12 months
    const [it, hr] = root.departments;
    assert.deepEqual([it.id, it.owner, it.location.uri, it.location.range.start.line], ['IT', 'Sam Smith', fx.uri('isms.yaml'), 11]);
    assert.deepEqual(
      it.correctiveActions.map((c) => [c.id, c.state]),
      [['CA-2026-001', 'overdue']],
    );
    assert.equal(it.ownedControls, 2);
    assert.ok(Array.isArray(it.unauditedControls));
    assert.deepEqual(it.trainingOverdue, []);
    assert.deepEqual([hr.id, hr.correctiveActions, hr.ownedControls, hr.unauditedControls], ['HR', [], 0, []]);
    // the Coverage branch: isms.yaml lists no standards, so ISO 27001 alone; A.5.15 audited by IA-2026-03
    assert.deepEqual(
      root.coverage.map((c) => [c.key, c.certifiable, c.total]),
      [['iso27001:2022', true, 30 + 93]],
    );
    const a515 = root.coverage[0].entries.find((e) => e.id === 'A.5.15');
    assert.deepEqual([a515?.status, a515?.audit?.id, a515?.audit?.location.uri], ['audited', 'IA-2026-03', fx.uri('audits/IA-2026-03.md')]);
    assert.equal(root.coverage[0].entries.find((e) => e.id === 'A.8.13')?.status, 'not-covered');
  });

  it('answers the Awareness branch of isms/tree: months, gaps, phishing and training overdue', async () => {
    const root = (await client.request('isms/tree')).roots[0];
    // the twelve months before June 2026 and June, the empty ones ISMS501 reports flagged
    const aw = root.awareness;
    assert.deepEqual([aw.cadenceMonths, aw.cadenceMet, aw.lastActivity?.id, aw.lastActivity?.date], [1, false, 'AW-3', '2026-04-14']);
    assert.deepEqual(
      aw.months.map((m) => `${m.month}${m.current ? '*' : ''} ${m.activities.map((a) => a.id).join(',') || (m.gap ? 'gap' : '-')}`),
      [
        '2025-06 gap',
        '2025-07 gap',
        '2025-08 gap',
        '2025-09 gap',
        '2025-10 gap',
        '2025-11 gap',
        '2025-12 gap',
        '2026-01 AW-1',
        '2026-02 AW-2',
        '2026-03 gap',
        '2026-04 AW-3',
        '2026-05 gap',
        '2026-06* -',
      ],
    );
    const poster = aw.months[7].activities[0];
    assert.deepEqual(
      [poster.title, poster.type, poster.location.uri, poster.location.range.start.line],
      ['Clean desk poster', 'poster', fx.uri('registers/awareness.yaml'), 2],
    );
    assert.deepEqual(
      aw.phishing.map((p) => [
        p.id,
        p.title,
        p.date,
        p.sent,
        p.clicked,
        p.reported,
        p.clickRate,
        p.reportRate,
        p.location.uri,
        p.location.range.start.line,
      ]),
      [
        ['AW-2', 'Fake invoice', '2026-02-10', 50, 5, 20, 0.1, 0.4, fx.uri('registers/awareness.yaml'), 3],
        ['AW-3', 'Fake parcel', '2026-04-14', 50, 2, 30, 0.04, 0.6, fx.uri('registers/awareness.yaml'), 4],
      ],
    );
    assert.match(
      aw.phishingTrend ?? '',
      /^Over 2 simulations \(2026-02-10 to 2026-04-14\): click rate 10\.0 % → 4\.0 % \(down 6\.0 points\); report rate 40\.0 % → 60\.0 %/,
    );
    assert.deepEqual(
      aw.trainingOverdue?.map((p) => [p.id, p.name, p.basis, p.due, p.location.uri]),
      [['P-1', 'Kim Ode', 'induction', '2026-05-01', fx.uri('registers/people.yaml')]],
    );
  });

  it('answers isms/findingsWithoutCa and isms/status', async () => {
    const findings = await client.request('isms/findingsWithoutCa', {});
    assert.deepEqual(
      findings.map((f) => [f.id, f.type, f.auditId, f.location.range.start.line]),
      [['IA-2026-03-F2', 'minor-nc', 'IA-2026-03', 15]],
    );
    const status = await client.request('isms/status');
    assert.equal(status.overdueCorrectiveActions, 1);
    assert.equal(status.nextExternalAudit?.date, '2027-02-08');
    assert.equal(status.nextExternalAudit?.daysUntil, 252);
  });

  it('answers isms/rules with every rule, its clause and its documentation link (the client does not bundle the rules)', async () => {
    const rules = await client.request('isms/rules');
    assert.deepEqual(
      rules.map((r) => r.code),
      RULES.map((r) => r.code),
    );
    const overdue = rules.find((r) => r.code === 'ISMS101');
    assert.equal(overdue?.name, 'internal-audit-overdue');
    assert.match(overdue?.clause ?? '', /27001:2022 9\.2/);
    assert.match(overdue?.url ?? '', /docs\/rules\.md#isms101$/);
  });

  it('computes the edits of "Log corrective action": register entry plus the finding linked back', async () => {
    const record = {
      id: 'CA-2026-002',
      title: 'Record access reviews: "quarterly"',
      source: 'IA-2026-03-F2',
      owner: 'Zoë',
      due: '2026-07-31',
      status: 'open',
    };
    const result = await client.request('isms/computeEdit', { op: 'appendCorrectiveAction', rootUri: pathToFileURL(fx.dir).href, record });
    assert.equal(result.error, undefined);
    assert.equal(result.uri, fx.uri('registers/corrective-actions.yaml'));
    const after = applyTextEdits(CA_REGISTER, result.edits!);
    assert.ok(after.startsWith(CA_REGISTER), 'the register is only appended to');
    assert.ok(
      after.includes('  - id: CA-2026-002\n    title: \'Record access reviews: "quarterly"\'') ||
        after.includes('  - id: CA-2026-002\n    title: "Record access reviews: \\"quarterly\\""'),
      after,
    );
    assert.equal(result.reveal?.range.start.line, 11);
    assert.match(after.split('\n')[result.reveal!.range.start.line], /- id: CA-2026-002/, 'the cursor lands on the new entry');
    const link = result.otherEdits?.find((e) => e.uri === fx.uri('audits/IA-2026-03.md'));
    assert.ok(link, 'the finding gets corrective-action');
    assert.match(applyTextEdits(AUDIT, link.edits), /text: Access reviews not recorded\n {4}corrective-action: CA-2026-002\n---/);
    // what each file's edits were computed against, for the client to refuse them if the file changed since
    assert.equal(result.basis, textBasis(CA_REGISTER));
    assert.equal(link.basis, textBasis(AUDIT));
    assert.notEqual(textBasis(AUDIT), textBasis(AUDIT.replace('Notes.', 'Notes!')));
    assert.equal(textBasis(`\ufeff${AUDIT.replace(/\n/g, '\r\n')}`), textBasis(AUDIT), 'line breaks and a BOM move no position');

    const dup = await client.request('isms/computeEdit', {
      op: 'appendCorrectiveAction',
      rootUri: pathToFileURL(fx.dir).href,
      record: { id: 'CA-2026-001' },
    });
    assert.match(dup.error ?? '', /already exists/);
    const field = await client.request('isms/computeEdit', { op: 'setField', id: 'CA-2026-001', path: ['updated'], value: '2026-06-01' });
    assert.equal(applyTextEdits(CA_REGISTER, field.edits!), CA_REGISTER.replace('updated: 2026-05-25', 'updated: 2026-06-01'));
    assert.equal(field.basis, textBasis(CA_REGISTER));
    const file = await client.request('isms/computeEdit', {
      op: 'newRecordFile',
      rootUri: pathToFileURL(fx.dir).href,
      kind: 'internal-audit',
      record: { id: 'IA-2026-07', planned: '2026-07-10' },
      folder: 'audits',
    });
    assert.equal(file.newFileUri, fx.uri('audits/IA-2026-07.md'));
    assert.match(file.newFileText ?? '', /^---\nisms: internal-audit\nid: IA-2026-07\nplanned: 2026-07-10\n---\n/);
    const escape = await client.request('isms/computeEdit', {
      op: 'newRecordFile',
      rootUri: pathToFileURL(fx.dir).href,
      kind: 'risk',
      record: { id: 'R-1' },
      folder: '../..',
    });
    assert.match(escape.error ?? '', /inside the ISMS root/);
  });

  it('survives a malformed file: reports ISMS001 and keeps answering', async () => {
    const broken = join(fx.dir, 'registers', 'risks.yaml');
    writeFileSync(broken, 'isms: risks\nrecords: [\n  - id: "R-1\n\u0000');
    writeFileSync(join(fx.dir, 'registers', 'huge.md'), Buffer.alloc(10));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: pathToFileURL(broken).href, type: FileChangeType.Created },
        { uri: fx.uri('registers/huge.md'), type: FileChangeType.Created },
        { uri: 'untitled:Untitled-1', type: FileChangeType.Changed },
      ],
    });
    writeFileSync(broken, 'isms: risks\nrecords: [\n  - id: "R-1\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(broken).href, type: FileChangeType.Changed }],
    });
    await client.until('ISMS001 on the broken register', () => client.codes(pathToFileURL(broken).href).includes('ISMS001'));
    // nonsense requests do not take it down
    await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'untitled:x' },
      position: { line: 99, character: 99 },
    });
    await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: pathToFileURL(broken).href },
      position: { line: 50, character: 3 },
    });
    await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: fx.uri('isms.yaml') },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: {
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: 'x',
            source: 'isms',
            data: { fix: 'replace-legacy-control' },
          },
        ],
      },
    });
    const tree = await client.request('isms/tree');
    assert.equal(tree.roots.length, 1);
    // deleting it clears its diagnostics
    rmSync(broken);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(broken).href, type: FileChangeType.Deleted }],
    });
    await client.until('the broken register cleared', () => client.codes(pathToFileURL(broken).href).length === 0);
    assert.equal(client.child.exitCode, null, 'the server is still running');
    assert.ok(readFileSync(join(fx.dir, 'registers', 'corrective-actions.yaml'), 'utf8') === CA_REGISTER, 'the server never writes files');
  });

  it('follows a checkout that adds, renames and deletes hundreds of files in one burst', async () => {
    const N = 400;
    const dir = join(fx.dir, 'audits', 'checkout');
    mkdirSync(dir);
    const uris: string[] = [];
    for (let i = 0; i < N; i++) {
      const file = join(dir, `IA-BULK-${i}.md`);
      // planned before "today" (2026-06-01) and never performed: each file gets ISMS101
      writeFileSync(file, `---\nisms: internal-audit\nid: IA-BULK-${i}\nplanned: 2026-05-0${1 + (i % 9)}\n---\n`);
      uris.push(pathToFileURL(file).href);
    }
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: uris.map((uri) => ({ uri, type: FileChangeType.Created })),
    });
    await client.until(`ISMS101 on all ${N} new files`, () => uris.every((u) => client.codes(u).includes('ISMS101')));
    // a rename is a delete and a create; then the branch switch removes them all
    const renamed = join(dir, 'IA-BULK-renamed.md');
    writeFileSync(renamed, readFileSync(join(dir, 'IA-BULK-0.md')));
    rmSync(join(dir, 'IA-BULK-0.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uris[0], type: FileChangeType.Deleted },
        { uri: pathToFileURL(renamed).href, type: FileChangeType.Created },
      ],
    });
    await client.until(
      'the rename followed',
      () => client.codes(uris[0]).length === 0 && client.codes(pathToFileURL(renamed).href).includes('ISMS101'),
    );
    rmSync(dir, { recursive: true });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [...uris.slice(1), pathToFileURL(renamed).href].map((uri) => ({ uri, type: FileChangeType.Deleted })),
    });
    await client.until('every file of the checkout cleared', () =>
      [...uris, pathToFileURL(renamed).href].every((u) => client.codes(u).length === 0),
    );
    const tree = await client.request('isms/tree');
    assert.ok(!JSON.stringify(tree).includes('IA-BULK'), 'the index forgot them');
  });

  it('re-checks everything when the settings change (what-if today)', async () => {
    const register = fx.uri('registers/corrective-actions.yaml');
    (client as unknown as { settings: Record<string, unknown> }).settings = { today: '2026-04-01', diagnostics: { debounceMs: 0 } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until('the CA no longer overdue on 2026-04-01', () => !client.codes(register).includes('ISMS301'));
    assert.ok(client.treeChanges > 0, 'the client was told to refresh its tree');
    assert.deepEqual(
      client.logs.filter((l) => /failed|error while/.test(l)),
      [],
      'no handler failed',
    );
  });
});
