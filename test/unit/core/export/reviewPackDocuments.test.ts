/**
 * The management review pack's document register and objectives (issue 17.4, 17.7): the register's
 * dates and states as `documentRegister` computes them, and per objective (9.3.2 d 4) the target with its
 * direction and unit, the latest result, met or missed, and a small trend — workspace text escaped.
 */
import * as assert from 'node:assert/strict';
import { markdownToHtml, reviewPack } from '../../../../src/core/export';
import { acknowledgementRate, objectiveTrend, sparkline } from '../../../../src/core/export/reviewPackDocuments';
import { documentRegister } from '../../../../src/core/documents/register';
import { config, workspaceOf } from '../../support/memory';
import { documentFile } from '../rules/documents';
import { objectives } from '../rules/objectives';

const TODAY = '2026-11-25';

const doc = (fields: Record<string, string>): string => documentFile({ type: 'policy', approver: 'Alex Morgan', ...fields });

const DOCS: Record<string, string> = {
  'p/aup.md': doc({ id: 'POL-2', title: 'Acceptable Use Policy', version: '"2.0"', status: 'approved', approved: '2025-06-02' }),
  'p/isp.md': doc({ id: 'POL-1', title: 'Information Security Policy', version: '"3.1"', status: 'approved', approved: '2026-04-01' }),
  'p/new.md': doc({ id: 'PRO-1', title: 'Backup procedure', version: '"0.1"', status: 'draft' }),
  'p/old.md': doc({ id: 'POL-0', title: 'Old policy', version: '"1.0"', status: 'retired', approved: '2023-01-01' }),
};

const section = (md: string, heading: string): string => {
  const start = md.indexOf(heading);
  assert.ok(start >= 0, `${heading} missing`);
  const end = md.indexOf('\n## ', start + heading.length);
  return md.slice(start, end < 0 ? undefined : end);
};

describe('management review pack: the document register (issue 17.7)', () => {
  const ws = workspaceOf({ 'isms.yaml': config(), ...DOCS });
  const md = reviewPack(ws, TODAY).markdown;
  const register = section(md, '## Documented information: the document register');

  it('lists every document with id, title, version, status, approval and next review, the overdue one marked', () => {
    assert.ok(
      register.includes('4 documents, 2 approved, 1 awaiting approval, **1 review overdue**, 0 due for review within 30 days.'),
      register,
    );
    assert.ok(register.includes('| Document | Title | Version | Status | Approved | Next review | Acknowledged |'));
    assert.ok(register.includes('| POL-2 | Acceptable Use Policy | 2.0 | approved | 2025-06-02 | 2026-06-02 (overdue) | — |'), register);
    assert.ok(register.includes('| POL-1 | Information Security Policy | 3.1 | approved | 2026-04-01 | 2027-04-01 | — |'), register);
    // a draft and a retired document have no review scheduled
    assert.ok(register.includes('| PRO-1 | Backup procedure | 0.1 | draft | — | — | — |'), register);
    assert.ok(register.includes('| POL-0 | Old policy | 1.0 | retired | 2023-01-01 | — | — |'), register);
  });

  it('the next review is the register’s (documentRegister), not a computation of the pack', () => {
    for (const e of documentRegister(ws, TODAY).filter((x) => x.review.next && x.status === 'approved'))
      assert.ok(register.includes(`| ${e.review.next}`), `${e.record.id} ${e.review.next}`);
  });

  it('the acknowledgement rate when the register knows it, "—" otherwise', () => {
    const [entry] = documentRegister(ws, TODAY);
    assert.equal(acknowledgementRate(entry), undefined);
    assert.equal(acknowledgementRate({ ...entry, acknowledgement: { expected: 8, acknowledged: 6, pending: [] } }), '75 % (6 of 8)');
    assert.equal(acknowledgementRate({ ...entry, acknowledgement: { expected: 0, acknowledged: 0, pending: [] } }), undefined);
  });

  it('shows the acknowledgements the roster and the register give (A.5.1)', () => {
    const people =
      'isms: people\nrecords:\n  - { id: P-1, name: Dana Lee }\n  - { id: P-2, name: Sam Smith }\n  - { id: P-3, name: Kim Lo }\n';
    const acks =
      'isms: acknowledgements\nrecords:\n  - { person: P-1, document: POL-1, version: "3.1", date: 2026-04-05 }\n' +
      '  - { person: Sam Smith, document: POL-1, version: "3.1", date: 2026-04-09 }\n';
    const withAudience = doc({
      id: 'POL-1',
      title: 'ISP',
      version: '"3.1"',
      status: 'approved',
      approved: '2026-04-01',
      audience: '[everyone]',
    });
    const md2 = reviewPack(
      workspaceOf({ 'isms.yaml': config(), 'p/isp.md': withAudience, 'people.yaml': people, 'acks.yaml': acks }),
      TODAY,
    );
    assert.ok(md2.markdown.includes('| POL-1 | ISP | 3.1 | approved | 2026-04-01 | 2027-04-01 | 67 % (2 of 3) |'), md2.markdown);
  });

  it('edge: without document records the section says so', () => {
    const bare = reviewPack(workspaceOf({ 'isms.yaml': config() }), TODAY).markdown;
    assert.match(section(bare, '## Documented information'), /No document records/);
  });

  it('keeps a hostile title literal in Markdown and in HTML', () => {
    const hostile = '<img src=x onerror=alert(1)> | **bold** [x](javascript:alert(1))';
    const pack = reviewPack(
      workspaceOf({ 'isms.yaml': config(), 'p.md': doc({ id: 'POL-X', title: JSON.stringify(hostile), status: 'draft' }) }),
      TODAY,
    );
    assert.ok(!pack.html.includes('<img'));
    assert.ok(pack.markdown.includes('\\<img src=x onerror=alert(1)\\> \\| \\*\\*bold\\*\\*'), 'escaped in the register row');
    assert.ok(pack.html.includes('&lt;img src=x onerror=alert(1)&gt; | **bold**'));
    assert.ok(!markdownToHtml(pack.markdown).includes('<a '));
  });
});

