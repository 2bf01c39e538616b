/**
 * The .ics export under hostile record text, read back with ical.js (a real RFC 5545 parser): UIDs that
 * no two records share and that do not move when another record appears (issue 14.26), no control
 * character in the file (issue 14.39), and no line a CI log reads as a workflow command.
 */
import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { foldLine, toICalendar } from '../../../../src/core/export';
import { config, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';

interface Event {
  uid: string;
  summary: string;
  description: string;
}

function events(ics: string): Event[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, description: e.description };
  });
}

/** A corrective-action register; each entry `[id, title]`, all open and due on one day. */
const cas = (...entries: [string, string][]): string => {
  const record = ([id, title]: [string, string]): string =>
    `  - { id: ${JSON.stringify(id)}, title: ${JSON.stringify(title)}, status: open, due: 2026-12-01 }`;
  return ['isms: corrective-actions', 'records:', ...entries.map(record), ''].join('\n');
};

const icsOf = (files: Record<string, string>): string => toICalendar(workspaceOf({ 'isms.yaml': config(), ...files }), TODAY);
const uidOf = (ics: string, title: string): string[] =>
  events(ics)
    .filter((e) => e.summary.endsWith(`: ${title}`))
    .map((e) => e.uid);

describe('iCalendar UIDs (issue 14.26)', () => {
  it('a duplicate id never takes the UID of another record (the second CA-1 is not CA-1-2)', () => {
    const ics = icsOf({ 'cas.yaml': cas(['CA-1', 'first'], ['CA-1', 'second'], ['CA-1-2', 'real']) });
    const uids = events(ics).map((e) => e.uid);
    assert.equal(new Set(uids).size, uids.length, uids.join(' '));
    assert.deepEqual(uidOf(ics, 'real'), ['corrective-action-CA-1-2@isms-workbench']);
    assert.deepEqual(uidOf(ics, 'first'), ['corrective-action-CA-1@isms-workbench']);
  });

  it('ids that differ only in characters a UID cannot hold stay apart: CA 7, CA-7, CA:7, CA%207', () => {
    const ics = icsOf({ 'cas.yaml': cas(['CA 7', 'space'], ['CA-7', 'dash'], ['CA:7', 'colon'], ['CA%207', 'percent']) });
    const uids = events(ics).map((e) => e.uid);
    assert.equal(new Set(uids).size, 4, uids.join(' '));
    assert.deepEqual(uidOf(ics, 'dash'), ['corrective-action-CA-7@isms-workbench']);
  });

  it('a record keeps its UID whatever other records appear (re-importing updates, never doubles)', () => {
    const alone = icsOf({ 'cas.yaml': cas(['CA 7', 'space']) });
    const crowded = icsOf({ 'cas.yaml': cas(['CA-7', 'dash'], ['CA 7', 'space'], ['CA-7-2', 'x'], ['CA 7 2', 'y']) });
    assert.deepEqual(uidOf(crowded, 'space'), uidOf(alone, 'space'));
    const plain = icsOf({ 'cas.yaml': cas(['CA-7', 'dash']) });
    assert.deepEqual(uidOf(crowded, 'dash'), uidOf(plain, 'dash'));
  });

  it('a record without an id cannot take the UID of a record whose id looks like its date and title', () => {
    const ics = icsOf({
      'cas.yaml':
        'isms: corrective-actions\nrecords:\n  - { title: t, status: open, due: 2026-12-01 }\n' +
        '  - { id: 2026-12-01-t, title: t, status: open, due: 2026-12-01 }\n',
    });
    const uids = events(ics).map((e) => e.uid);
    assert.equal(new Set(uids).size, 2, uids.join(' '));
  });
});

describe('iCalendar text (issue 14.39)', () => {
  const nasty = 'A\u0000B\u001b[31mC\u001b]0;pwn\u0007D\u0085E\u2028F\u2029G\u202eH\u009bI\u007fJ\tK';
  const ics = icsOf({ 'cas.yaml': cas(['CA-1', nasty]) });

  it('writes no control character but CR LF (and TAB, which TEXT allows)', () => {
    const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    assert.ok(!forbidden.test(ics), JSON.stringify(ics));
    assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(ics), 'a bare CR or LF');
  });

  it('parses with ical.js: NEL and the Unicode separators are line breaks, the rest is dropped', () => {
    const [e] = events(ics);
    assert.equal(e.summary, 'Corrective action due CA-1: AB[31mC]0;pwnD\nE\nF\nGHIJ\tK');
  });
});

