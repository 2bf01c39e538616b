import * as assert from 'node:assert/strict';
import { acknowledgementStatus, documentRegister } from '../../../../src/core';
import { check, config, ofCode, textAt, workspaceOf } from '../../support/memory';
import { APPROVED, documentFile } from './documents';

const mine = ofCode('ISMS907');

const PEOPLE = `isms: people
records:
  - { id: P-014, name: Jo Adams, department: Support, role: Support engineer, joined: 2023-05-02 }
  - { id: P-015, name: Lee Chen, department: Support, role: Support lead, joined: 2021-09-13, email: lee.chen@acme.example }
  - { id: P-020, name: Sam Smith, department: IT, role: Administrator, joined: 2020-01-06 }
`;

/** An acknowledgements register of `[person, document, version, date]` lines. */
function acks(...rows: [string, string, string, string][]): string {
  const lines = rows.map(([p, d, v, at]) => `  - { person: ${p}, document: ${d}, version: "${v}", date: ${at} }`);
  return `isms: acknowledgements\nrecords:\n${lines.join('\n')}\n`;
}

/** The folder: isms.yaml, the roster, POL-001 (version 1.0 approved 2026-03-02) with `fields`, and `acks`. */
function folder(fields: Record<string, string | undefined>, register?: string, people = PEOPLE): Record<string, string> {
  return {
    'isms.yaml': config(),
    'registers/people.yaml': people,
    'policies/ac.md': documentFile({ ...APPROVED, audience: '[everyone]', ...fields }),
    ...(register !== undefined ? { 'registers/acknowledgements.yaml': register } : {}),
  };
}

