import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS943';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);
const LEVEL = config('risk: { acceptance-level: 8 }\n');

const risks = (lines: string[], cfg = LEVEL): Record<string, string> => ({
  'isms.yaml': cfg,
  'registers/risks.yaml': [
    'isms: risks',
    'records:',
    '  - id: R-023',
    '    title: Single backup region',
    '    owner: Sam Smith',
    '    likelihood: 3',
    '    impact: 5',
    '    reviewed: 2026-09-22',
    ...lines,
    '',
  ].join('\n'),
});

describe('ISMS943 residual-risk-not-accepted', () => {
  it('reports a residual score above the acceptance level without acceptance, at the residual likelihood', () => {
    const files = risks(['    treatment: modify', '    residual-likelihood: 2', '    residual-impact: 5']);
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), '2');
    assert.equal(
      d.message,
      "Risk R-023 (Single backup region) has a residual score 10 (likelihood 2 × impact 5), above the acceptance level of 8, without its owner Sam Smith's acceptance. Treat it further, or record the acceptance in ‘accepted-by:’ and ‘accepted:’ (6.1.3 f).",
    );
  });

  it('does not fire once the owner accepted it, or at or below the level', () => {
    assert.deepEqual(
      mine(check(risks(['    residual: 10', '    accepted-by: sam smith (Head of IT)', '    accepted: 2026-04-22']), TODAY)),
      [],
    );
    assert.deepEqual(mine(check(risks(['    residual: 8']), TODAY)), []);
  });

  it('edge: without `risk.acceptance-level` the rule is silent', () => {
    assert.deepEqual(mine(check(risks(['    residual: 25'], config()), TODAY)), []);
  });

  it('edge: a retained risk without residual fields keeps its likelihood × impact', () => {
    const files = risks(['    treatment: retain']);
    const [d] = mine(check(files, TODAY));
    assert.equal(textAt(files, d), 'retain');
    assert.match(d.message, /has a score 15 \(likelihood 3 × impact 5, retained untreated\)/);
    assert.deepEqual(mine(check(risks(['    treatment: modify']), TODAY)), [], 'a treated risk without a residual score is not judged');
  });

  it('edge: acceptance by someone other than the owner, and a half-recorded acceptance, are reported', () => {
    const files = risks(['    residual: 12', '    accepted-by: Alex Morgan', '    accepted: 2026-04-22']);
    const [d] = mine(check(files, TODAY));
    assert.equal(textAt(files, d), 'Alex Morgan');
    assert.match(d.message, /accepted by Alex Morgan, not by its owner Sam Smith\. The risk owner accepts the residual risk/);
    assert.match(
      mine(check(risks(['    residual: 12', '    accepted-by: Sam Smith']), TODAY))[0].message,
      /record the acceptance in ‘accepted:’ \(6\.1\.3 f\)/,
    );
  });

  it('edge: an unreadable acceptance date is ISMS002’s; closed risks are exempt; a bad level is reported at isms.yaml', () => {
    assert.deepEqual(mine(check(risks(['    residual: 12', '    accepted-by: Sam Smith', '    accepted: 2026-02-30']), TODAY)), []);
    assert.deepEqual(mine(check(risks(['    residual: 12', '    status: closed']), TODAY)), []);
    const diags = check(risks(['    residual: 12'], config('risk: { acceptance-level: high }\n')), TODAY);
    assert.deepEqual(mine(diags), []);
    assert.ok(diags.some((d) => d.code === 'ISMS006' && /acceptance-level/.test(d.message)));
  });
});