describe('iCalendar lines in a CI log', () => {
  it('no physical line starts with :: (after blanks) or holds ##[, and ical.js reads the same text', () => {
    for (let pad = 0; pad < 80; pad++) {
      const title = `${'x'.repeat(pad)}::error file=a.md::fake ::add-mask::s  ##[error]old ##vso[task.setvariable]v`;
      const ics = icsOf({ 'cas.yaml': cas(['CA-1', title]) });
      for (const line of ics.split('\r\n')) {
        assert.ok(!/^\s*::/.test(line), `pad ${pad}: ${JSON.stringify(line)}`);
        assert.ok(!/##\w*\[/.test(line), `pad ${pad}: ${JSON.stringify(line)}`);
      }
      assert.equal(events(ics)[0].summary, `Corrective action due CA-1: ${title}`);
    }
  });

  it('a long run of colons or blanks is folded in bounded time and unfolds to itself', () => {
    for (const line of [`SUMMARY:${':'.repeat(5000)}`, `SUMMARY:${' '.repeat(200_000)}::x`, `SUMMARY:${' :'.repeat(3000)}`]) {
      const started = Date.now();
      const folded = foldLine(line);
      assert.ok(Date.now() - started < 5000);
      assert.equal(folded.replace(/\r\n /g, ''), line);
      for (const part of folded.split('\r\n').slice(1)) assert.ok(!/^\s*::/.test(part), JSON.stringify(part.slice(0, 20)));
    }
  });
});

describe('iCalendar document reviews (issue 17.7)', () => {
  const policy = (id: string | undefined, title: string, status: string, approved: string, extra = ''): string =>
    [
      '---',
      'isms: document',
      ...(id !== undefined ? [`id: ${JSON.stringify(id)}`] : []),
      `title: ${JSON.stringify(title)}`,
      'version: "2.0"',
      'owner: Sam Smith',
      `status: ${status}`,
      'approver: Alex Morgan',
      `approved: ${approved}`,
      extra,
      '---',
      '# Policy',
      '',
    ].join('\n');
  const reviews = (ics: string): Event[] => events(ics).filter((e) => e.uid.startsWith('document-review-'));

  it('one event per approved document on its next review date, overdue ones said to be overdue', () => {
    const ics = icsOf({
      'p/aup.md': policy('POL-2', 'Acceptable use', 'approved', '2025-06-02'),
      'p/isp.md': policy('POL-1', 'Security policy', 'approved', '2026-04-01', 'reviewed: 2026-05-01\nreview-months: 6'),
    });
    const cal = new ICAL.Component(ICAL.parse(ics));
    const byUid = new Map(cal.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v]));
    const aup = byUid.get('document-review-POL-2@isms-workbench');
    assert.ok(aup, [...byUid.keys()].join(' '));
    assert.equal(String(aup.getFirstPropertyValue('dtstart')), '2026-06-02');
    assert.equal(String(aup.getFirstPropertyValue('summary')), 'Document review due POL-2: Acceptable use');
    assert.match(
      String(aup.getFirstPropertyValue('description')),
      /^State: review overdue\nVersion: 2\.0\nOwner: Sam Smith\nLast approved: 2025-06-02/,
    );
    assert.deepEqual(aup.getFirstProperty('categories')?.getValues(), ['ISMS', 'Document review']);
    const isp = byUid.get('document-review-POL-1@isms-workbench');
    assert.equal(String(isp?.getFirstPropertyValue('dtstart')), '2026-11-01', 'reviewed 2026-05-01 + its own 6 months');
    assert.match(String(isp?.getFirstPropertyValue('description')), /Last reviewed: 2026-05-01\nReview every 6 months$/);
  });

  it('no event for a draft, a document in review or a retired one', () => {
    const ics = icsOf({
      'a.md': policy('D-1', 'draft', 'draft', '2026-01-01'),
      'b.md': policy('D-2', 'in review', 'in-review', '2026-01-01'),
      'c.md': policy('D-3', 'retired', 'retired', '2026-01-01'),
    });
    assert.deepEqual(reviews(ics), []);
  });

  it('keeps the UID when the review moves (re-importing after a review updates the event), and escapes the text', () => {
    const title = 'Access, leavers; joiners\\ roles';
    const before = icsOf({ 'p.md': policy('POL 7', title, 'approved', '2025-06-02') });
    const after = icsOf({ 'p.md': policy('POL 7', title, 'approved', '2025-06-02', 'reviewed: 2026-06-01') });
    assert.deepEqual(
      reviews(before).map((e) => e.uid),
      ['document-review-POL%207@isms-workbench'],
    );
    assert.deepEqual(
      reviews(after).map((e) => e.uid),
      reviews(before).map((e) => e.uid),
    );
    assert.equal(
      reviews(after)[0].summary,
      `Document review due POL 7: ${title}`,
      'commas, semicolons and backslashes come back unchanged',
    );
    assert.ok(before.includes('Access\\, leavers\\; joiners\\\\ roles'), 'escaped per RFC 5545 3.3.11');
  });

  it('edge: documents without an id or with the same id still get distinct UIDs', () => {
    const ics = icsOf({
      'a.md': policy(undefined, 'No id', 'approved', '2026-01-01'),
      'b.md': policy('POL-9', 'first', 'approved', '2026-01-01'),
      'c.md': policy('POL-9', 'second', 'approved', '2026-01-01'),
    });
    const uids = reviews(ics).map((e) => e.uid);
    assert.equal(uids.length, 3);
    assert.equal(new Set(uids).size, 3, uids.join(' '));
  });
});
