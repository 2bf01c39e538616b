/**
 * "Mark document as reviewed" (issue 17.7): the fields a review writes (src/core/edit/markReviewed.ts),
 * written as ONE edit that keeps the front matter's comments, quoting and layout (setFields.ts).
 */
import * as assert from 'node:assert/strict';
import { applyTextEdits, documentReviewFields, raisedVersion, setFields } from '../../../../src/core/edit';
import { check, codes, config, workspaceOf } from '../../support/memory';

const POLICY = `---
# the acceptable use policy
isms: document
id: POL-002
title: Acceptable Use Policy
type: policy
owner: Sam Smith
approver: Priya Shah
version: "2.0"        # raised at each approval
status: approved
approved: 2025-06-02  # board meeting
audience: [everyone]
---
# Acceptable Use Policy

Body text that stays.
`;

const TODAY = '2026-11-25';
const docOf = (text: string) => workspaceOf({ 'isms.yaml': config(), 'policies/aup.md': text }).records('document')[0];
const review = (text: string, raise?: 'minor' | 'major') => {
  const doc = docOf(text);
  return applyTextEdits(text, setFields(text, doc, documentReviewFields(doc, TODAY, raise)));
};

describe('core/edit documentReviewFields + setFields (Mark document as reviewed)', () => {
  it('keeping the version sets only reviewed:, under the last key, every comment kept', () => {
    const after = review(POLICY);
    assert.equal(after, POLICY.replace('audience: [everyone]\n', `audience: [everyone]\nreviewed: ${TODAY}\n`));
  });

  it('replaces an existing reviewed: date in place, with its comment', () => {
    const text = POLICY.replace('audience: [everyone]\n', 'reviewed: 2025-07-01   # at MR-2025-01\naudience: [everyone]\n');
    assert.equal(review(text), text.replace('reviewed: 2025-07-01   # at MR-2025-01', `reviewed: ${TODAY}   # at MR-2025-01`));
  });

  it('a minor raise: new version quoted as before, status back to in-review, approved: kept (no approval claimed)', () => {
    const after = review(POLICY, 'minor');
    assert.match(after, /^version: "2\.1" {8}# raised at each approval$/m);
    assert.match(after, /^status: in-review$/m);
    assert.match(after, /^approved: 2025-06-02 {2}# board meeting$/m);
    assert.match(after, /^approver: Priya Shah$/m, 'the previous approver is not removed, nor a new one claimed');
    assert.doesNotMatch(after, /material-change/, 'minor: not written when the field was not there');
    assert.ok(after.endsWith('---\n# Acceptable Use Policy\n\nBody text that stays.\n'));
  });

  it('a major raise marks a material change (a new acknowledgement is needed)', () => {
    const after = review(POLICY.replace('audience: [everyone]\n', 'audience: [everyone]\nmaterial-change: false\n'), 'major');
    assert.match(after, /^version: "3\.0"/m);
    assert.match(after, /^material-change: true$/m);
    const minor = review(POLICY.replace('audience: [everyone]\n', 'audience: [everyone]\nmaterial-change: true\n'), 'minor');
    assert.match(minor, /^material-change: false$/m, 'the previous version’s flag no longer describes the new one');
  });

  it('is one edit, and keeps CRLF line breaks', () => {
    const crlf = POLICY.replace(/\n/g, '\r\n');
    const doc = docOf(crlf);
    const edits = setFields(crlf, doc, documentReviewFields(doc, TODAY, 'minor'));
    assert.equal(edits.length, 1);
    const after = applyTextEdits(crlf, edits);
    assert.doesNotMatch(after.replace(/\r\n/g, ''), /\n/);
    assert.match(after, /\r\nreviewed: 2026-11-25\r\n---\r\n/);
  });

  it('a draft stays a draft when its version is raised; a retired document or an unnumbered version is refused', () => {
    const draft = POLICY.replace('status: approved', 'status: draft');
    assert.match(review(draft, 'minor'), /^status: draft$/m);
    assert.throws(() => review(POLICY.replace('status: approved', 'status: retired')), /retired/);
    assert.throws(() => review(POLICY.replace('"2.0"', 'Q3-final'), 'minor'), /not numbered like 1\.2/);
  });

  it('clears ISMS901 (review overdue) on the document it was reported on', () => {
    const files = { 'isms.yaml': config(), 'policies/aup.md': POLICY };
    const before = check(files, TODAY).filter((d) => d.code === 'ISMS901');
    assert.deepEqual(codes(before), ['policies/aup.md:11 ISMS901']);
    assert.deepEqual(before[0].data, { fix: 'mark-document-reviewed', documentId: 'POL-002' }, 'the quick fix runs the command');
    assert.deepEqual(codes(check({ ...files, 'policies/aup.md': review(POLICY) }, TODAY), 'ISMS901'), []);
  });
});

describe('core/edit raisedVersion', () => {
  it('raises minor and major versions', () => {
    assert.deepEqual(
      [
        ['3.1', 'minor'],
        ['3.1', 'major'],
        ['2', 'minor'],
        ['v1.9', 'minor'],
        ['1.2.3', 'major'],
        [undefined, 'minor'],
        [undefined, 'major'],
      ].map(([v, r]) => raisedVersion(v, r as 'minor' | 'major')),
      ['3.2', '4.0', '2.1', 'v1.10', '2.0', '0.1', '1.0'],
    );
  });

  it('leaves what is not a version number alone', () => {
    for (const v of ['2024-06', 'final', '1.2-beta', '9999999.1', '']) assert.equal(raisedVersion(v, 'minor'), undefined, v);
  });
});
