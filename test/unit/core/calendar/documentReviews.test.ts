/**
 * Document reviews due in the calendar and the timeline (issue 17.7): the next review of each approved
 * document, on the date `documentReview` gives (the register's one computation), overdue ones marked;
 * drafts, documents in review, retired ones and approved ones without a date have none.
 */
import * as assert from 'node:assert/strict';
import { calendarModel, filterCalendar, type CalendarModel } from '../../../../src/core/calendar';
import { documentReview } from '../../../../src/core/documents/register';
import { config, ROOT, workspaceOf } from '../../support/memory';
import { documentFile } from '../rules/documents';

const TODAY = '2026-11-25';

const doc = (id: string, status: string, extra: Record<string, string> = {}): string =>
  documentFile({ id, title: `"${id} title"`, type: 'policy', version: '"1.0"', status, approver: 'Alex Morgan', ...extra });

const FILES: Record<string, string> = {
  'isms.yaml': config('certification:\n  audits:\n    - { type: surveillance-2, date: 2027-06-01 }\n'),
  // approved 2025-10-01, 12 months: due 2026-10-01, overdue
  'policies/overdue.md': doc('POL-OVERDUE', 'approved', { approved: '2025-10-01' }),
  // reviewed 2026-06-10 after its approval, 6 months of its own: due 2026-12-10, within 30 days
  'policies/soon.md': doc('POL-SOON', 'approved', { approved: '2025-01-15', reviewed: '2026-06-10', 'review-months': '6' }),
  // approved 2026-04-01: due 2027-04-01
  'policies/ok.md': doc('POL-OK', 'approved', { approved: '2026-04-01' }),
  'policies/draft.md': doc('POL-DRAFT', 'draft', { approved: '2025-01-01' }),
  'policies/review.md': doc('POL-INREVIEW', 'in-review', { approved: '2025-01-01' }),
  'policies/retired.md': doc('POL-RETIRED', 'retired', { approved: '2025-01-01' }),
  'policies/undated.md': doc('POL-UNDATED', 'approved'),
};

const reviewsOf = (model: CalendarModel): string[] =>
  model.months.flatMap((m) => (m.documentReviews ?? []).map((d) => `${m.month} ${d.id} ${d.date} ${d.state}`));

describe('calendar model: document reviews due (issue 17.7)', () => {
  const ws = workspaceOf(FILES);
  const model = calendarModel(ws, TODAY);

  it('puts the next review of each approved document in its month, overdue ones marked overdue', () => {
    assert.deepEqual(reviewsOf(model), [
      '2026-10 POL-OVERDUE 2026-10-01 overdue',
      '2026-12 POL-SOON 2026-12-10 due-soon',
      '2027-04 POL-OK 2027-04-01 ok',
    ]);
    const marker = model.months.find((m) => m.month === '2026-10')!.documentReviews[0];
    assert.deepEqual(marker, {
      id: 'POL-OVERDUE',
      title: 'POL-OVERDUE title',
      date: '2026-10-01',
      state: 'overdue',
      file: `${ROOT}/policies/overdue.md`,
      line: 2, // the anchor: `id:` in the front matter
    });
  });

  it('the dates are documentReview’s, not a second computation (an isms.yaml interval moves both)', () => {
    // a cycle to 2029 so that the two-year reviews are in the calendar's range
    const files = {
      ...FILES,
      'isms.yaml': config('certification:\n  issued: 2026-12-01\n  expires: 2029-11-30\ndocuments:\n  review-months: 24\n'),
    };
    const other = calendarModel(workspaceOf(files), TODAY);
    const source = workspaceOf(files);
    assert.equal(source.config.documents.reviewMonths, 24);
    const expected = source
      .records('document')
      .map((r) => ({ id: r.id, review: documentReview(r, source.config, TODAY) }))
      .filter((r) => ['ok', 'due-soon', 'overdue'].includes(r.review.state))
      .map((r) => `${r.id} ${r.review.next}`)
      .sort();
    const shown = other.months.flatMap((m) => m.documentReviews.map((d) => `${d.id} ${d.date}`)).sort();
    assert.deepEqual(shown, expected);
    assert.ok(shown.includes('POL-OK 2028-04-01'), shown.join(', '));
  });

  it('shows no review for a draft, a document in review, a retired one or an approved one without a date', () => {
    const ids = model.months.flatMap((m) => m.documentReviews.map((d) => d.id));
    for (const id of ['POL-DRAFT', 'POL-INREVIEW', 'POL-RETIRED', 'POL-UNDATED']) assert.ok(!ids.includes(id), id);
    const onTimeline = model.timeline.items.filter((i) => i.kind === 'document-review').map((i) => i.id);
    assert.deepEqual(onTimeline, ['POL-OVERDUE', 'POL-SOON', 'POL-OK']);
  });

  it('puts reviews on the timeline up to the external audit, and an overdue one whatever its date', () => {
    const items = model.timeline.items.filter((i) => i.kind === 'document-review');
    assert.deepEqual(
      items.map((i) => `${i.id} ${i.date} ${i.state} ${i.overdue ? 'OVERDUE' : ''} ${i.daysLeft}`),
      ['POL-OVERDUE 2026-10-01 overdue OVERDUE -55', 'POL-SOON 2026-12-10 due-soon  15', 'POL-OK 2027-04-01 ok  127'],
    );
    assert.equal(items[0].file, `${ROOT}/policies/overdue.md`);
    // beyond the next external audit (2027-06-01) a review is not on the road yet
    const later = calendarModel(
      workspaceOf({ ...FILES, 'isms.yaml': config('certification:\n  audits:\n    - { type: surveillance-2, date: 2027-01-10 }\n') }),
      TODAY,
    );
    assert.deepEqual(
      later.timeline.items.filter((i) => i.kind === 'document-review').map((i) => i.id),
      ['POL-OVERDUE', 'POL-SOON'],
    );
  });

  it('edge: a department or state filter narrows audits only; document reviews concern the whole ISMS', () => {
    const filtered = filterCalendar(model, { department: 'HR', states: ['planned'] });
    assert.deepEqual(reviewsOf(filtered), reviewsOf(model));
    assert.equal(filtered.timeline.items.filter((i) => i.kind === 'document-review').length, 3);
  });

  it('edge: a workspace without documents has empty document reviews in every month', () => {
    const bare = calendarModel(workspaceOf({ 'isms.yaml': config() }), TODAY);
    assert.ok(bare.months.every((m) => Array.isArray(m.documentReviews) && m.documentReviews.length === 0));
  });
});
