import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS203';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const ALL_INPUTS = [
  'previous-actions',
  'changes-in-issues',
  'interested-parties-needs',
  'nonconformities',
  'monitoring-measurement',
  'audit-results',
  'objectives',
  'interested-parties-feedback',
  'risk-assessment',
  'improvement-opportunities',
];
const review = (inputs: string[], extra: string[] = [], body = ''): string =>
  [
    '---',
    'isms: management-review',
    'id: MR-2026-01',
    'date: 2026-01-20',
    ...extra,
    ...(inputs.length ? ['inputs:', ...inputs.map((k) => `  ${k}: Discussed, see minutes`)] : []),
    '---',
    body,
  ].join('\n');

/** The minutes: each heading with something under it (a bare heading records nothing, issue 15.1). */
const minutes = (headings: readonly string[]): string => headings.map((h) => `${h}\n\nDiscussed.\n`).join('\n');

const HEADINGS = [
  '## Status of actions from previous reviews',
  '## Changes in external and internal issues',
  '## Changes in needs and expectations of interested parties',
  '## Nonconformities and corrective actions',
  '## Monitoring and measurement results',
  '## Audit results',
  '## Fulfilment of information security objectives',
  '## Feedback from interested parties',
  '## Risk assessment and treatment',
  '## Opportunities for continual improvement',
];

