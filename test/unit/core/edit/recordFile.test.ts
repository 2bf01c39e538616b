/**
 * New record file names on a real file system (issue 14.36): at most 80 characters was not a bound on
 * the bytes a file system counts, so 80 four-byte letters made a 322-byte name and ENAMETOOLONG.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { safeRecordFileName } from '../../../../src/core/edit';

describe('safeRecordFileName: UTF-8 bytes (issue 14.36)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms-names-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const ids = ['𝒜'.repeat(100), '审'.repeat(100), 'é'.repeat(200), `${'a'.repeat(70)}${'𝒜'.repeat(40)}`, 'x'.repeat(300)];
  for (const id of ids) {
    it(`${[...id].length} × ${JSON.stringify(id.slice(0, 2))}…: the whole name fits, also with -2 and .yaml, and can be created`, () => {
      const first = safeRecordFileName(id, []);
      const second = safeRecordFileName(id, [first]);
      const register = safeRecordFileName(id, [], '.yaml');
      for (const name of [first, second, register]) {
        // 255 bytes is the usual limit; the name leaves room for a temporary or backup suffix beside it
        assert.ok(Buffer.byteLength(name) + 32 <= 255, `${Buffer.byteLength(name)} bytes: ${name}`);
        assert.ok([...name].length <= 80, name);
        writeFileSync(path.join(dir, name), 'x');
        writeFileSync(path.join(dir, `.${name}.${'0'.repeat(20)}.tmp`), 'x');
      }
      assert.notEqual(first, second);
      assert.ok(second.endsWith('-2.md'), second);
    });
  }
});
