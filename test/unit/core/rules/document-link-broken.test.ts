import * as assert from 'node:assert/strict';
import { check, config, loadOf, ofCode, ROOT, textAt, workspaceOf } from '../../support/memory';
import { APPROVED, documentFile } from './documents';

const mine = ofCode('ISMS905');
const RISKS = 'isms: risks\nrecords:\n  - id: R-006\n    title: Laptop theft\n';
const PROCEDURE = '# Backup procedure\n\n## Restore tests\n\nText.\n';

describe('ISMS905 document-link-broken', () => {
  it('reports links to a missing file, a missing heading and a missing record id, at the link', () => {
    const body =
      'See [gone](gone.md), [restore](backup.md#restore-test), [risk](../registers/risks.yaml#R-099) and [here](#nowhere).\n\n## Scope\n';
    const files = {
      'isms.yaml': config(),
      'policies/ac.md': documentFile(APPROVED, body),
      'policies/backup.md': PROCEDURE,
      'registers/risks.yaml': RISKS,
    };
    const found = mine(check(files, '2026-11-25'));
    assert.deepEqual(
      found.map((d) => textAt(files, d)),
      ['[gone](gone.md)', '[restore](backup.md#restore-test)', '[risk](../registers/risks.yaml#R-099)', '[here](#nowhere)'],
    );
    assert.match(found[0].message, /links to ‘gone.md’, but there is no such file/);
    assert.match(found[1].message, /‘#restore-test’ is not a heading of that file nor the id of a record in it/);
    assert.match(found[2].message, /‘#R-099’ is not the id of a record in that file/);
  });

  it('notices a heading that an edit of the linked file renamed, and one that it restored', () => {
    const files = {
      'isms.yaml': config(),
      'policies/ac.md': documentFile(APPROVED, 'See [restore](backup.md#restore-tests).\n'),
      'policies/backup.md': PROCEDURE,
    };
    const ws = workspaceOf(files);
    const run = (): number => mine(ws.check({ today: '2026-11-25' }).all()).length;
    assert.equal(run(), 0);
    ws.setFile(`${ROOT}/policies/backup.md`, PROCEDURE.replace('## Restore tests', '## Recovery tests'));
    assert.equal(run(), 1);
    ws.setFile(`${ROOT}/policies/backup.md`, PROCEDURE);
    assert.equal(run(), 0);
  });

  it('does not fire for links that lead somewhere, or for web and mail links', () => {
    const body = [
      '[restore](backup.md#restore-tests), [top](./backup.md#backup-procedure), [risk](../registers/risks.yaml#R-006),',
      '[scope](#scope), [web](https://example.com/x.md), [mail](mailto:a@b.c), [abs](/etc/passwd)',
      '',
      '## Scope',
      '',
    ].join('\n');
    const files = {
      'isms.yaml': config(),
      'policies/ac.md': documentFile(APPROVED, body),
      'policies/backup.md': PROCEDURE,
      'registers/risks.yaml': RISKS,
    };
    assert.deepEqual(mine(check(files, '2026-11-25')), []);
  });

  it(
    'edge: other files are checked only when the folder was listed; a link climbing out of the root is not checked; ' +
      'retired documents are not checked',
    async () => {
      const body = 'The [diagram](network.png), the [repo readme](../../README.md) and [gone](gone.md).\n';
      const files = { 'isms.yaml': config(), 'policies/ac.md': documentFile(APPROVED, body) };
      assert.deepEqual(
        mine(check(files, '2026-11-25')).map((d) => textAt(files, d)),
        ['[gone](gone.md)'],
      );
      const listed = await loadOf({ ...files, 'policies/network.png': 'PNG' });
      assert.deepEqual(
        mine(listed.check({ today: '2026-11-25' }).all()).map((d) => textAt(files, d)),
        ['[gone](gone.md)'],
      );
      const unlisted = await loadOf(files);
      assert.deepEqual(
        mine(unlisted.check({ today: '2026-11-25' }).all()).map((d) => textAt(files, d)),
        ['[diagram](network.png)', '[gone](gone.md)'],
      );
      assert.deepEqual(
        mine(check({ ...files, 'policies/ac.md': documentFile({ ...APPROVED, status: 'retired' }, body) }, '2026-11-25')),
        [],
      );
    },
  );

  it('edge: a heading anchor is found after a body edit of the target file (the rule re-runs)', () => {
    const files = { 'isms.yaml': config(), 'ac.md': documentFile(APPROVED, '[r](backup.md#restore-tests)\n'), 'backup.md': '# Backup\n' };
    const ws = workspaceOf(files);
    assert.equal(mine(ws.check({ today: '2026-11-25' }).all()).length, 1);
    ws.setFile('/isms/backup.md', PROCEDURE);
    assert.deepEqual(mine(ws.check({ today: '2026-11-25' }).all()), []);
  });
});
