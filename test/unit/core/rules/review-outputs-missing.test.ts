import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS206';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const review = (lines: string[], body = ''): Record<string, string> => ({
  'isms.yaml': config(),
  'reviews/MR-2026-02.md': [
    '---',
    'isms: management-review',
    'id: MR-2026-02',
    'title: Management review, second half of 2026',
    'date: 2026-10-20',
    'attendees: [Alex Morgan]',
    ...lines,
    '---',
    '# Minutes',
    body,
    '',
  ].join('\n'),
});

describe('ISMS206 review-outputs-missing', () => {
  it('reports a held review without decisions or an outputs section, at its id', () => {
    const files = review(['status: done'], '## Audit results\n\nSix audits.');
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'MR-2026-02');
    assert.equal(
      d.message,
      'Management review MR-2026-02 (Management review, second half of 2026) was held but records no outputs. List the decisions on continual improvement opportunities and on any need for changes to the ISMS under ‘decisions:’ or in a ‘Decisions’ section (9.3.3).',
    );
  });

  it('does not fire with `decisions:`, or with a decisions or outputs section', () => {
    assert.deepEqual(mine(check(review(['decisions: [Fund the IAM tool in 2027]']), TODAY)), []);
    assert.deepEqual(mine(check(review([], '## Decisions and actions\n\nFund the IAM tool.'), TODAY)), []);
    assert.deepEqual(mine(check(review([], '## Management review outputs\n\nNo changes.'), TODAY)), []);
  });

  it('edge: an empty `decisions: []` is no output; `outputs:` counts', () => {
    assert.equal(mine(check(review(['decisions: []']), TODAY)).length, 1);
    assert.deepEqual(mine(check(review(['outputs: { improvement: Move access reviews into the IAM tool }']), TODAY)), []);
  });

  it('edge: a planned review, a future date or an unreadable status is not judged', () => {
    assert.deepEqual(mine(check(review(['status: planned']), TODAY)), []);
    assert.deepEqual(mine(check(review([]), '2026-10-19')), []);
    assert.deepEqual(mine(check(review(['status: postponed']), TODAY)), []);
    assert.equal(mine(check(review([]), TODAY)).length, 1, 'a past date without status counts as held');
  });
});
