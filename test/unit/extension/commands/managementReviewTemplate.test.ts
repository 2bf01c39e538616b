import * as assert from 'node:assert/strict';
import { newRecordFile } from '../../../../src/core/edit';
import { standardKeys } from '../../../../src/core/model/standards';
import { managementReviewBody, managementReviewRecord, reviewId } from '../../../../src/extension/commands/managementReviewTemplate';
import { check, config, ROOT } from '../../support/memory';

const TODAY = '2026-03-20';
const FILE = 'reviews/MR-2026-01.md';

/** What "ISMS: New management review" writes for an ISMS with these isms.yaml `standards:` (the server sends their catalogue keys). */
function newReview(listed: string[], date = '2026-03-10'): string {
  const standards = standardKeys(listed);
  const record = managementReviewRecord('MR-2026-01', date, TODAY, standards);
  return newRecordFile('management-review', record, managementReviewBody(record.title, standards));
}

/** The ISMS203 and ISMS006 diagnostics of the review, held and checked as the rules see it. */
function reviewProblems(listed: string[], text: string): string[] {
  return check({ 'isms.yaml': config(`standards: [${listed.join(', ')}]\n`), [FILE]: text }, TODAY)
    .filter((d) => d.file === `${ROOT}/${FILE}` && (d.code === 'ISMS203' || d.code === 'ISMS006'))
    .map((d) => `${d.code} ${d.message}`);
}

const headings = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('## '));

describe('New management review template', () => {
  it('for an ISMS with ISO 22301 beside 27001: every input of both 9.3.2 lists, `standards:` filled in — ISMS203 finds nothing missing', () => {
    const listed = ['iso27001:2022', 'iso22301'];
    const text = newReview(listed);
    assert.ok(text.includes('\nstandards:\n  - iso27001:2022\n  - iso22301:2019\n'), text);
    assert.equal(headings(text).length, 10 + 6 + 1, headings(text).join('\n'));
    assert.ok(text.includes('## Information from the business impact analysis and risk assessment\n\n<!-- ISO 22301 9.3.2 g -->'), text);
    assert.ok(text.includes('<!-- ISO 27001 9.3.2 a; ISO 22301 9.3.2 a -->'), 'a shared input names both clauses');
    assert.ok(text.includes('<!-- ISO 27001 9.3.3 and ISO 22301 9.3.3:'), text);
    assert.deepEqual(reviewProblems(listed, text), []);
  });

  it('a section removed from the joint template is what ISMS203 reports (the check above is not vacuous)', () => {
    const listed = ['iso27001:2022', 'iso22301:2019'];
    const text = newReview(listed).replace(/## Lessons learned[^\n]*\n/, '');
    const problems = reviewProblems(listed, text);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^ISMS203 .*ISO 22301 9\.3\.2 j lessons learned/);
  });

  it('for ISO 27001 alone: the ten 27001 inputs, no 22301 section and no `standards:` (one standard says nothing)', () => {
    const text = newReview(['iso27001:2022']);
    assert.doesNotMatch(text, /^standards:/m);
    assert.equal(headings(text).length, 10 + 1);
    assert.doesNotMatch(text, /22301/);
    assert.deepEqual(reviewProblems(['iso27001:2022'], text), []);
  });

  it('edge: ISO 27701 and GDPR beside 27001 add no inputs but are named in `standards:`', () => {
    const listed = ['iso27001:2022', 'iso27701:2019', 'gdpr'];
    const text = newReview(listed);
    assert.match(text, /iso27701:2019/);
    assert.equal(headings(text).length, 10 + 1);
    assert.deepEqual(reviewProblems(listed, text), []);
  });

  it("edge: a BCMS alone gets 22301's inputs under their 22301 items, not 27001's c, d 4 or f", () => {
    const text = newReview(['iso22301:2019']);
    assert.equal(headings(text).length, 7 + 6 + 1);
    assert.doesNotMatch(text, /ISO 27001/);
    assert.ok(text.includes('<!-- ISO 22301 9.3.2 k -->'));
    assert.deepEqual(reviewProblems(['iso22301:2019'], text), []);
  });

  it("edge: a review dated after today is planned; the id is one more than the year's highest", () => {
    assert.equal(managementReviewRecord('MR-2026-02', '2026-04-01', TODAY, []).status, 'planned');
    assert.equal(managementReviewRecord('MR-2026-02', TODAY, TODAY, []).status, 'done');
    assert.equal(reviewId('2026-04-01', ['MR-2025-07', 'MR-2026-01', 'MR-2026-03']), 'MR-2026-04');
  });
});
