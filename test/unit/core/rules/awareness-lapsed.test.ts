import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS501';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const register = (...records: string[]): string => ['isms: awareness', 'records:', ...records.map((r) => `  - ${r}`), ''].join('\n');
const aw = (id: string, type: string, date: string): string => `{ id: ${id}, type: ${type}, date: ${date} }`;
/** one activity a month from 2025-11 to 2026-10, of every type in turn */
const MONTHLY = [
  '2025-11-03',
  '2025-12-01',
  '2026-01-12',
  '2026-02-02',
  '2026-03-10',
  '2026-04-21',
  '2026-05-05',
  '2026-06-09',
  '2026-07-15',
  '2026-08-03',
  '2026-09-07',
  '2026-10-05',
].map((d, i) => aw(`AW-${d.slice(0, 7)}`, ['poster', 'communication', 'phishing-simulation', 'training', 'refresher'][i % 5], d));
const without = (...months: string[]): string[] => MONTHLY.filter((r) => !months.some((m) => r.includes(`AW-${m}`)));

describe('ISMS501 awareness-lapsed', () => {
  it('reports the open gap at the last activity: a complete month without any activity', () => {
    const files = { 'isms.yaml': config(), 'registers/awareness.yaml': register(...without('2026-10')) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'AW-2026-09');
    assert.equal(d.message.split(':')[0], 'No awareness activity since AW-2026-09 on 2026-09-07');
    assert.match(d.message, /none in 2026-10, none yet this month\. The programme should reach people every month/);
  });

  it('does not fire for a programme with an activity every month, whatever its type (a poster counts)', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': register(...MONTHLY) }, TODAY)), []);
  });

  it('reports a closed gap of the last 12 months as information, at the activity that ended it', () => {
    const files = { 'isms.yaml': config(), 'a.yaml': register(...without('2026-03', '2026-04')) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.equal(textAt(files, found[0]), 'AW-2026-05');
    assert.match(found[0].message, /no activity in 2026-03 – 2026-04 \(2 months\), before AW-2026-05 on 2026-05-05/);
  });

  it('edge: the current month is not a gap yet; a gap of the current month and the one before is', () => {
    // October done, November (today's month) still empty: fine
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': register(...MONTHLY) }, '2026-11-30')), []);
    // on 1 December, November is complete and empty
    const found = mine(check({ 'isms.yaml': config(), 'a.yaml': register(...MONTHLY) }, '2026-12-01'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /none in 2026-11, none yet this month/);
  });

  it('edge: cadence-months 3 allows two empty months, not three; max-gap-months is read as its old name', () => {
    const two = register(...without('2026-08', '2026-09'));
    const three = register(...without('2026-07', '2026-08', '2026-09'));
    for (const setting of ['cadence-months: 3', 'max-gap-months: 3']) {
      const cfg = config(`awareness: { ${setting} }\n`);
      assert.deepEqual(mine(check({ 'isms.yaml': cfg, 'a.yaml': two }, TODAY)), [], setting);
      const found = mine(check({ 'isms.yaml': cfg, 'a.yaml': three }, TODAY));
      assert.equal(found.length, 1, setting);
      assert.match(found[0].message, /2026-07 – 2026-09 \(3 months\).*at least every 3 months/);
    }
  });

  it('edge: looks back 12 complete months only, and not before the programme began (a young ISMS)', () => {
    // the gap of 2025-09 and 2025-10 is older than the 12 months before November 2026
    const old = register(aw('AW-2025-08', 'training', '2025-08-10'), ...MONTHLY);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': old }, TODAY)), []);
    // first activity in September 2026: the months before it are no gap
    const young = register(aw('AW-2026-09', 'poster', '2026-09-20'), aw('AW-2026-10', 'training', '2026-10-02'));
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': young }, TODAY)), []);
    // an ISMS without records and without a certificate has not started its programme
    assert.deepEqual(mine(check({ 'isms.yaml': config() }, TODAY)), []);
  });

  it('edge: a certified ISMS without any awareness record is reported at isms.yaml; future-dated records do not count', () => {
    const cfg = config('certification:\n  issued: 2026-06-10\n  expires: 2029-06-09\n');
    const files = { 'isms.yaml': cfg, 'a.yaml': register(aw('AW-2026-12', 'training', '2026-12-10')) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].file, `${ROOT}/isms.yaml`);
    assert.equal(textAt(files, found[0]), 'config');
    assert.match(found[0].message, /^No awareness activity since the ISMS started: none in 2026-07 – 2026-10 \(4 months\)/);
  });
});
