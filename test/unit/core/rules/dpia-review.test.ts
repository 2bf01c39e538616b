import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS703';
const mine = ofCode(CODE);
const GDPR = config('standards: [iso27001:2022, gdpr]\n');

const dpia = (...extra: string[]): string =>
  ['---', 'isms: dpia', 'id: DPIA-01', 'title: Support call recording', 'residual-risk: medium', ...extra, '---', ''].join('\n');

describe('ISMS703 dpia-review', () => {
  it('reports a DPIA whose last review is more than 12 months old, at that date', () => {
    const files = { 'isms.yaml': GDPR, 'privacy/DPIA-01.md': dpia('performed: 2024-05-02', 'reviewed: 2025-06-30', 'status: approved') };
    const found = mine(check(files, '2026-11-25'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(files, found[0]), '2025-06-30');
    assert.match(
      found[0].message,
      /DPIA DPIA-01 \(Support call recording\) was last reviewed on 2025-06-30, more than 12 months ago \(due by 2026-06-30\).*Art\. 35\(11\)/,
    );
  });

  it('does not fire within the interval', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': GDPR, 'd.md': dpia('performed: 2024-05-02', 'reviewed: 2026-06-30') }, '2026-11-25')), []);
  });

  it('edge: without `reviewed`, the interval runs from `performed` (exactly 12 months is in time)', () => {
    const files = { 'isms.yaml': GDPR, 'd.md': dpia('performed: 2025-11-25') };
    assert.deepEqual(mine(check(files, '2026-11-25')), []);
    const [d] = mine(check(files, '2026-11-26'));
    assert.equal(textAt(files, d), '2025-11-25');
    assert.match(
      d.message,
      /DPIA DPIA-01 \(Support call recording\) was performed on 2025-11-25 and not reviewed since, more than 12 months ago \(due by 2026-11-25\)/,
    );
  });

  it('edge: a draft not yet performed is not checked; an approved DPIA without dates is information', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': GDPR, 'd.md': dpia('status: draft') }, '2026-11-25')), []);
    const [d] = mine(check({ 'isms.yaml': GDPR, 'd.md': dpia('status: approved') }, '2026-11-25'));
    assert.equal(d.severity, 'information');
  });

  it('edge: silent when isms.yaml lists no privacy standard', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'd.md': dpia('performed: 2020-01-01') }, '2026-11-25')), []);
  });
});
