import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS202';
const mine = ofCode(CODE);

/** A review that records something (an attendee): a blank one does not count as held (issue 15.1). */
const review = (id: string, date: string, extra: string[] = []): string =>
  ['---', 'isms: management-review', `id: ${id}`, `date: ${date}`, 'attendees: [Alex Morgan]', ...extra, '---', ''].join('\n');
const CERT = config('certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n');

describe('ISMS202 management-review-overdue', () => {
  it('reports a last review more than 12 months ago as an error, at its date', () => {
    const files = { 'isms.yaml': config(), 'reviews/MR-2025-11.md': review('MR-2025-11', '2025-11-25') };
    const found = mine(check(files, '2026-11-26'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 3, character: 6 }, end: { line: 3, character: 16 } });
    assert.equal(textAt(files, d), '2025-11-25');
    assert.match(d.message, /\(MR-2025-11\) was held on 2025-11-25, more than 12 months ago \(due by 2026-11-25\)/);
  });

  it('does not fire on the day exactly 12 months later', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'r.md': review('MR-2025-11', '2025-11-25') }, '2026-11-25')), []);
  });

  it('edge: leap day: a review on 2028-02-29 is due by 2029-02-28', () => {
    const files = { 'isms.yaml': config(), 'r.md': review('MR-2028-02', '2028-02-29') };
    assert.deepEqual(mine(check(files, '2029-02-28')), []);
    assert.match(mine(check(files, '2029-03-01'))[0].message, /due by 2029-02-28/);
  });

  it('edge: no review at all, no certificate date written, but a surveillance audit held: an error, not silence', () => {
    const files = {
      'isms.yaml': config('certification:\n  audits:\n    - { type: surveillance-1, date: 2026-02-09, status: done }\n'),
    };
    const [d] = mine(check(files, '2026-11-25'));
    assert.equal(d?.severity, 'error');
    assert.match(d.message, /No management review is recorded\. Top management must review/);
    // before that surveillance audit nothing says the certificate is a year old yet
    assert.deepEqual(mine(check(files, '2026-02-01')), []);
  });

  it('edge: no review at all is reported at isms.yaml once there is a certificate, not before', () => {
    const [d] = mine(check({ 'isms.yaml': CERT }, '2026-01-10'));
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.deepEqual(d.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } });
    assert.match(d.message, /No management review is recorded/);
    assert.deepEqual(mine(check({ 'isms.yaml': config() }, '2026-01-10')), []);
  });

  it('edge: a review with status planned, even in the past, is not a held review', () => {
    const files = {
      'isms.yaml': CERT,
      'a.md': review('MR-2025-11', '2025-11-25'),
      'b.md': review('MR-2026-11', '2026-11-20', ['status: planned']),
    };
    assert.equal(mine(check(files, '2026-12-01')).length, 1);
    assert.deepEqual(mine(check({ ...files, 'b.md': review('MR-2026-11', '2026-11-20') }, '2026-12-01')), []);
  });

  it('edge: a review dated in the future does not count yet', () => {
    const files = { 'isms.yaml': CERT, 'a.md': review('MR-2025-01', '2025-01-20'), 'b.md': review('MR-2026-03', '2026-03-10') };
    const [d] = mine(check(files, '2026-02-01'));
    assert.equal(d.file, `${ROOT}/a.md`);
  });

  describe('no review recorded yet (issue 15.10: a new ISMS starts clean)', () => {
    const planned = (date: string) =>
      ['---', 'isms: management-review', 'id: MR-1', `date: ${date}`, 'status: planned', '---', ''].join('\n');

    it('a certification block with no dates (as "Initialise ISMS workspace" writes it) is an ISMS still being built', () => {
      const files = { 'isms.yaml': config('certification:\n  body:\n  certificate:\n  audits:\n') };
      assert.deepEqual(mine(check(files, '2026-11-25')), []);
    });

    it('a certification audit still ahead: nothing yet', () => {
      const files = { 'isms.yaml': config('certification:\n  audits:\n    - { type: certification, date: 2027-03-01 }\n') };
      assert.deepEqual(mine(check(files, '2026-11-25')), []);
    });

    it('a certificate under a year old: a note, not an error; none when a review is planned by its anniversary', () => {
      const [note] = mine(check({ 'isms.yaml': CERT }, '2026-01-10'));
      assert.equal(note.severity, 'information');
      assert.match(note.message, /No management review is recorded yet\. .* by 2026-03-14\.$/);
      assert.deepEqual(mine(check({ 'isms.yaml': CERT, 'r.md': planned('2026-02-20') }, '2026-01-10')), []);
      assert.equal(mine(check({ 'isms.yaml': CERT, 'r.md': planned('2026-05-20') }, '2026-01-10')).length, 1, 'planned too late');
    });

    it('a certificate over a year old with no review recorded is still an error, planned review or not', () => {
      const cases: Record<string, string>[] = [{ 'isms.yaml': CERT }, { 'isms.yaml': CERT, 'r.md': planned('2026-04-20') }];
      for (const files of cases) {
        const [d] = mine(check(files, '2026-03-15'));
        assert.equal(d.severity, 'error');
        assert.match(d.message, /^No management review is recorded\. /);
      }
    });
  });
});
