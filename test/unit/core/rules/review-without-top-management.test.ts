import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS205';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const CFG = config('top-management: [Alex Morgan, Priya Shah]\n');
const review = (fields: string): string => `---\nisms: management-review\nid: MR-2026-02\ndate: 2026-10-20\n${fields}---\nNotes.\n`;

describe('ISMS205 review-without-top-management', () => {
  it('reports a held review whose attendees include no one of top management, at the attendees', () => {
    const files = { 'isms.yaml': CFG, 'reviews/MR-2026-02.md': review('attendees: [Sam Smith, Dana Lee]\n') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), '[Sam Smith, Dana Lee]');
    assert.equal(
      d.message,
      'Management review MR-2026-02 lists none of top management (Alex Morgan, Priya Shah) among its attendees (Sam Smith, Dana Lee). Top management must review the ISMS itself; record who of them took part.',
    );
  });

  it('does not fire when one of top management attended, matched forgivingly (case, spaces, a role)', () => {
    for (const attendees of [
      '[Priya Shah, Sam Smith]',
      '[" alex  MORGAN (CEO)"]',
      '["Alex Morgan, Chief Executive"]',
      '[{ name: priya shah, role: CFO }]',
      'Alex Morgan',
    ]) {
      assert.deepEqual(mine(check({ 'isms.yaml': CFG, 'r.md': review(`attendees: ${attendees}\n`) }, TODAY)), [], attendees);
    }
  });

  it('says so when the review records no attendees at all, at the review', () => {
    const files = { 'isms.yaml': CFG, 'r.md': review('') };
    const [d] = mine(check(files, TODAY));
    assert.equal(textAt(files, d), 'MR-2026-02');
    assert.match(
      d.message,
      /is recorded as held but lists no ‘attendees’, so it cannot show that top management \(Alex Morgan, Priya Shah\) took part/,
    );
  });

  it('edge: not without `top-management` in isms.yaml, not for a planned review, and not for a near-miss name', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'r.md': review('attendees: [Sam Smith]\n') }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': CFG, 'r.md': review('status: planned\nattendees: [Sam Smith]\n') }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': CFG, 'r.md': review('attendees: [Sam Smith]\n') }, '2026-10-19')), []);
    assert.equal(mine(check({ 'isms.yaml': CFG, 'r.md': review('attendees: [Alexandra Morganstein]\n') }, TODAY)).length, 1);
  });
});

describe('ISMS205 without top-management in isms.yaml (issue 15.1)', () => {
  it('a held review with no attendees at all is reported all the same', () => {
    const files = { 'isms.yaml': config(), 'r.md': '---\nisms: management-review\nid: MR-2026-02\ndate: 2026-01-10\nstatus: done\n---\n' };
    const [d] = ofCode('ISMS205')(check(files, '2026-03-01'));
    assert.match(
      d.message,
      /^Management review MR-2026-02 is recorded as held but lists no ‘attendees’, so it cannot show that top management took part/,
    );
  });
});
