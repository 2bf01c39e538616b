/** The `document` and `objective` kinds (issue 17): front matter on the document itself, settings, snippets. */
import * as assert from 'node:assert/strict';
import { check, config, workspaceOf } from '../../support/memory';
import { expand, snippets } from '../../support/snippets';

const POLICY = [
  '---',
  'isms: document',
  'id: POL-001',
  'title: Information Security Policy',
  'type: policy',
  'version: "2.1"',
  'status: approved',
  'approver: Alex Morgan',
  'approved: 2026-03-02',
  'satisfies: ["5.2"]',
  'implements: [A.5.1]',
  'audience: [everyone]',
  '---',
  '# Information Security Policy',
  '',
  'The body is the policy.',
  '',
].join('\n');

const DATA_CODES = ['ISMS001', 'ISMS002', 'ISMS004', 'ISMS005', 'ISMS006', 'ISMS007'];

describe('document kind', () => {
  it('reads the front matter of a Markdown document as a document record, with no data problems', () => {
    const files = { 'isms.yaml': config('top-management: [Alex Morgan]\n'), 'policies/isp.md': POLICY };
    const ws = workspaceOf(files);
    const [doc] = ws.records('document');
    assert.equal(doc.id, 'POL-001');
    assert.equal(doc.data.version, '2.1');
    const data = ws
      .check({ today: '2026-11-25' })
      .all()
      .filter((d) => DATA_CODES.includes(d.code));
    assert.deepEqual(
      data.map((d) => d.message),
      [],
    );
  });

  it('leaves a plain Markdown file without front matter alone', () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'policies/plain.md': '# A policy\n\nNo front matter.\n' });
    assert.deepEqual(ws.records('document'), []);
    assert.deepEqual(
      ws
        .check({ today: '2026-11-25' })
        .all()
        .filter((d) => d.file.endsWith('plain.md')),
      [],
    );
  });

  it('edge: a wrong status or type is ISMS006, with the allowed values', () => {
    const bad = POLICY.replace('status: approved', 'status: published');
    const found = check({ 'isms.yaml': config(), 'isp.md': bad }, '2026-11-25').filter((d) => d.code === 'ISMS006');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Use one of: draft, in-review, approved, retired/);
  });

  it('documents.review-months of isms.yaml: default 12, read when set, rejected when not a positive number', () => {
    assert.equal(workspaceOf({ 'isms.yaml': config() }).config.documents.reviewMonths, 12);
    assert.equal(workspaceOf({ 'isms.yaml': config('documents: { review-months: 24 }\n') }).config.documents.reviewMonths, 24);
    const ws = workspaceOf({ 'isms.yaml': config('documents: { review-months: -1 }\n') });
    assert.equal(ws.config.documents.reviewMonths, 12);
    assert.ok(
      ws
        .check({ today: '2026-11-25' })
        .all()
        .some((d) => d.code === 'ISMS006' && /review-months/.test(d.message)),
    );
  });
});

describe('objective kind', () => {
  it('an objectives register with results: bad result dates are ISMS002', () => {
    const register = [
      'isms: objectives',
      'records:',
      '  - id: OBJ-1',
      '    target: 60',
      '    results:',
      '      - { date: 2026-02-30, value: 41 }',
      '',
    ].join('\n');
    const ws = workspaceOf({ 'isms.yaml': config(), 'objectives.yaml': register });
    assert.equal(ws.records('objective').length, 1);
    const found = ws
      .check({ today: '2026-11-25' })
      .all()
      .filter((d) => d.code === 'ISMS002');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Result date is not a real calendar date: ‘2026-02-30’/);
  });
});

describe('snippets of the document and objective kinds', () => {
  it('the document and objective snippets make records without data errors', () => {
    const doc = snippets('isms-markdown.json').find((s) => s.prefix.includes('document'));
    const md = snippets('isms-markdown.json').find((s) => s.prefix.includes('objective'));
    const entry = snippets('isms-yaml.json').find((s) => s.prefix.includes('objective'));
    assert.ok(doc && md && entry);
    const register = `isms: objectives\nrecords:\n${expand(entry.body)
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n')}\n`;
    const ws = workspaceOf({ 'isms.yaml': config(), 'doc.md': expand(doc.body), 'obj.md': expand(md.body), 'objectives.yaml': register });
    assert.equal(ws.records('document').length, 1);
    assert.equal(ws.records('objective').length, 2);
    const data = ws
      .check({ today: '2026-11-25' })
      .all()
      .filter((d) => DATA_CODES.includes(d.code));
    assert.deepEqual(
      data.map((d) => `${d.file}: ${d.code} ${d.message}`),
      [],
    );
  });
});
