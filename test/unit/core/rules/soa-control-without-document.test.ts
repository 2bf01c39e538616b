import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { applied, excluded, soa } from './soa';

const mine = ofCode('ISMS926');
const TODAY = '2026-11-25';

const doc = (id: string, implementsIds: string, status = 'approved'): string =>
  `---\nisms: document\nid: ${id}\ntitle: A policy\ntype: policy\nstatus: ${status}\nimplements: ${implementsIds}\n---\nBody.\n`;

describe('ISMS926 soa-control-without-document', () => {
  it('warns at a document implementing a control the SoA excludes, and at an excluded entry naming documents', () => {
    const files = {
      'isms.yaml': config(),
      'soa.yaml': soa([excluded('A.8.30'), excluded('A.7.5', 'documents: [STD-001]')]),
      'std.md': doc('STD-001', '[A.5.19, A.8.30]'),
    };
    const found = mine(check(files, TODAY));
    assert.deepEqual(
      found.map((d) => [d.severity, d.file, textAt(files, d)]),
      [
        ['warning', '/isms/soa.yaml', '[STD-001]'],
        ['warning', '/isms/std.md', 'A.8.30'],
      ],
    );
    assert.match(found[1].message, /^STD-001 implements A\.8\.30, which the Statement of Applicability marks not applicable\./);
  });

  it('notes, once per standard at the SoA, the implemented controls no document implements, when documents are linked', () => {
    const files = {
      'isms.yaml': config(),
      'soa.yaml': soa([applied('A.5.1'), applied('A.5.15', 'documents: [POL-003]'), applied('A.8.1'), applied('A.8.2'), applied('A.8.3')]),
      'pol.md': doc('POL-003', '[A.5.15]'),
    };
    const [d, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'information');
    assert.equal(textAt(files, d), 'isms: soa');
    assert.match(
      d.message,
      /^ISO\/IEC 27001:2022: 4 of the 5 controls .* have no implementing document in force .*: A\.5\.1, A\.8\.1–A\.8\.3\./,
    );
  });

  it('does not fire when no document or entry links controls, or when every implemented control has a document', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'soa.yaml': soa([applied('A.5.1'), excluded('A.8.30')]) }, TODAY)), []);
    const files = { 'isms.yaml': config(), 'soa.yaml': soa([applied('A.5.1'), excluded('A.8.30')]), 'p.md': doc('POL-001', 'A.5.1') };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('edge: a retired document neither counts as implementing nor contradicts an exclusion; a standard with no link gets no note', () => {
    const files = {
      'isms.yaml': config('standards: [iso27001:2022, iso27701]\n'),
      'soa.yaml': soa([applied('A.5.1'), excluded('A.8.30'), applied('"iso27701:A.7.2.1"')]),
      'old.md': doc('POL-000', '[A.5.1, A.8.30]', 'retired'),
      'p.md': doc('POL-001', 'A.5.1'),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
    assert.deepEqual(mine(check({ ...files, 'p.md': doc('POL-001', 'A.8.30', 'retired') }, TODAY)), []);
  });
});
