import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS406';
const mine = ofCode(CODE);
const TODAY = '2026-04-01';

const yaml = (certification: string): Record<string, string> => ({ 'isms.yaml': config(`certification:\n${certification}`) });

describe('ISMS406 certification-dates-contradict (issue 14.36-39)', () => {
  it('reports a certificate issued after it expires, at issued, as an error', () => {
    const f = yaml('  certificate: IS 1\n  issued: 2026-03-10\n  expires: 2023-03-09\n');
    const found = mine(check(f, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(textAt(f, found[0]), '2026-03-10');
    assert.match(found[0].message, /^Certificate IS 1 is issued on 2026-03-10, after it expires on 2023-03-09\./);
  });

  it('reports a cycle audit in isms.yaml marked done after today, at its entry', () => {
    const f = yaml(
      '  audits:\n    - { type: certification, date: 2026-02-09, status: done }\n' +
        '    - { type: surveillance, date: 2026-04-02, status: done }\n',
    );
    const found = mine(check(f, TODAY));
    assert.deepEqual(
      found.map((d) => d.range.start.line),
      [5],
    );
    assert.match(found[0].message, /surveillance audit of 2026-04-02 is marked done, but that is after today \(2026-04-01\)/);
  });

  it('reports an external-audit record marked done after today, at its status', () => {
    const files = {
      'isms.yaml': config(),
      'EA-1.md': '---\nisms: external-audit\nid: EA-1\ntype: surveillance-1\ndate: 2026-05-04\nstatus: done\n---\n',
    };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(textAt(files, found[0]), 'done');
    assert.match(found[0].message, /External audit EA-1 is marked done, but its date 2026-05-04 is after today/);
  });

  it('does not fire on the audit day, for planned or cancelled audits, or without both certificate dates', () => {
    const f = yaml(
      '  issued: 2026-03-10\n  audits:\n    - { type: certification, date: 2026-04-01, status: done }\n' +
        '    - { type: surveillance-1, date: 2027-02-08 }\n    - { type: special, date: 2027-02-08, status: cancelled }\n',
    );
    assert.deepEqual(mine(check(f, TODAY)), []);
    assert.deepEqual(mine(check(yaml('  issued: 2026-03-10\n  expires: 2026-03-10\n'), TODAY)), [], 'issued on the expiry day');
  });
});
