import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS201';
const mine = ofCode(CODE);

/** A review that records something (an attendee): a blank one does not count as held (issue 15.1). */
const review = (id: string, date: string, extra: string[] = []): string =>
  ['---', 'isms: management-review', `id: ${id}`, `date: ${date}`, 'attendees: [Alex Morgan]', ...extra, '---', ''].join('\n');
const six = config('management-review: { interval-months: 6 }\n');

describe('ISMS201 management-review-interval', () => {
  it('reports the last review once the configured interval has passed, at its date', () => {
    const files = { 'isms.yaml': six, 'reviews/MR-2026-01.md': review('MR-2026-01', '2026-01-20') };
    const found = mine(check(files, '2026-08-01'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/reviews/MR-2026-01.md`);
    assert.deepEqual(d.range, { start: { line: 3, character: 6 }, end: { line: 3, character: 16 } });
    assert.equal(textAt(files, d), '2026-01-20');
    assert.match(d.message, /\(MR-2026-01\) was held on 2026-01-20; the planned interval of 6 months made the next one due on 2026-07-20/);
  });

  it('does not fire within the interval', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': six, 'reviews/MR.md': review('MR-2026-01', '2026-01-20') }, '2026-07-01')), []);
  });

  it('edge: due today is not late; month end 2026-01-31 + 6 months is 2026-07-31', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': six, 'r.md': review('MR-2026-01', '2026-01-20') }, '2026-07-20')), []);
    assert.deepEqual(mine(check({ 'isms.yaml': six, 'r.md': review('MR-2026-01', '2026-01-31') }, '2026-07-31')), []);
    assert.match(
      mine(check({ 'isms.yaml': six, 'r.md': review('MR-2026-01', '2026-01-31') }, '2026-08-01'))[0].message,
      /due on 2026-07-31/,
    );
  });

  it('edge: the default interval is 6 months; interval-months 12 leaves it to ISMS202', () => {
    assert.equal(mine(check({ 'isms.yaml': config(), 'r.md': review('MR-2026-01', '2026-01-20') }, '2026-08-01')).length, 1);
    assert.deepEqual(
      mine(
        check(
          { 'isms.yaml': config('management-review: { interval-months: 12 }\n'), 'r.md': review('MR-2026-01', '2026-01-20') },
          '2026-08-01',
        ),
      ),
      [],
    );
  });

  it("edge: past 12 months it is ISMS202's error instead, not both", () => {
    const diags = check({ 'isms.yaml': six, 'r.md': review('MR-2026-01', '2026-01-20') }, '2027-02-01');
    assert.deepEqual(mine(diags), []);
    assert.equal(diags.filter((d) => d.code === 'ISMS202').length, 1);
  });

  it('edge: a later review with status planned does not count as held', () => {
    const files = {
      'isms.yaml': six,
      'a.md': review('MR-2026-01', '2026-01-20'),
      'b.md': review('MR-2026-07', '2026-07-15', ['status: planned']),
    };
    const [d] = mine(check(files, '2026-08-01'));
    assert.equal(d.file, `${ROOT}/a.md`);
    const held = { ...files, 'b.md': review('MR-2026-07', '2026-07-15') };
    assert.deepEqual(mine(check(held, '2026-08-01')), []);
  });
});

describe('ISMS201/ISMS202: a blank review marked done is not a held one (issue 15.1)', () => {
  const blank = (id: string, date: string, body = ''): string =>
    ['---', 'isms: management-review', `id: ${id}`, `date: ${date}`, 'status: done', 'attendees: []', 'decisions: []', '---', body].join(
      '\n',
    );
  const files = (later: string) => ({ 'isms.yaml': six, 'a.md': review('MR-2026-01', '2026-01-20'), 'b.md': later });

  it('a later done review with nothing in it does not clear ISMS201, and is itself reported (ISMS205, ISMS203, ISMS206)', () => {
    const found = check(files(blank('MR-2026-02', '2026-07-25', '## Audit results\n\n<!-- 9.3.2 d 3 -->\n')), '2026-08-01');
    const [d] = mine(found);
    assert.match(d.message, /\(MR-2026-01\) was held on 2026-01-20/);
    const onBlank = found.filter((x) => x.file === `${ROOT}/b.md`).map((x) => x.code);
    assert.deepEqual(onBlank.sort(), ['ISMS203', 'ISMS205', 'ISMS206']);
    const isms205 = found.find((x) => x.code === 'ISMS205');
    assert.match(isms205?.message ?? '', /does not count as a held review/);
  });

  it('the same review with one thing recorded (an attendee, or a line of minutes) counts', () => {
    const attended = blank('MR-2026-02', '2026-07-25').replace('attendees: []', 'attendees: [Alex Morgan]');
    assert.deepEqual(mine(check(files(attended), '2026-08-01')), []);
    assert.deepEqual(
      mine(check(files(blank('MR-2026-02', '2026-07-25', '## Audit results\n\nTwo minors, both closed.\n')), '2026-08-01')),
      [],
    );
  });

  it('edge: a past review with no status and nothing in it is not held either; ISMS202 still asks for one', () => {
    const cert = config('certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n');
    const bare = ['---', 'isms: management-review', 'id: MR-2026-01', 'date: 2026-01-20', '---', ''].join('\n');
    assert.deepEqual(ofCode('ISMS202')(check({ 'isms.yaml': cert, 'r.md': bare }, '2026-03-01')).length, 1);
  });
});