describe('ISMS203 management-review-inputs', () => {
  it('reports a held review missing inputs, at its id, naming each missing input with its clause and key', () => {
    const files = {
      'isms.yaml': config(),
      'reviews/MR-2026-01.md': review(ALL_INPUTS.filter((k) => k !== 'objectives' && k !== 'interested-parties-feedback')),
    };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 14 } });
    assert.equal(textAt(files, d), 'MR-2026-01');
    assert.match(d.message, /does not cover these inputs of 9\.3\.2: /);
    assert.match(d.message, /9\.3\.2 d 4 trends in fulfilment of information security objectives \(‘objectives’\)/);
    assert.match(d.message, /9\.3\.2 e feedback from interested parties \(‘interested-parties-feedback’\)/);
    assert.doesNotMatch(d.message, /9\.3\.2 [abcfg] /);
    assert.doesNotMatch(d.message, /9\.3\.2 d [123]/);
  });

  it('does not fire when all ten inputs are given under `inputs:`', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'r.md': review(ALL_INPUTS) }, TODAY)), []);
  });

  it('edge: the inputs as `##` sections of the body count the same', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'r.md': review([], [], minutes(HEADINGS)) }, TODAY)), []);
    const [d] = mine(check({ 'isms.yaml': config(), 'r.md': review([], [], minutes(HEADINGS.slice(1))) }, TODAY));
    assert.match(
      d.message,
      /does not cover this input of 9\.3\.2: 9\.3\.2 a status of actions from previous management reviews \(‘previous-actions’\)/,
    );
  });

  it('edge: each of the four trends of d is its own input', () => {
    const [d] = mine(check({ 'isms.yaml': config(), 'r.md': review(ALL_INPUTS.filter((k) => k !== 'monitoring-measurement')) }, TODAY));
    assert.match(d.message, /this input of 9\.3\.2: 9\.3\.2 d 2 trends in monitoring and measurement results/);
  });

  it('edge: an input left empty is not covered', () => {
    const text = review(ALL_INPUTS).replace('  risk-assessment: Discussed, see minutes', '  risk-assessment:');
    const [d] = mine(check({ 'isms.yaml': config(), 'r.md': text }, TODAY));
    assert.match(d.message, /9\.3\.2 f/);
  });

  it('edge: a "Risks and opportunities" heading (6.1) is risk assessment, not 9.3.2 g opportunities for continual improvement', () => {
    // "Risks and opportunities" is the 6.1 subject (input f); 9.3.2 g is continual improvement (10.1).
    const headings = [...HEADINGS.slice(0, 8), '## Risks and opportunities'];
    const found = mine(check({ 'isms.yaml': config(), 'r.md': review([], [], minutes(headings)) }, TODAY));
    assert.equal(found.length, 1, '9.3.2 g is reported as missing');
    assert.match(found[0].message, /9\.3\.2 g opportunities for continual improvement/);
    assert.doesNotMatch(found[0].message, /9\.3\.2 f/);
  });

  it('edge: a planned review (even in the past) is not checked yet; a review in the future neither', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'r.md': review([], ['status: planned']) }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'r.md': review([]) }, '2026-01-19')), []);
  });

  describe('ISO 22301:2019 9.3.2 when the review covers the BCMS', () => {
    const BCMS = config('standards: [iso27001:2022, iso22301:2019]\n');
    const CONTINUITY_HEADINGS = [
      '## Need for changes to the BCMS, policy and objectives',
      '## Resources and procedures',
      '## BIA and risk assessment',
      '## Exercise results and evaluation of capabilities',
      '## Risks not adequately addressed',
      '## Lessons learned from near-misses and disruptions',
    ];

    it('reports the 22301 inputs a joint review misses, with their 22301 clause', () => {
      const [d] = mine(check({ 'isms.yaml': BCMS, 'r.md': review([], [], minutes(HEADINGS)) }, TODAY));
      assert.match(d.message, /ISO 22301 9\.3\.2 e the need for changes to the BCMS/);
      assert.match(
        d.message,
        /ISO 22301 9\.3\.2 g information from the business impact analysis and risk assessment \(‘bia-risk-assessment’\)/,
      );
      assert.match(
        d.message,
        /ISO 22301 9\.3\.2 j lessons learned and actions arising from near-misses and disruptions \(‘lessons-learned’\)/,
      );
      assert.doesNotMatch(d.message, /9\.3\.2 [a-g] (?!the need|procedures|information)/, 'the 27001 inputs are all there');
    });

    it('does not fire when the 27001 and 22301 inputs are all covered, as headings or as keys', () => {
      assert.deepEqual(
        mine(check({ 'isms.yaml': BCMS, 'r.md': review([], [], minutes([...HEADINGS, ...CONTINUITY_HEADINGS])) }, TODAY)),
        [],
      );
      const keys = [
        ...ALL_INPUTS,
        'bcms-changes',
        'bc-resources',
        'bia-risk-assessment',
        'bc-capabilities',
        'unaddressed-risks',
        'lessons-learned',
      ];
      assert.deepEqual(mine(check({ 'isms.yaml': BCMS, 'r.md': review(keys) }, TODAY)), []);
    });

    it("edge: the review's own `standards:` wins over isms.yaml — an ISMS-only review of an integrated system needs no 22301 inputs", () => {
      assert.deepEqual(mine(check({ 'isms.yaml': BCMS, 'r.md': review(ALL_INPUTS, ['standards: [iso27001:2022]']) }, TODAY)), []);
      const [d] = mine(check({ 'isms.yaml': config(), 'r.md': review(ALL_INPUTS, ['standards: [iso27001:2022, iso22301]']) }, TODAY));
      assert.match(d.message, /ISO 22301 9\.3\.2 h/);
    });

    it("edge: a review of the BCMS alone needs 22301's inputs only — the shared ones under their 22301 letters, not 27001's c, d 4 or f", () => {
      const shared = [
        'previous-actions',
        'changes-in-issues',
        'nonconformities',
        'monitoring-measurement',
        'audit-results',
        'interested-parties-feedback',
        'improvement-opportunities',
      ];
      assert.deepEqual(
        mine(check({ 'isms.yaml': BCMS, 'r.md': review(shared, ['standards: [iso22301:2019]'], minutes(CONTINUITY_HEADINGS)) }, TODAY)),
        [],
      );
      const [d] = mine(
        check({ 'isms.yaml': BCMS, 'r.md': review(shared.slice(1), ['standards: [iso22301:2019]'], minutes(CONTINUITY_HEADINGS)) }, TODAY),
      );
      assert.match(d.message, /this input of 9\.3\.2: ISO 22301 9\.3\.2 a status of actions from previous management reviews/);
    });

    it('edge: phrases match at the start of a word — "BIA" is a heading, "Namibia" is not', () => {
      const headings = [...HEADINGS, ...CONTINUITY_HEADINGS.filter((h) => !h.includes('BIA')), '## Office move to Namibia'];
      const [d] = mine(check({ 'isms.yaml': BCMS, 'r.md': review([], [], minutes(headings)) }, TODAY));
      assert.match(d.message, /this input of 9\.3\.2: ISO 22301 9\.3\.2 g/);
    });

    it('edge: ISO 27701, GDPR and POPIA add no inputs', () => {
      const privacy = config('standards: [iso27001:2022, iso27701:2019, gdpr, popia]\n');
      assert.deepEqual(mine(check({ 'isms.yaml': privacy, 'r.md': review(ALL_INPUTS) }, TODAY)), []);
    });
  });
});
