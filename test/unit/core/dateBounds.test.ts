/**
 * The rules at the ends of the calendar (issue 14.22, 14.23): a review held on 9999-12-31 is not
 * overdue (its next due date no longer becomes year 10000, which sorted before 2026), and a record of
 * the first century is not read as 19xx.
 */
import * as assert from 'node:assert/strict';
import { check, codes, config } from '../support/memory';

const review = (date: string): string =>
  `---\nisms: management-review\nid: MR-1\ndate: ${date}\nstatus: done\nattendees: [Alex Morgan]\n---\n`;

describe('core: rules at the ends of the calendar', () => {
  it('a management review held on 9999-12-31 is not overdue on that day', () => {
    const found = codes(check({ 'isms.yaml': config(), 'MR-1.md': review('9999-12-31') }, '9999-12-31'));
    assert.deepEqual(
      found.filter((c) => /ISMS20[12]/.test(c)),
      [],
    );
  });

  it('a review of 0050-06-01 is overdue in 0051-07, not (as 1950) decades later', () => {
    const found = codes(check({ 'isms.yaml': config(), 'MR-1.md': review('0050-06-01') }, '0051-07-01'));
    assert.ok(
      found.some((c) => c.endsWith('ISMS202')),
      found.join(', '),
    );
  });
});
