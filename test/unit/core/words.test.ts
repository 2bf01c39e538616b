/** The small words of running text (issue 15.6): articles by the following word, counts with their noun. */
import * as assert from 'node:assert/strict';
import { article, countOf, withArticle } from '../../../src/core/words';
import { inDayCount } from '../../../src/core/dates';
import { CYCLE_AUDIT_LABELS, cycleAuditName, milestoneName } from '../../../src/core/cycle/cycle';

describe('core: words of running text (issue 15.6)', () => {
  it('"an" before a vowel sound, "a" before a consonant sound', () => {
    assert.equal(withArticle('incident'), 'an incident');
    assert.equal(withArticle('internal audit'), 'an internal audit');
    assert.equal(withArticle('objective'), 'an objective');
    assert.equal(withArticle('management review'), 'a management review');
    assert.equal(withArticle('corrective action'), 'a corrective action');
  });

  it('edge: by the sound, not the letter — "a user", "a unique", "a one-off", "an hour"', () => {
    assert.deepEqual(['user', 'unique id', 'one-off review', 'hour', 'Uber', 'Incident'].map(article), ['a', 'a', 'a', 'an', 'an', 'an']);
  });

  it('"1 error", "2 errors", "0 errors", and an irregular plural', () => {
    assert.deepEqual(
      [countOf(1, 'error'), countOf(2, 'error'), countOf(0, 'error'), countOf(2, 'ISMS', 'ISMSs')],
      ['1 error', '2 errors', '0 errors', '2 ISMSs'],
    );
  });

  it('"today", "tomorrow", "in 54 days" — never "in 0 days"', () => {
    assert.deepEqual([0, 1, 2, 54].map(inDayCount), ['today', 'tomorrow', 'in 2 days', 'in 54 days']);
  });

  it('cycle audits by ordinal: "the second surveillance audit", capitalised as a label', () => {
    assert.equal(cycleAuditName('surveillance-1'), 'first surveillance audit');
    assert.equal(cycleAuditName('surveillance-2'), 'second surveillance audit');
    assert.equal(CYCLE_AUDIT_LABELS['surveillance-2'], 'Second surveillance audit');
    assert.equal(CYCLE_AUDIT_LABELS.recertification, 'Recertification audit');
    assert.equal(milestoneName({ type: 'surveillance-2', label: 'Second surveillance audit' }), 'second surveillance audit');
    assert.equal(milestoneName({ type: 'certificate-expiry', label: 'Certificate C-1 expires' }), 'Certificate C-1 expires');
  });
});
