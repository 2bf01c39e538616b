/**
 * The review pack's 9.1 results of controls in operation (issue 18.6): the occurrences of each activity
 * due in the review period (after the last review, up to today) and whether evidence proves them, the
 * evidence effective in the period, and the evidence expired or with renewal due.
 */
import * as assert from 'node:assert/strict';
import { reviewPack } from '../../../../src/core/export';
import { config, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';

const review = (d: string): string =>
  `---\nisms: management-review\nid: MR-1\ndate: ${d}\nstatus: done\nattendees: [Alex Morgan]\ndecisions: [Keep going]\n---\n`;
const ACTS = [
  'isms: control-activities',
  'records:',
  '  - { id: ACT-R, title: Restore test, controls: [A.8.13], schedule: monthly, day: 31, start: 2026-01-01 }',
  '  - { id: ACT-Q, title: "Access | review *bold*", controls: [A.5.18], schedule: quarterly, start: 2026-01-15 }',
  '  - { id: ACT-X, title: Unreadable, schedule: sometimes, start: 2026-01-01 }',
  '',
].join('\n');
const EVIDENCE = [
  'isms: evidence',
  'records:',
  // restore tests: every month to August proven but February and September (due 2026-09-30) and October
  ...['01-30', '03-30', '04-29', '05-31', '06-30', '07-31', '08-28'].map(
    (md, i) => `  - { id: EV-R${i}, title: Restore ${md}, activity: ACT-R, effective: 2026-${md}, valid-months: 1 }`,
  ),
  '  - { id: EV-Q1, title: Review Q3, activity: ACT-Q, effective: 2026-07-16, valid-months: 3 }',
  '  - { id: EV-CERT, title: Cloud certificate, controls: [A.5.23], effective: 2025-12-16, valid-until: 2026-12-15 }',
  '  - { id: EV-PEN, title: Pen test, controls: [A.8.8], effective: 2025-10-20, valid-until: 2026-10-31 }',
  '  - { id: EV-BAD, title: Bad, controls: [A.8.8], effective: someday }',
  '',
].join('\n');

const section = (files: Record<string, string>): string => {
  const md = reviewPack(workspaceOf({ 'isms.yaml': config(), 'acts.yaml': ACTS, 'ev.yaml': EVIDENCE, ...files }), TODAY).markdown;
  const start = md.indexOf('### Controls in operation (9.1)');
  assert.ok(start >= 0, md);
  return md.slice(start, md.indexOf('### Awareness results'));
};
const row = (md: string, id: string): string => md.split('\n').find((l) => l.startsWith(`| ${id} |`)) ?? '';

describe('review pack: 9.1 controls in operation (issue 18.6)', () => {
  it('counts the occurrences due after the last review, proven or not, with the unproven due dates', () => {
    const md = section({ 'mr.md': review('2026-06-15') });
    // ACT-R: due 06-30, 07-31, 08-31, 09-30, 10-31 in the period; 06-30, 07-31 and (early, by 08-28) 08-31 proven
    assert.match(row(md, 'ACT-R'), /\| every month on day 31 \| 5 \| 3 \| 2026-09-30, 2026-10-31 \| overdue \|$/);
    // ACT-Q: due 07-15 (proven late by 07-16) and 10-15 (unproven)
    assert.match(row(md, 'ACT-Q'), /\| 2 \| 1 \| 2026-10-15 \| overdue \|$/);
    assert.match(md, /occurrences due in the period: 7, \*\*4 proven\*\* by evidence, \*\*3 not proven\*\*/);
    assert.match(row(md, 'ACT-X'), /\| — \| — \| — \| — \| unknown \(ISMS006\) \|$/);
  });

  it('escapes record text in the tables', () => {
    assert.ok(row(section({}), 'ACT-Q').includes('Access \\| review \\*bold\\*'), row(section({}), 'ACT-Q'));
  });

  it('lists the evidence effective in the period only, by date', () => {
    const md = section({ 'mr.md': review('2026-06-15') });
    const part = md.slice(md.indexOf('#### Evidence effective'), md.indexOf('#### Evidence expired'));
    const ids = part
      .split('\n')
      .filter((l) => /^\| EV-/.test(l))
      .map((l) => l.split(' | ')[0].slice(2));
    assert.deepEqual(ids, ['EV-R4', 'EV-Q1', 'EV-R5', 'EV-R6']);
    assert.match(part, /^#### Evidence effective in the period \(4\)/);
  });

  it('lists the expired and renewal-due evidence that stands alone, and counts what cannot be read', () => {
    const md = section({ 'mr.md': review('2026-06-15') });
    const part = md.slice(md.indexOf('#### Evidence expired'));
    assert.match(row(part, 'EV-PEN'), /\| 2025-10-20 \| 2026-10-31 \| expired \|$/);
    assert.match(row(part, 'EV-CERT'), /\| 2026-12-15 \| renewal due \|$/);
    assert.equal(row(part, 'EV-R6'), '', 'evidence of an activity is renewed by the activity');
    assert.match(part, /Evidence whose validity cannot be read \(ISMS006, ISMS002\): 1\./);
  });

  it('without a review held, the period is the whole life of the ISMS', () => {
    const md = section({});
    // ACT-R: due 01-31 … 10-31 (10); 03-30 proves February (late), 04-29 March (late): April stays unproven
    assert.match(row(md, 'ACT-R'), /\| 10 \| 7 \| 2026-04-30, 2026-09-30, 2026-10-31 \| overdue \|$/);
  });

  it('says so when there is nothing', () => {
    const md = reviewPack(workspaceOf({ 'isms.yaml': config() }), TODAY).markdown;
    assert.match(md, /### Controls in operation \(9\.1\)\n\nRecurring control activities: 0; occurrences due in the period: 0/);
  });
});
