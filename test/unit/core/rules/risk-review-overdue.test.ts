import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS942';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const risks = (lines: string[], cfg = config()): Record<string, string> => ({
  'isms.yaml': cfg,
  'registers/risks.yaml': [
    'isms: risks',
    'records:',
    '  - id: R-022',
    '    title: Laptop theft',
    '    owner: Sam Smith',
    ...lines,
    '',
  ].join('\n'),
});

describe('ISMS942 risk-review-overdue', () => {
  it('reports a risk last reviewed more than 12 months ago, at its `reviewed:` date', () => {
    const files = risks(['    status: open', '    reviewed: 2025-11-24']);
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), '2025-11-24');
    assert.equal(
      d.message,
      'Risk R-022 (Laptop theft) was last reviewed on 2025-11-24; reviews are due every 12 months, so one was due by 2026-11-24. Review it and record the date in ‘reviewed:’ (8.2: risk assessments at planned intervals).',
    );
  });

  it('does not fire within the interval', () => {
    assert.deepEqual(mine(check(risks(['    reviewed: 2026-01-10']), TODAY)), []);
  });

  it('edge: exactly 12 months is not overdue yet', () => {
    assert.deepEqual(mine(check(risks(['    reviewed: 2025-11-25']), TODAY)), []);
  });

  it('edge: without `reviewed:` the `identified:` date counts; with neither nothing is concluded', () => {
    const files = risks(['    identified: 2025-06-01']);
    const [d] = mine(check(files, TODAY));
    assert.equal(textAt(files, d), '2025-06-01');
    assert.match(d.message, /was identified on 2025-06-01 and not reviewed since/);
    assert.deepEqual(mine(check(risks([]), TODAY)), []);
  });

  it('edge: an unreadable `reviewed:` is ISMS002’s, not replaced by `identified:`', () => {
    const diags = check(risks(['    identified: 2024-01-01', '    reviewed: 2026-02-30']), TODAY);
    assert.deepEqual(mine(diags), []);
    assert.ok(diags.some((d) => d.code === 'ISMS002'));
  });

  it('edge: `risk.review-months` from isms.yaml; closed risks and unreadable statuses are exempt', () => {
    assert.equal(mine(check(risks(['    reviewed: 2026-04-01'], config('risk: { review-months: 6 }\n')), TODAY)).length, 1);
    assert.match(
      mine(check(risks(['    reviewed: 2026-10-01'], config('risk: { review-months: 1 }\n')), TODAY))[0].message,
      /every 1 month,/,
    );
    assert.deepEqual(mine(check(risks(['    status: closed', '    reviewed: 2020-01-01']), TODAY)), []);
    assert.deepEqual(mine(check(risks(['    status: gone', '    reviewed: 2020-01-01']), TODAY)), []);
  });
});
