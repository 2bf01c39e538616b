import * as assert from 'node:assert/strict';
import { newRecordFile } from '../../../../src/core/edit';
import { standardKeys } from '../../../../src/core/model/standards';
import {
  managementReviewBody,
  managementReviewRecord,
  proposedReviewDate,
  reviewId,
} from '../../../../src/extension/commands/managementReviewTemplate';
import { check, config, ROOT } from '../../support/memory';

const TODAY = '2026-03-20';
const FILE = 'reviews/MR-2026-01.md';

/** What "ISMS: New management review" writes for an ISMS with these isms.yaml `standards:` (the server sends their catalogue keys). */
function newReview(listed: string[], date = '2026-03-10'): string {
  const standards = standardKeys(listed);
  const record = managementReviewRecord('MR-2026-01', date, standards);
  return newRecordFile('management-review', record, managementReviewBody(record.title, standards));
}

/**
 * The ISMS203 and ISMS006 diagnostics of the review once it has been held and written up: marked done,
 * with an attendee and a line under every heading (the template's prompts alone record nothing).
 */
function reviewProblems(listed: string[], text: string): string[] {
  const held = heldAndWritten(text);
  return check({ 'isms.yaml': config(`standards: [${listed.join(', ')}]\n`), [FILE]: held }, TODAY)
    .filter((d) => d.file === `${ROOT}/${FILE}` && (d.code === 'ISMS203' || d.code === 'ISMS006'))
    .map((d) => `${d.code} ${d.message}`);
}

/** What the user does after the review: status done, the attendees, a sentence under each heading. */
const heldAndWritten = (text: string): string =>
  text
    .replace('status: planned', 'status: done\nattendees: [Alex Morgan]')
    .replace(/^(## .*\n\n<!--[^\n]*-->\n)/gm, '$1\nReviewed; no change needed.\n');

const headings = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('## '));

describe('New management review template', () => {
  it('for an ISMS with ISO 22301 beside 27001: every input of both 9.3.2 lists, `standards:` filled in — ISMS203 finds nothing missing', () => {
    const listed = ['iso27001:2022', 'iso22301'];
    const text = newReview(listed);
    assert.ok(text.includes('\nstandards:\n  - iso27001:2022\n  - iso22301:2019\n'), text);
    assert.equal(headings(text).length, 10 + 6 + 1, headings(text).join('\n'));
    assert.ok(
      text.includes('## Information from the business impact analysis and risk assessment\n\n<!-- ISO 22301 9.3.2 g: what was reviewed'),
      text,
    );
    assert.ok(text.includes('<!-- ISO 27001 9.3.2 a; ISO 22301 9.3.2 a: '), 'a shared input names both clauses');
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
    assert.ok(text.includes('<!-- ISO 22301 9.3.2 k: '));
    assert.deepEqual(reviewProblems(['iso22301:2019'], text), []);
  });

  it("edge: the id is one more than the year's highest", () => {
    assert.equal(reviewId('2026-04-01', ['MR-2025-07', 'MR-2026-01', 'MR-2026-03']), 'MR-2026-04');
  });
});

describe('New management review template claims nothing (issue 15.1)', () => {
  const CERTIFIED = config('certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\ntop-management: [Alex Morgan]\n');
  const reviewCodes = (text: string, today = TODAY): string[] =>
    check({ 'isms.yaml': CERTIFIED, [FILE]: text }, today)
      .filter((d) => /^ISMS20\d$/.test(d.code))
      .map((d) => d.code)
      .sort();

  it('is planned, on the date given, even a past one, with no attendees, decisions, actions or "Chair: ."', () => {
    for (const date of ['2026-04-03', TODAY, '2026-03-01']) {
      const text = newReview(['iso27001:2022'], date);
      assert.match(text, /^status: planned$/m, text);
      assert.doesNotMatch(text, /status: done|^attendees:|^decisions:|^actions:|Chair: \./m, text);
    }
  });

  it('proposes a date two weeks ahead, not today', () => {
    assert.equal(proposedReviewDate(TODAY), '2026-04-03');
  });

  it('every heading holds only a prompt: an HTML comment, not content', () => {
    const text = newReview(['iso27001:2022']);
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    const prose = body.split('\n').filter((l) => l.trim() && !l.startsWith('#') && !/^\s*<!--|-->\s*$/.test(l));
    assert.deepEqual(prose, []);
  });

  it('as written, does not count as held: no review recorded, ISMS202 stays', () => {
    assert.deepEqual(reviewCodes(newReview(['iso27001:2022'], '2026-03-10')), ['ISMS202']);
  });

  it('marked done without filling it in: reported by ISMS203, ISMS205 and ISMS206, and still no review held (ISMS202)', () => {
    const text = newReview(['iso27001:2022'], '2026-03-10').replace('status: planned', 'status: done');
    assert.deepEqual(reviewCodes(text), ['ISMS202', 'ISMS203', 'ISMS205', 'ISMS206']);
  });

  it('held and written up (attendees, a line under every heading): no review diagnostic at all', () => {
    assert.deepEqual(reviewCodes(heldAndWritten(newReview(['iso27001:2022'], '2026-03-10'))), []);
  });
});
