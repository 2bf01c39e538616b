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
