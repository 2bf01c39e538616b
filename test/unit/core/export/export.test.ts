/**
 * The exports: the audit plan as iCalendar (parsed back by ical.js, a real RFC 5545 parser), the
 * management review pack (Markdown and its HTML), and `isms export` as a process (dist/cli.js).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { escapeText, foldLine, markdownToHtml, mdText, reviewPack, toICalendar } from '../../../../src/core/export';
import { fixtureWorkspace, HOSTILE, TODAY } from '../../../webview/fixture';
import { config, workspaceOf } from '../../support/memory';

const REPO = path.resolve(__dirname, '../../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  isDate: boolean;
  categories: string[];
}

function parseIcs(text: string): { name: string; events: ParsedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(cal.getFirstPropertyValue('x-wr-calname')),
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        description: e.description,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        isDate: e.startDate.isDate,
        categories: v.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      };
    }),
  };
}

describe('iCalendar export', () => {
  const ws = workspaceOf({
    'isms.yaml': config(
      'certification:\n  audits:\n    - { type: surveillance-1, date: 2026-02-09, status: done }\n    - { type: surveillance-2, date: 2027-02-08 }\n    - { type: special, date: 2026-06-01, status: cancelled }\n',
    ),
    'audits.yaml': `isms: internal-audits
records:
  - id: IA-1
    title: "Access control, leavers; joiners\\nand movers \\\\ roles"
    planned: 2026-12-03
    auditor: Ravi Patel
    scope: [A.5.15, A.5.18]
  - id: IA-2
    title: ${JSON.stringify('Ünïcödé 审计 📅 '.repeat(6))}
    planned: 2026-11-02
    performed: 2026-11-03
    status: done
  - id: IA-3
    title: Cancelled
    planned: 2026-10-01
    status: cancelled
  - id: IA-1
    title: Duplicate id
    planned: 2027-01-05
`,
    'ca.yaml':
      'isms: corrective-actions\nrecords:\n  - { id: CA-1, title: Open one, due: 2026-12-20, status: open, owner: Sam }\n  - { id: CA-2, title: Closed one, due: 2026-12-21, status: closed }\n',
    'mr.md': '---\nisms: management-review\nid: MR-1\ndate: 2026-12-10\nstatus: planned\n---\n',
  });
  const ics = toICalendar(ws, TODAY);
  const parsed = parseIcs(ics);

  it('is a VCALENDAR with CRLF line ends and no line longer than 75 octets', () => {
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'a bare LF');
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    assert.equal(parsed.name, 'Test Ltd audit plan');
  });

  it('has one all-day event per live audit, external audit, review and open CA due date', () => {
    assert.deepEqual(
      parsed.events.map((e) => `${e.start} ${e.summary.split(':')[0]}`),
      [
        '2026-02-09 First surveillance audit',
        '2026-11-03 Internal audit IA-2',
        // no review held yet: the overdue review (ISMS202) is on the plan, due now (issue 15.4)
        '2026-11-25 Management review due',
        '2026-12-03 Internal audit IA-1',
        '2026-12-10 Management review MR-1',
        '2026-12-20 Corrective action due CA-1',
        '2027-01-05 Internal audit IA-1',
        '2027-02-08 Second surveillance audit',
      ],
    );
    for (const e of parsed.events) {
      assert.ok(e.isDate, `${e.summary} is not all-day`);
      assert.equal(
        ICAL.Time.fromDateString(e.end).toJSDate().getTime() - ICAL.Time.fromDateString(e.start).toJSDate().getTime(),
        86_400_000,
      );
    }
    assert.ok(/\r\nDTSTART;VALUE=DATE:20261203\r\n/.test(ics));
    assert.ok(/\r\nDTSTAMP:20261125T000000Z\r\n/.test(ics));
  });

  it('escapes commas, semicolons, backslashes and newlines so that they come back unchanged', () => {
    const ia1 = parsed.events.find((e) => e.uid === 'internal-audit-IA-1@isms-workbench')!;
    assert.equal(ia1.summary, 'Internal audit IA-1: Access control, leavers; joiners\nand movers \\ roles');
    assert.ok(
      ics.replace(/\r\n /g, '').includes('SUMMARY:Internal audit IA-1: Access control\\, leavers\\; joiners\\nand movers \\\\ roles\r\n'),
    );
    assert.equal(ia1.description, 'State: planned\nAuditor: Ravi Patel\nScope: A.5.15, A.5.18');
    assert.deepEqual(ia1.categories, ['ISMS', 'Internal audit']);
  });

  it('folds long lines without splitting a character, and unfolds to the original text', () => {
    const ia2 = parsed.events.find((e) => e.uid === 'internal-audit-IA-2@isms-workbench')!;
    assert.equal(ia2.summary, `Internal audit IA-2: ${'Ünïcödé 审计 📅 '.repeat(6)}`);
    assert.ok(ics.includes('\r\n '), 'nothing was folded');
    const long = `SUMMARY:${'€'.repeat(40)}`;
    const folded = foldLine(long);
    assert.equal(folded.replace(/\r\n /g, ''), long);
    for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75);
    assert.ok(!folded.includes('\uFFFD'));
  });

  it('gives stable, unique UIDs from record ids', () => {
    const uids = parsed.events.map((e) => e.uid);
    assert.equal(new Set(uids).size, uids.length);
    assert.ok(uids.includes('internal-audit-IA-1@isms-workbench'));
    assert.ok(uids.includes('internal-audit-IA-1~2@isms-workbench'), 'the duplicate id got a suffix no id can have');
    assert.ok(uids.includes('corrective-action-CA-1@isms-workbench'));
    assert.equal(toICalendar(ws, TODAY), ics, 'the same workspace and day give the same file');
  });

  it('escapes text per RFC 5545 3.3.11', () => {
    assert.equal(escapeText('a,b;c\\d\ne\r\nf'), 'a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('parses back with hostile titles', () => {
    const events = parseIcs(toICalendar(fixtureWorkspace(), TODAY)).events;
    assert.ok(events.some((e) => e.summary === `Internal audit IA-2026-10: ${HOSTILE[1]}`));
    assert.ok(events.some((e) => e.summary === `Corrective action due CA-1: ${HOSTILE[7]}`));
  });
});

describe('management review pack', () => {
  const pack = reviewPack(fixtureWorkspace(), TODAY);

  it('has a section for each 9.3.2 input the records fill, and lists the ones they cannot', () => {
    for (const heading of [
      '## 9.3.2 a ',
      '## 9.3.2 d 1 ',
      '## 9.3.2 d 2 ',
      '## 9.3.2 d 3 ',
      '## 9.3.2 f ',
      '## Changes since the last review',
      '## Inputs to be brought to the review',
    ]) {
      assert.ok(pack.markdown.includes(heading), heading);
    }
    assert.ok(pack.markdown.includes('- 9.3.2 e: feedback from interested parties'));
    assert.ok(pack.markdown.includes('Corrective actions: 3 recorded, **2 open**, **1 overdue**.'));
    assert.match(pack.markdown, /\| CA-1 \| .* \| 2026-10-31 \| open \| overdue \|/);
  });

  it('computes phishing click and report rates from the awareness register', () => {
    const ws = workspaceOf({
      'isms.yaml': config(),
      'mr.md':
        '---\nisms: management-review\nid: MR-1\ndate: 2026-03-01\nstatus: done\nactions:\n  - { id: MR-1-A1, text: Do it, owner: Ann, due: 2026-05-01, status: open }\n---\n',
      'aw.yaml': `isms: awareness
records:
  - { id: AW-0, type: phishing-simulation, date: 2026-02-01, sent: 1000, clicked: 900, reported: 1 }
  - { id: AW-1, title: Q2, type: phishing-simulation, date: 2026-06-01, sent: 200, clicked: 20, reported: 100 }
  - { id: AW-2, title: Q3, type: phishing-simulation, date: 2026-09-01, sent: 200, clicked: 10, reported: 120 }
  - { id: AW-3, title: Training, type: training, date: 2026-07-01, attendees: 50 }
`,
      'risks.yaml':
        'isms: risks\nrecords:\n  - { id: R-1, title: Big, likelihood: 4, impact: 5, status: open }\n  - { id: R-2, title: Done, likelihood: 5, impact: 5, status: treated }\n  - { id: R-3, title: Small, likelihood: 1, impact: 2 }\n',
    });
    const md = reviewPack(ws, TODAY).markdown;
    // AW-0 is before the last review (2026-03-01): not in the period
    assert.ok(md.includes('Phishing simulations: 2; overall click rate **7.5 %**, report rate **55.0 %** (400 messages sent).'), md);
    // the trend table: the last twelve months (AW-0 included), oldest first, and its direction
    assert.ok(md.includes('#### Phishing simulations since 2025-11-25'), md);
    assert.ok(md.includes('| 2026-02-01 | AW-0 | — | 1000 | 900 | 90.0 % | 1 | 0.1 % |'), md);
    assert.ok(md.includes('| 2026-06-01 | AW-1 | Q2 | 200 | 20 | 10.0 % | 100 | 50.0 % |'));
    assert.ok(md.indexOf('| AW-0 |') < md.indexOf('| AW-1 |') && md.indexOf('| AW-1 |') < md.indexOf('| AW-2 |'), 'date order');
    assert.ok(
      md.includes(
        'Trend: Over 3 simulations (2026-02-01 to 2026-09-01): click rate 90.0 % → 5.0 % (down 85.0 points); report rate 0.1 % → 60.0 % (up 59.9 points).',
      ),
      md,
    );
    assert.ok(md.includes('| AW-3 | Training | training | 2026-07-01 | 50 |'));
    assert.ok(md.includes('| MR-1-A1 | Do it | Ann | 2026-05-01 | open |'));
    assert.ok(md.includes('Open risks: 2.'));
    assert.ok(md.indexOf('| R-1 |') < md.indexOf('| R-3 |'), 'highest score first');
    assert.ok(!md.includes('| R-2 |'));
  });

  it('shows internal-audit coverage per listed standard this cycle: counts, what is not yet audited, what audits named of a law', () => {
    const ws = workspaceOf({
      'isms.yaml': config('standards: [iso27001:2022, iso27701:2019, gdpr]\ncertification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n'),
      'soa.yaml':
        'isms: soa\nrecords:\n  - { id: S1, control: A.5.1, applicable: true }\n  - { id: S2, control: "iso27701:A.7.2.8", applicable: true }\n',
      'ia.yaml':
        'isms: internal-audits\nrecords:\n  - { id: IA-1, planned: 2026-05-12, performed: 2026-05-12, status: done, scope: ["4", "5", "6", "7", "8", "9", "10", A.5.1, "iso27701:A.7.2.8", "gdpr:art-30"] }\n',
    });
    const md = reviewPack(ws, TODAY).markdown;
    assert.ok(md.includes('## Internal-audit coverage per standard this cycle (9.2.2, 9.3.2 d 3)'), md);
    assert.ok(md.includes('Done internal audits since the start of the certification cycle on 2025-03-14.'));
    assert.ok(
      md.includes('### ISO/IEC 27001:2022 — 31 of 31 audited\n\nEvery clause and control in scope has been audited this cycle.'),
      md,
    );
    assert.match(md, /### ISO\/IEC 27701:2019 — 1 of 40 audited\n\nNot yet audited \(39\): iso27701:5\.2\.1, /);
    assert.ok(
      md.includes(
        '### GDPR (Regulation (EU) 2016/679) — informational (a law, not certified): 1 article in the scope of internal audits, 1 audited\n\nNamed by audits: gdpr:art-30 (related: iso27701:A.7.2.8, iso27701:A.7.5.3, iso27701:A.7.5.4, iso27701:B.8.2.6).',
      ),
      md,
    );
    assert.ok(reviewPack(ws, TODAY).html.includes('<h3>ISO/IEC 27701:2019 — 1 of 40 audited</h3>'));
  });

  it('keeps workspace text literal in Markdown and in HTML', () => {
    assert.equal(mdText('<b>*x*</b> | [l](javascript:alert(1))'), '\\<b\\>\\*x\\*\\</b\\> \\| \\[l\\](javascript:alert(1))');
    assert.equal(mdText('# not a heading\nsecond line'), '\\# not a heading second line');
    for (const h of HOSTILE) {
      const html = markdownToHtml(`| A |\n| --- |\n| ${mdText(h)} |\n\n- ${mdText(h)}\n`);
      assert.ok(!/<(img|svg|script|iframe|style)\b/i.test(html), html);
      // a real tag starts with '<' (escaped text shows as &lt;): none carries an event handler
      assert.ok(!/<[a-z][^>]*\son\w+\s*=/i.test(html), html);
    }
    assert.ok(!/<(img|svg|script|iframe)\b/i.test(pack.html.replace(/<meta[^>]*>/, '')));
    assert.ok(pack.html.includes('&lt;img src=x onerror=&quot;window.__pwned=true;alert(1)&quot;&gt;'));
  });

  it('renders the pack dialect: headings, lists, tables, bold, escapes', () => {
    assert.equal(
      markdownToHtml('# T\n\nSome **bold** \\* text\n\n- one\n- two\n\n| a | b \\| c |\n| --- | --- |\n| 1 | 2 |\n'),
      '<h1>T</h1>\n<p>Some <strong>bold</strong> * text</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<table>\n<thead><tr><th>a</th><th>b | c</th></tr></thead>\n<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n</table>',
    );
  });
});

describe('isms export (dist/cli.js as a process)', function () {
  this.timeout(60_000);
  let dir: string;

  const isms = (args: string[], cwd = dir): { status: number | null; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  before(function () {
    assert.ok(existsSync(CLI), `${CLI} is missing: build first with node esbuild.mjs`);
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms-export-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const SAMPLE = path.join(REPO, 'examples', 'acme');

  it('writes the sample audit plan as a new .ics file that ical.js parses', () => {
    const r = isms(['export', 'ics', SAMPLE, '--today', TODAY]);
    assert.equal(r.status, 0, r.stderr);
    const file = path.join(dir, 'isms-audit-plan.ics');
    const { events } = parseIcs(readFileSync(file, 'utf8'));
    assert.ok(events.length > 30, String(events.length));
    assert.ok(events.some((e) => e.summary === 'Second surveillance audit' && e.start === '2027-02-08'));
    assert.match(r.stderr, /^isms: wrote isms-audit-plan\.ics \(\d+ events, as of 2026-11-25\)\n$/);
    assert.deepEqual(readdirSync(dir), ['isms-audit-plan.ics'], 'no temporary file left behind');
  });

  it('refuses to overwrite an existing file unless --force, and leaves it untouched', () => {
    const file = path.join(dir, 'plan.ics');
    writeFileSync(file, 'mine');
    const refused = isms(['export', 'ics', SAMPLE, '--today', TODAY, '--out', 'plan.ics']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /plan\.ics exists; not overwritten \(use --force to replace it\)/);
    assert.equal(readFileSync(file, 'utf8'), 'mine');
    assert.deepEqual(readdirSync(dir), ['plan.ics']);
    const forced = isms(['export', 'ics', SAMPLE, '--today', TODAY, '--out', 'plan.ics', '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.ok(readFileSync(file, 'utf8').startsWith('BEGIN:VCALENDAR\r\n'));
    assert.deepEqual(readdirSync(dir), ['plan.ics']);
  });

  it('writes the review pack as Markdown by default and as HTML for an .html file', () => {
    assert.equal(isms(['export', 'review-pack', SAMPLE, '--today', TODAY]).status, 0);
    const md = readFileSync(path.join(dir, `management-review-pack-${TODAY}.md`), 'utf8');
    assert.ok(md.startsWith('# Management review pack — Acme Cloud Ltd — 2026-11-25\n'));
    assert.ok(md.includes('since the last review on 2026-04-22'));
    assert.equal(isms(['export', 'review-pack', SAMPLE, '--today', TODAY, '--out', 'pack.html']).status, 0);
    const html = readFileSync(path.join(dir, 'pack.html'), 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>') && html.includes('<h2>9.3.2 d 3 — Audit results</h2>'));
  });

  it('prints to standard output with --out -', () => {
    const r = isms(['export', 'ics', SAMPLE, '--today', TODAY, '--out', '-']);
    assert.equal(r.status, 0);
    assert.ok(r.stdout.startsWith('BEGIN:VCALENDAR'));
    assert.deepEqual(readdirSync(dir), []);
  });

  it('rejects a missing or unknown export kind and unknown options with exit code 2', () => {
    assert.equal(isms(['export']).status, 2);
    assert.match(isms(['export', 'pdf', SAMPLE]).stderr, /isms export must be one of ics, review-pack/);
    assert.match(isms(['export', 'ics', SAMPLE, '--format', 'json']).stderr, /unknown option '--format' for isms export/);
    assert.match(isms(['export', 'ics', SAMPLE, '--today', '2026-02-30']).stderr, /--today must be a real calendar date/);
    assert.match(isms(['export', 'ics', path.join(dir, 'nowhere')]).stderr, /no such folder/);
  });
});

describe('management review pack and actions that are cancelled or unreadable (issue 16.2)', () => {
  it('counts them apart from open and closed, so the totals add up and none is counted as what it may not be', () => {
    const ws = workspaceOf({
      'isms.yaml': config(),
      'cas.yaml': [
        'isms: corrective-actions',
        'records:',
        '  - { id: CA-1, title: Open, due: 2026-01-01, status: open }',
        '  - { id: CA-2, title: Withdrawn, due: 2026-01-01, status: cancelled, cancel-reason: Duplicate, closed: 2026-05-01 }',
        '  - { id: CA-3, title: Unreadable, due: 2026-01-01, status: whatever, closed: 2026-05-01 }',
        '',
      ].join('\n'),
    });
    const md = reviewPack(ws, TODAY).markdown;
    assert.ok(
      md.includes('Corrective actions: 3 recorded, **1 open**, **1 overdue**, 1 cancelled, 1 with a status that cannot be read (ISMS006).'),
      md,
    );
    assert.doesNotMatch(md, /\| CA-[23] \|/);
  });
});
