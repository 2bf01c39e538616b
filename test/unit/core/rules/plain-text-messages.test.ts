/**
 * Diagnostic messages are plain text (issue 15.6): the Problems panel, a terminal and a CI log render no
 * Markdown, so a message quotes with ‘…’ or nothing, never with backticks. Runs the whole rule set over
 * the sample, over every Bad example of docs/rules.md (one per rule) and over a folder broken on purpose
 * in the ways the data rules and the isms.yaml reader report.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadIsmsFolder, type Diagnostic } from '../../../../src/core';
import { nodeFileHost } from '../../../../src/node/fsHost';
import { check, config } from '../../support/memory';

// tests are bundled to out/test/unit/, three levels below the repository root
const REPO = path.resolve(__dirname, '../../../../..');

function withBackticks(diags: readonly Diagnostic[]): string[] {
  return diags
    .flatMap((d) => [d.message, ...(d.related ?? []).map((r) => r.message)].map((m) => `${d.code} ${m}`))
    .filter((m) => m.includes('`'));
}

/** The Bad examples of docs/rules.md: `<!-- example: bad CODE today=… -->` and its ```lang file=… blocks. */
function badExamples(): { code: string; today: string; files: Record<string, string> }[] {
  const lines = readFileSync(path.join(REPO, 'docs', 'rules.md'), 'utf8').split(/\r?\n/);
  const out: { code: string; today: string; files: Record<string, string> }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^<!-- example: bad (ISMS\d{3}) today=(\d{4}-\d{2}-\d{2}) -->$/.exec(lines[i]);
    if (!m) continue;
    const files: Record<string, string> = {};
    let j = i + 1;
    for (;;) {
      while (j < lines.length && lines[j].trim() === '') j++;
      const file = /^```\w*\s+.*\bfile=(\S+)/.exec(lines[j] ?? '')?.[1];
      if (!file || /\bbinary\b/.test(lines[j])) break;
      const body: string[] = [];
      for (j++; j < lines.length && lines[j] !== '```'; j++) body.push(lines[j]);
      files[file] = `${body.join('\n')}\n`;
      j++;
    }
    files['isms.yaml'] ??= config();
    out.push({ code: m[1], today: m[2], files });
    i = j - 1;
  }
  return out;
}

/** A folder with a slip of each mechanical kind: dates, lists, types, ids, references, field names, settings. */
const BROKEN: Record<string, string> = {
  'isms.yaml': [
    'isms: config',
    'organisation: Test Ltd',
    'standards: [iso27001:2022, iso9999]',
    'top-management: [Alex Morgan]',
    'certification:',
    '  issued: 2025-02-30',
    '  expires: 2028-03-13',
    '  audits:',
    '    - { type: surveilance, date: 2026-02-09 }',
    '    - { type: surveillance-1, date: 2026-02-09, status: maybe }',
    'internal-audit: { cadence-months: often }',
    'privacy: { role: bystander }',
    'risk: { acceptance-level: high }',
    'awareness: 3',
    '',
  ].join('\n'),
  'registers/corrective-actions.yaml': [
    'isms: corrective-actions',
    'records:',
    '  - { id: CA-1, title: Fix, source: IA-404, status: half-done, raised: 2026-13-01, due: 2026-02-30, owner: Sam }',
    '  - { id: CA-1, title: Again, source: other, status: closed, raised: 2026-01-01, closed: 2026-02-01, ownr: Sam }',
    '  - { id: true, title: Odd, source: other, status: open, raised: 2026-01-01 }',
    '',
  ].join('\n'),
  'registers/risks.yaml': [
    'isms: risks',
    'records:',
    '  - { id: R-1, title: Ransomware, owner: Sam, likelihood: 9, impact: lots, treatment: mitigate, controls: [A.5.99, A.12.3.1] }',
    '',
  ].join('\n'),
  'registers/incidents.yaml': [
    'isms: incidents',
    'records:',
    '  - { id: INC-1, title: Laptop lost, detected: 2026-11-01, severity: high, personal-data: unsure, regimes: [gdpr, ccpa], corrective-action: CA-9 }',
    '',
  ].join('\n'),
  'registers/awareness.yaml': [
    'isms: awareness',
    'records:',
    '  - { id: AW-1, type: phishing, date: 2026-10-01, sent: 10, clicked: 12, reported: -1 }',
    '',
  ].join('\n'),
  'audits/IA-1.md': [
    '---',
    'isms: internal-audit',
    'id: IA-1',
    'title: Access',
    'planned: 2026-09-15',
    'performed: 2026-09-15',
    'status: done',
    'scope: [A.9.2.1]',
    'perfomed: 2026-09-15',
    '---',
    '',
  ].join('\n'),
  'policies/p.md': [
    '---',
    'isms: document',
    'id: POL-1',
    'title: Policy',
    'status: approved',
    'satisfies: ["5.2"]',
    'audience: [Nobody Here]',
    '---',
    '',
    'See [the missing one](missing.md) and [this](#nowhere).',
    '',
  ].join('\n'),
  'registers/soa.yaml': ['isms: soa', 'status: draft', 'records:', '  - { id: S-1, control: A.5.1, applicable: true }', ''].join('\n'),
};

describe('Diagnostic messages are plain text (issue 15.6)', () => {
  it('the sample quotes without backticks', async () => {
    const ws = await loadIsmsFolder(nodeFileHost, path.join(REPO, 'examples', 'acme'));
    const diags = ws.check({ today: '2026-11-25' }).all();
    assert.ok(diags.length > 40, `the sample has its deliberate problems (${diags.length})`);
    assert.deepEqual(withBackticks(diags), []);
  });

  it('the Bad example of every rule in docs/rules.md quotes without backticks', () => {
    const examples = badExamples();
    assert.ok(examples.length > 60, `examples found: ${examples.length}`);
    const found = examples.flatMap((e) => withBackticks(check(e.files, e.today)));
    assert.deepEqual(found, []);
  });

  it('a folder broken in every mechanical way quotes without backticks', () => {
    const diags = check(BROKEN, '2026-11-25');
    const codes = new Set(diags.map((d) => d.code));
    for (const code of ['ISMS002', 'ISMS003', 'ISMS004', 'ISMS006', 'ISMS007', 'ISMS008', 'ISMS011'])
      assert.ok(codes.has(code), `${code} among ${[...codes].join(', ')}`);
    assert.deepEqual(withBackticks(diags), []);
  });
});