describe('ISMS907 document-not-acknowledged', () => {
  it('reports once per document, at its version, how many and who have not acknowledged within 30 days of approval', () => {
    const files = folder({}, acks(['P-014', 'POL-001', '1.0', '2026-03-05']));
    const found = mine(check(files, '2026-04-02'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(files, found[0]), '"1.0"');
    assert.match(
      found[0].message,
      /^2 of 3 people of the audience of POL-001 \(Access Control Policy\) have not acknowledged version 1\.0 within 30 days/,
    );
    assert.match(found[0].message, /due 2026-04-01.*: Lee Chen, Sam Smith\./);
  });

  it('does not fire while people are within the window, when everyone acknowledged, or without audience, roster or approval', () => {
    // within the window: pending, not reported
    assert.deepEqual(mine(check(folder({}, acks()), '2026-04-01')), []);
    const all = acks(
      ['P-014', 'POL-001', '1.0', '2026-03-05'],
      ['Lee Chen', 'POL-001', '1.0', '2026-03-06'],
      ['P-020', 'POL-001', '1.0', '2026-03-07'],
    );
    assert.deepEqual(mine(check(folder({}, all), '2026-11-25')), []);
    assert.deepEqual(mine(check(folder({ audience: undefined }, acks()), '2026-11-25')), []);
    assert.deepEqual(mine(check(folder({ status: 'draft' }, acks()), '2026-11-25')), []);
    assert.deepEqual(mine(check(folder({ approved: undefined }, acks()), '2026-11-25')), []);
    const noRoster = folder({}, acks());
    delete noRoster['registers/people.yaml'];
    assert.deepEqual(mine(check(noRoster, '2026-11-25')), []);
  });

  it('names people by id, name (any case and spacing) or email; acknowledge-days comes from isms.yaml', () => {
    const register = acks(
      ['P-014', 'POL-001', '1.0', '2026-03-05'],
      ['LEE.CHEN@acme.example', 'POL-001', '1.0', '2026-03-06'],
      ['sam  SMITH', 'POL-001', '1.0', '2026-03-07'],
    );
    assert.deepEqual(mine(check(folder({}, register), '2026-11-25')), []);
    const files = { ...folder({}, acks()), 'isms.yaml': config('documents: { acknowledge-days: 60 }\n') };
    assert.deepEqual(mine(check(files, '2026-04-20')), []);
    assert.equal(mine(check(files, '2026-05-02')).length, 1);
  });

  it('edge: a material change needs an acknowledgement of the version itself, a minor one does not', () => {
    const old = acks(
      ['P-014', 'POL-001', '1.9', '2025-03-05'],
      ['P-015', 'POL-001', '1.9', '2025-03-05'],
      ['P-020', 'POL-001', '1.9', '2025-03-05'],
    );
    const minor = folder({ version: '"1.10"', 'material-change': 'false' }, old);
    assert.deepEqual(mine(check(minor, '2026-11-25')), [], '1.9 is earlier than 1.10, and 1.10 is a minor change');
    const material = folder({ version: '"1.10"', 'material-change': 'true' }, old);
    const [d] = mine(check(material, '2026-11-25'));
    assert.match(d.message, /^3 of 3 people .* version 1\.10/);
    // a later version acknowledged does not cover an earlier current one, even after a minor change
    const later = folder({ version: '"1.0"' }, acks(['P-014', 'POL-001', '2.0', '2026-03-05']));
    assert.match(mine(check(later, '2026-11-25'))[0].message, /^3 of 3 /);
  });

  it('edge: a leaver is not counted; a late joiner is due from joining; a future joiner not at all', () => {
    const people = `${PEOPLE}  - { id: P-030, name: Ola Berg, department: IT, joined: 2019-02-01, left: 2026-04-15 }
  - { id: P-031, name: Kim Park, department: Support, joined: 2026-10-20 }
  - { id: P-032, name: Ana Ruiz, department: Support, joined: 2026-12-01 }
`;
    const register = acks(
      ['P-014', 'POL-001', '1.0', '2026-03-05'],
      ['P-015', 'POL-001', '1.0', '2026-03-06'],
      ['P-020', 'POL-001', '1.0', '2026-03-07'],
    );
    const files = folder({}, register, people);
    // Ola left before today; Kim joined 2026-10-20, due 2026-11-19
    assert.deepEqual(mine(check(files, '2026-11-19')), []);
    const [d] = mine(check(files, '2026-11-20'));
    assert.match(d.message, /^1 of 4 people .* has not .*: Kim Park \(due 2026-11-19\)\./);
    const ws = workspaceOf(files);
    const status = acknowledgementStatus(ws.records('document')[0], ws, '2026-11-20');
    assert.deepEqual(
      status?.pending.map((p) => [p.person.id, p.due, p.overdue]),
      [['P-031', '2026-11-19', true]],
    );
    assert.equal(status?.expected, 4);
    assert.equal(status?.acknowledged, 3);
  });

  it('edge: an audience entry that matches nobody is said once, at the entry; departments and roles count their people', () => {
    const files = folder({ audience: '[Support, Administrator, Finance, Nobody Here]' }, acks());
    const found = mine(check(files, '2026-03-10'));
    assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
    assert.equal(textAt(files, found[0]), 'Finance');
    assert.match(found[0].message, /‘Finance’, ‘Nobody Here’ matches nobody on the roster/);
    const ws = workspaceOf(files);
    const [entry] = documentRegister(ws, '2026-03-10');
    assert.equal(entry.acknowledgement?.expected, 3, 'Support (2) and the Administrator (1)');
    assert.deepEqual(entry.acknowledgement?.unmatchedAudience, ['Finance', 'Nobody Here']);
  });

  it('edge: an acknowledgement naming nobody on the roster is reported at its person; an unknown document is ISMS007', () => {
    const files = folder({}, acks(['Jo Adamz', 'POL-001', '1.0', '2026-03-05'], ['P-014', 'POL-404', '1.0', '2026-03-05']));
    const all = check(files, '2026-03-10');
    const found = mine(all);
    assert.equal(found.length, 1);
    assert.equal(textAt(files, found[0]), 'Jo Adamz');
    assert.match(found[0].message, /‘Jo Adamz’ is nobody on the roster/);
    const missing = ofCode('ISMS007')(all);
    assert.equal(missing.length, 1);
    assert.equal(textAt(files, missing[0]), 'POL-404');
  });

  it('edge: an acknowledgement dated after today does not count yet', () => {
    const files = folder({ audience: '[P-014]' }, acks(['P-014', 'POL-001', '1.0', '2026-06-01']));
    assert.equal(mine(check(files, '2026-05-01')).length, 1);
    assert.deepEqual(mine(check(files, '2026-06-01')), []);
  });
});
