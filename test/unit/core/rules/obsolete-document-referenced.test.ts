import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { APPROVED, documentFile } from './documents';

const mine = ofCode('ISMS904');
const OLD = { ...APPROVED, id: 'POL-000', title: 'Old Access Policy' };
const NEW = { ...APPROVED, version: '"2.0"', supersedes: '[POL-000]' };

describe('ISMS904 obsolete-document-referenced', () => {
  it('reports a superseded document still approved, a record referring to it and a document linking to it', () => {
    const files = {
      'isms.yaml': config(),
      'policies/old.md': documentFile(OLD),
      'policies/new.md': documentFile(NEW),
      'policies/backup.md': documentFile(
        { ...APPROVED, id: 'PRO-003', title: 'Backup Procedure' },
        'Access as in [the old policy](old.md).\n',
      ),
      'objectives.yaml': 'isms: objectives\nrecords:\n  - id: OBJ-1\n    policy: POL-000\n',
    };
    const found = mine(check(files, '2026-11-25'));
    assert.deepEqual(found.map((d) => `${d.file.slice('/isms/'.length)} ${textAt(files, d)}`).sort(), [
      'objectives.yaml POL-000',
      'policies/backup.md [the old policy](old.md)',
      'policies/old.md approved',
    ]);
    assert.match(
      found.find((d) => d.file.endsWith('old.md'))?.message ?? '',
      /is superseded by POL-001, but its status is still ‘approved’\. Set ‘status: retired’/,
    );
    assert.match(
      found.find((d) => d.file.endsWith('objectives.yaml'))?.message ?? '',
      new RegExp(
        '‘policy’ refers to document POL-000 \\(Old Access Policy\\), which is superseded by POL-001\\. ' +
          'Refer to the document in force \\(POL-001\\)',
      ),
    );
  });

  it('does not fire for a retired, superseded document that nothing in force refers to (the superseding link itself is fine)', () => {
    const files = {
      'isms.yaml': config(),
      'old.md': documentFile({ ...OLD, status: 'retired' }),
      'new.md': documentFile(NEW, 'Replaces [the old policy](old.md).\n'),
    };
    assert.deepEqual(mine(check(files, '2026-11-25')), []);
    // another document's link to it is reported
    const other = documentFile({ ...APPROVED, id: 'PRO-1' }, 'See [old](old.md).\n');
    assert.equal(mine(check({ ...files, 'other.md': other }, '2026-11-25')).length, 1);
  });

  it('edge: a draft that will supersede does not make the old one obsolete; a retired document may refer to a retired one', () => {
    assert.deepEqual(
      mine(
        check({ 'isms.yaml': config(), 'old.md': documentFile(OLD), 'new.md': documentFile({ ...NEW, status: 'draft' }) }, '2026-11-25'),
      ),
      [],
    );
    const retired = {
      'isms.yaml': config(),
      'a.md': documentFile({ ...OLD, status: 'retired' }),
      'b.md': documentFile({ ...APPROVED, id: 'POL-002', status: 'retired' }, '[a](a.md)\n'),
    };
    assert.deepEqual(mine(check(retired, '2026-11-25')), []);
  });
});