describe('management review pack: objectives, 9.3.2 d 4 (issue 17.4)', () => {
  const register = [
    objectives(
      'owner: Jordan Blake',
      'target: 8',
      'direction: at-most',
      'unit: "%"',
      'results:',
      '  - { date: 2025-11-12, value: 15.7 }',
      '  - { date: 2026-03-10, value: 9.1 }',
      '  - { date: 2026-06-09, value: 7.1 }',
      '  - { date: 2027-01-10, value: 99 }', // written ahead: not a result yet
    ),
    '  - id: OBJ-2',
    '    title: Fix what audits find',
    '    target: 90',
    '    direction: at-least',
    '    unit: "%"',
    '    results:',
    '      - { date: 2026-04-01, value: 100 }',
    '      - { date: 2026-07-01, value: 92 }',
    '      - { date: 2026-10-01, value: 75 }',
    '  - id: OBJ-3',
    '    title: Be available',
    '    target: 99.95',
    '    results: []',
    '',
  ].join('\n');
  const ws = workspaceOf({ 'isms.yaml': config(), 'registers/objectives.yaml': register });
  const md = reviewPack(ws, TODAY).markdown;
  const part = section(md, '## 9.3.2 d 4 — Fulfilment of information security objectives');

  it('per objective: the target with direction and unit, the latest result, met or missed, and the trend', () => {
    assert.ok(part.includes('3 objectives: the latest result meets the target for 1, **misses it for 1**, 1 without a result'), part);
    assert.ok(part.includes('| Objective | Title | Owner | Target | Latest result | Met | Trend (last results) |'));
    assert.ok(
      part.includes('| OBJ-1 | Phishing resilience | Jordan Blake | ≤ 8 % | 7.1 % (2026-06-09) | met | █▃▁ 15.7 → 9.1 → 7.1 (better) |'),
      part,
    );
    assert.ok(
      part.includes('| OBJ-2 | Fix what audits find | — | ≥ 90 % | 75 % (2026-10-01) | missed | █▆▁ 100 → 92 → 75 (worse) |'),
      part,
    );
    assert.ok(part.includes('| OBJ-3 | Be available | — | ≥ 99.95 | — | no result | no result yet |'), part);
  });

  it('no longer lists 9.3.2 d 4 among the inputs to bring when objective records fill it', () => {
    assert.ok(!section(md, '## Inputs to be brought').includes('9.3.2 d 4'));
    const bare = reviewPack(workspaceOf({ 'isms.yaml': config() }), TODAY).markdown;
    assert.ok(section(bare, '## Inputs to be brought').includes('- 9.3.2 d 4: trends in fulfilment of information security objectives'));
    assert.match(section(bare, '## 9.3.2 d 4'), /No objective records/);
  });

  it('the trend: a sparkline of the last four results, better or worse against the direction', () => {
    assert.equal(sparkline([1, 2, 3, 4, 5, 6, 7, 8]), '▁▂▃▄▅▆▇█');
    assert.equal(sparkline([5, 5, 5]), '▄▄▄', 'all equal: a flat line');
    const r = (...values: number[]) => values.map((value, index) => ({ date: `2026-0${index + 1}-01`, value, index }));
    assert.equal(objectiveTrend(r(1, 2, 3, 4, 5, 6), 'at-least'), '▁▃▆█ 3 → 4 → 5 → 6 (better)');
    assert.equal(objectiveTrend(r(6, 5), 'at-most'), '█▁ 6 → 5 (better)');
    assert.equal(objectiveTrend(r(6, 5), undefined), '█▁ 6 → 5 (worse)', 'at least is the default');
    assert.equal(objectiveTrend(r(0, 0), 'at-most'), '▄▄ 0 → 0 (steady)');
    assert.equal(objectiveTrend(r(3), 'at-least'), 'one result, no trend yet');
    assert.equal(objectiveTrend([], 'at-least'), 'no result yet');
  });

  it('escapes workspace text of an objective', () => {
    const hostile = objectives('owner: "@everyone #1 <b>x</b>"', 'target: 1', 'unit: "*"', 'results: [{ date: 2026-01-01, value: 1 }]');
    const text = section(reviewPack(workspaceOf({ 'isms.yaml': config(), 'o.yaml': hostile }), TODAY).markdown, '## 9.3.2 d 4');
    assert.ok(text.includes('\\@everyone \\#1 \\<b\\>x\\</b\\>'), text);
    assert.ok(text.includes('≥ 1 \\*'), text);
  });
});
