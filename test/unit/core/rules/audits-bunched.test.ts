import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS104';
const TODAY = '2026-01-20';
const mine = ofCode(CODE);

const CERT = [
  'certification:',
  '  issued: 2025-03-14',
  '  expires: 2028-03-13',
  '  audits:',
  '    - { type: certification, date: 2025-02-10, status: done }',
  '    - { type: surveillance-1, date: 2026-02-09 }',
  '',
].join('\n');

/** Internal audits performed on the given dates, one register entry each. */
function audits(dates: string[], extra = ''): string {
  return [
    'isms: internal-audits',
    'records:',
    ...dates.map((d, i) => `  - { id: IA-${i + 1}, planned: ${d}, performed: ${d}, status: done${extra} }`),
    '',
  ].join('\n');
}
// the 90 days before the surveillance audit on 2026-02-09 start on 2025-11-11
const BUNCHED = ['2025-05-10', '2025-11-20', '2025-12-10', '2026-01-15'];

describe('ISMS104 audits-bunched', () => {
  it('reports 3 of 4 audits in the 90 days before the surveillance audit, at that audit, with the audits as related', () => {
    const files = { 'isms.yaml': config(CERT), 'audits/programme.yaml': audits(BUNCHED) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.deepEqual(d.range, { start: { line: 7, character: 6 }, end: { line: 7, character: 48 } });
    assert.equal(textAt(files, d), '{ type: surveillance-1, date: 2026-02-09 }');
    assert.match(
      d.message,
      /3 of the 4 internal audits in the year before the first surveillance audit on 2026-02-09 fall in its last 90 days \(more than 50%\)/,
    );
    assert.deepEqual(
      d.related?.map((r) => r.message),
      ['IA-2 on 2025-11-20', 'IA-3 on 2025-12-10', 'IA-4 on 2026-01-15'],
    );
    assert.deepEqual(
      d.related?.map((r) => r.location.range.start.line),
      [3, 4, 5],
    );
  });

  it('does not fire when the audits are spread over the year', () => {
    const spread = ['2025-03-10', '2025-05-10', '2025-07-10', '2025-09-10', '2025-11-20', '2026-01-15'];
    assert.deepEqual(mine(check({ 'isms.yaml': config(CERT), 'a.yaml': audits(spread) }, TODAY)), []);
  });

  it('edge: exactly half in the window is not "more than" half', () => {
    const half = ['2025-05-10', '2025-08-10', '2025-12-10', '2026-01-15'];
    assert.deepEqual(mine(check({ 'isms.yaml': config(CERT), 'a.yaml': audits(half) }, TODAY)), []);
    // the window's first day (2025-11-11) is inside it
    const onEdge = ['2025-05-10', '2025-08-10', '2025-11-11', '2025-12-10', '2026-01-15'];
    assert.equal(mine(check({ 'isms.yaml': config(CERT), 'a.yaml': audits(onEdge) }, TODAY)).length, 1);
  });

  it('edge: fewer than four audits a year are too few to call bunched; cancelled ones do not count', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(CERT), 'a.yaml': audits(BUNCHED.slice(1)) }, TODAY)), []);
    const withCancelled = audits(BUNCHED.slice(1)).replace(
      'records:',
      'records:\n  - { id: IA-0, planned: 2025-05-10, status: cancelled }',
    );
    assert.deepEqual(mine(check({ 'isms.yaml': config(CERT), 'a.yaml': withCancelled }, TODAY)), []);
  });

  it('edge: a larger bunching-share in isms.yaml allows it', () => {
    const cfg = config(`${CERT}internal-audit: { bunching-share: 0.8 }\n`);
    assert.deepEqual(mine(check({ 'isms.yaml': cfg, 'a.yaml': audits(BUNCHED) }, TODAY)), []);
  });

  it('edge: audits planned (not yet held) before a future external audit count: the plan itself is bunched', () => {
    const planned = ['isms: internal-audits', 'records:', ...BUNCHED.map((d, i) => `  - { id: IA-${i + 1}, planned: ${d} }`), ''].join(
      '\n',
    );
    assert.equal(mine(check({ 'isms.yaml': config(CERT), 'a.yaml': planned }, '2025-06-01')).length, 1);
  });
});
