/** The TextMate injection grammar colours every status (and notification decision) a record may hold. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KIND_FIELDS } from '../../../src/core/model/kinds';

const ROOT = resolve(__dirname, '../../../..');

interface Pattern {
  match: string;
}
const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes/isms.injection.tmLanguage.json'), 'utf8')) as {
  repository: Record<string, Pattern>;
};

/** The scope group a `key: value` line gets from one of the grammar's patterns (3 and up are the value's colours), else undefined. */
function colourGroup(pattern: string, line: string): number | undefined {
  const m = new RegExp(pattern).exec(line);
  if (!m) return undefined;
  const group = m.findIndex((g, i) => i >= 3 && g !== undefined);
  return group < 0 || m[group] !== line.split(':')[1].trim() ? undefined : group;
}

/** Every allowed value of `key` over all kinds. */
const valuesOf = (key: string): string[] => [...new Set(Object.values(KIND_FIELDS).flatMap((fields) => fields[key]?.values ?? []))];

describe('TextMate grammar', () => {
  it('colours every allowed `status:` of every kind, the new privacy and continuity ones included', () => {
    const statuses = valuesOf('status');
    for (const value of ['draft', 'approved', 'planned', 'done', 'contained']) assert.ok(statuses.includes(value), value);
    const uncoloured = statuses.filter((v) => colourGroup(grammar.repository.status.match, `status: ${v}`) === undefined);
    assert.deepEqual(uncoloured, []);
  });

  it("colours a document's statuses: approved as done, draft and in-review as open, retired as cancelled", () => {
    const pattern = grammar.repository.status.match;
    assert.deepEqual(
      ['approved', 'draft', 'in-review', 'retired'].map((v) => colourGroup(pattern, `status: ${v}`)),
      [3, 4, 4, 5],
    );
  });

  it("colours an incident's `notification:` decision, `not-required` apart from `required`", () => {
    assert.deepEqual(valuesOf('notification').sort(), ['not-required', 'required']);
    const pattern = grammar.repository.notification.match;
    assert.equal(colourGroup(pattern, 'notification: not-required'), 3);
    assert.equal(colourGroup(pattern, 'notification: required'), 4);
    assert.equal(colourGroup(pattern, 'notification: maybe'), undefined);
  });
});
