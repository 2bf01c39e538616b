import * as assert from 'node:assert/strict';
import { MAX_SECTIONS_BODY, parseFile } from '../../../../src/core';

describe('parseFile', () => {
  it('reads a Markdown record from its front matter, with exact ranges of keys and values', () => {
    const text = [
      '---',
      'isms: internal-audit',
      'id: IA-2026-03',
      'planned: 2026-03-12',
      'scope: [A.5.15, "9.1"]',
      '---',
      '# Notes',
      '',
    ].join('\n');
    const parsed = parseFile('/x/a.md', text);
    assert.equal(parsed.isIsms, true);
    assert.equal(parsed.records.length, 1);
    const rec = parsed.records[0];
    assert.equal(rec.kind, 'internal-audit');
    assert.equal(rec.id, 'IA-2026-03');
    assert.deepEqual(rec.anchor, { start: { line: 2, character: 4 }, end: { line: 2, character: 14 } });
    assert.deepEqual(rec.fields.planned.keyRange.start, { line: 3, character: 0 });
    assert.deepEqual(rec.fields.planned.valueRange, { start: { line: 3, character: 9 }, end: { line: 3, character: 19 } });
    assert.deepEqual(rec.items.scope[1], { start: { line: 4, character: 16 }, end: { line: 4, character: 21 } });
    assert.equal(rec.data.planned, '2026-03-12', 'dates stay calendar strings, never Date objects');
  });

  it('reads every entry of a YAML register, and findings nested in audits as records of their own', () => {
    const text = [
      '# a comment',
      'isms: internal-audits',
      'records:',
      '  - id: IA-1',
      '    planned: 2026-01-10',
      '    findings:',
      '      - id: IA-1-F1',
      '        type: minor-nc',
      '  - id: IA-2',
      '    planned: 2026-02-10',
    ].join('\n');
    const parsed = parseFile('/x/r.yaml', text);
    assert.deepEqual(
      parsed.records.map((r) => [r.kind, r.id, r.parentId]),
      [
        ['internal-audit', 'IA-1', undefined],
        ['finding', 'IA-1-F1', 'IA-1'],
        ['internal-audit', 'IA-2', undefined],
      ],
    );
    assert.equal(parsed.records[1].anchor.start.line, 6);
    assert.equal(parsed.records[2].range.start.line, 8);
  });

  it('keeps positions right after a byte-order mark and with CRLF line endings', () => {
    const text = '\ufeff---\r\nisms: corrective-action\r\nid: CA-1\r\n---\r\nbody\r\n';
    const rec = parseFile('/x/ca.md', text).records[0];
    assert.equal(rec.id, 'CA-1');
    assert.deepEqual(rec.anchor.start, { line: 2, character: 4 });
  });

  it('parses the ## and ### sections of a management review body with remark', () => {
    const text = [
      '---',
      'isms: management-review',
      'id: MR-1',
      'date: 2026-05-01',
      '---',
      '',
      '## Audit results',
      'text',
      '### Risk assessment and treatment',
      '`## not a heading`',
      '',
    ].join('\n');
    const rec = parseFile('/x/mr.md', text).records[0];
    assert.deepEqual([...(rec.sections?.keys() ?? [])], ['audit results', 'risk assessment and treatment']);
    assert.equal(rec.sections?.get('audit results')?.start.line, 6);
  });

  it('ignores files without an isms: marker, and Markdown without front matter', () => {
    assert.equal(parseFile('/x/README.md', '# Just a page\n').isIsms, false);
    assert.equal(parseFile('/x/ci.yaml', 'on: push\njobs: {}\n').isIsms, false);
    assert.equal(parseFile('/x/p.md', '---\ntitle: Blog\n---\n').isIsms, false);
  });

  it('reports YAML syntax errors at their position and yields no records from a broken file', () => {
    const parsed = parseFile('/x/r.yaml', 'isms: corrective-actions\nrecords:\n  - id: CA-1\n    title: [unclosed\n');
    assert.equal(parsed.records.length, 0);
    assert.equal(parsed.problems[0].code, 'ISMS001');
    assert.ok(parsed.problems[0].range.start.line >= 3);
  });

  it('reports duplicate keys as a YAML error', () => {
    const parsed = parseFile('/x/a.md', '---\nisms: incident\nid: I-1\nid: I-2\n---\n');
    assert.equal(parsed.problems[0]?.code, 'ISMS001');
  });

  it('reports an unknown kind at its value', () => {
    const parsed = parseFile('/x/a.md', '---\nisms: audit-thing\nid: X\n---\n');
    assert.equal(parsed.problems[0].code, 'ISMS005');
    assert.deepEqual(parsed.problems[0].range.start, { line: 1, character: 6 });
  });

  it('stops a YAML alias bomb with a diagnostic instead of expanding it', () => {
    const lines = ['isms: risks', 'records:', '  - id: R-1', '    a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `    a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const parsed = parseFile('/x/bomb.yaml', lines.join('\n'));
    assert.equal(parsed.records.length, 0);
    assert.equal(parsed.problems[0].code, 'ISMS001');
  });

  it('builds no objects from custom YAML tags', () => {
    const parsed = parseFile('/x/r.yaml', 'isms: risks\nrecords:\n  - id: R-1\n    title: !!js/function "function(){}"\n');
    assert.equal(parsed.records.length, 1);
    assert.equal(parsed.records[0].data.title, 'function(){}', 'an unknown tag leaves the plain string');
  });

  it('parses sections only from the first MAX_SECTIONS_BODY characters of a huge body', () => {
    const filler = 'Minutes.\n\n'.repeat(Math.ceil(MAX_SECTIONS_BODY / 10));
    const text = `---\nisms: management-review\nid: MR-1\ndate: 2026-05-01\n---\n## Audit results\n${filler}## Risk assessment and treatment\n`;
    const rec = parseFile('/x/mr.md', text).records[0];
    assert.deepEqual([...(rec.sections?.keys() ?? [])], ['audit results']);
  });

  it('reports deeply nested YAML instead of overflowing the stack', () => {
    const parsed = parseFile('/x/deep.yaml', `isms: risks\nrecords:\n  - id: R\n    x: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    assert.equal(parsed.records.length, 0);
    assert.equal(parsed.problems[0]?.code, 'ISMS001');
  });
});
