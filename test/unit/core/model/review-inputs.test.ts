/**
 * Management review inputs are recognised by meaning: the headings and `inputs:` keys practitioners write
 * name the 9.3.2 input they hold, and phrasings that only look alike name none.
 */
import * as assert from 'node:assert/strict';
import { coveredInputs, inputsNamedBy, inputsNamedByKey, REVIEW_INPUTS } from '../../../../src/core/model/reviewInputs';

/** heading → the inputs it must name (exactly) */
const NAMED: readonly [string, readonly string[]][] = [
  ['Actions from the last review', ['previous-actions']],
  ['Status of previous actions', ['previous-actions']],
  ['Action log', ['previous-actions']],
  ['Changes in context', ['changes-in-issues']],
  ['Internal and external issues', ['changes-in-issues']],
  ['Interested parties', ['interested-parties-needs', 'interested-parties-feedback']],
  ['Changes in needs and expectations of interested parties', ['interested-parties-needs']],
  ['Feedback from interested parties', ['interested-parties-feedback']],
  ['Customer complaints', ['interested-parties-feedback']],
  ['Nonconformities and corrective actions', ['nonconformities']],
  ['KPIs and metrics', ['monitoring-measurement']],
  ['Monitoring and measurement results', ['monitoring-measurement']],
  ['Internal audit findings', ['audit-results']],
  ['Audit results', ['audit-results']],
  ['External audit report', ['audit-results']],
  ['Objectives', ['objectives']],
  ['Risk assessment results', ['risk-assessment']],
  ['Status of the risk treatment plan', ['risk-assessment']],
  ['Opportunities for improvement', ['improvement-opportunities']],
  ['OFIs', ['improvement-opportunities']],
  ['BIA results', ['bia-risk-assessment']],
];

/** headings that must name no input */
const UNNAMED: readonly string[] = [
  'Namibia office',
  'Attendees',
  'Agenda',
  'Priorities for next year',
  'Capacity planning',
  'Any other business',
];

describe('management review inputs by meaning', () => {
  for (const [heading, keys] of NAMED) {
    it(`"${heading}" names ${keys.join(' and ')}`, () => {
      assert.deepEqual(inputsNamedBy(heading.toLowerCase()), [...keys]);
      assert.deepEqual(inputsNamedBy(heading), [...keys], 'in any case');
    });
  }

  it('phrasings that only look alike name nothing', () => {
    for (const heading of UNNAMED) assert.deepEqual(inputsNamedBy(heading.toLowerCase()), [], heading);
  });

  it('`inputs:` keys are read like headings, words joined by hyphens or underscores', () => {
    assert.deepEqual(inputsNamedByKey('actions-from-the-last-review'), ['previous-actions']);
    assert.deepEqual(inputsNamedByKey('kpis_and_metrics'), ['monitoring-measurement']);
    assert.deepEqual(inputsNamedByKey('internal-audit-findings'), ['audit-results']);
    assert.deepEqual(inputsNamedByKey('Interested parties'), ['interested-parties-needs', 'interested-parties-feedback']);
    assert.deepEqual(inputsNamedByKey('feedback-from-interested-parties'), ['interested-parties-feedback']);
    assert.deepEqual(inputsNamedByKey('namibia-office'), []);
    // an input's own key names it alone
    assert.deepEqual(inputsNamedByKey('risk-assessment'), ['risk-assessment']);
  });

  it('a review whose sections are named the practitioner way covers every 27001 input', () => {
    const headings = [
      'Actions from the last review',
      'Changes in context',
      'Interested parties',
      'Nonconformities and corrective actions',
      'KPIs and metrics',
      'Internal audit findings',
      'Objectives',
      'Risk assessment results',
      'Opportunities for improvement',
    ].map((h) => h.toLowerCase());
    const covered = coveredInputs(undefined, headings);
    assert.deepEqual(
      REVIEW_INPUTS.map((i) => i.key).filter((k) => !covered.has(k)),
      [],
    );
  });
});
