/**
 * `isms import acknowledgements FILE.csv [dir]` (issue 17.3), run in process on a temporary ISMS folder:
 * a good import, a dry run, malformed files (nothing written), a re-import, comments kept.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadIsmsFolder } from '../../../src/core';
import { nodeFileHost } from '../../../src/node/fsHost';
import { runIsms, type CliRun } from '../support/cliInProcess';

const TODAY = '2026-11-25';

const PEOPLE = `isms: people
records:
  - { id: P-001, name: Alex Morgan, department: IT, joined: 2019-03-01, email: alex.morgan@acme.example }
  - { id: P-002, name: Priya Shah, department: HR, joined: 2019-03-01 }
  - { id: P-003, name: Chloé Martin, department: IT, joined: 2026-09-07 }
`;

const POLICY = `---
isms: document
id: POL-002
title: Acceptable Use Policy
version: "2.0"
status: approved
approver: Priya Shah
approved: 2026-06-02
audience: [everyone]
---
# Acceptable Use Policy
`;

const REGISTER = `# Acknowledgements, from the learning platform
isms: acknowledgements
records:
  # the first ones, typed by hand
  - person: P-002   # Priya
    document: POL-002
    version: "2.0"
    date: 2026-06-03
`;

describe('isms import acknowledgements', function () {
  this.timeout(30_000);
  let dir: string;
  const registerPath = (): string => path.join(dir, 'registers', 'acknowledgements.yaml');
  const csv = (text: string, name = 'acks.csv'): string => {
    writeFileSync(path.join(dir, name), text);
    return name;
  };
  const isms = (...args: string[]): Promise<CliRun> => runIsms(dir, TODAY, ['import', 'acknowledgements', ...args]);
  const isms907 = async (): Promise<string[]> => {
    const ws = await loadIsmsFolder(nodeFileHost, dir);
    return ws
      .check({ today: TODAY })
      .all()
      .filter((d) => d.code === 'ISMS907' || d.code === 'ISMS007')
      .map((d) => d.message);
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms-import-'));
    mkdirSync(path.join(dir, 'registers'));
    mkdirSync(path.join(dir, 'policies'));
    writeFileSync(path.join(dir, 'isms.yaml'), 'isms: config\norganisation: Acme Cloud Ltd\n');
    writeFileSync(path.join(dir, 'registers', 'people.yaml'), PEOPLE);
    writeFileSync(path.join(dir, 'policies', 'aup.md'), POLICY);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the register when there is none, people by id, email or name, documents by id or title', async () => {
    assert.equal((await isms907()).length, 1, 'before: three people have not acknowledged');
    const file = csv(
      'Employee ID,Email,Name,Course,Version,Completed on\n' +
        'P-002,,,POL-002,2.0,2026-06-03\n' +
        ',ALEX.MORGAN@acme.example,,Acceptable use policy,2.0,2026-06-10T09:30:00Z\n' +
        ',,chloé  martin,POL-002,2.0,2026-09-09\n',
    );
    const r = await isms(file);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Added 3 to registers\/acknowledgements\.yaml:$/m);
    assert.match(r.stdout, /acks\.csv:3: P-001 acknowledged POL-002 version 2\.0 on 2026-06-10/);
    const text = readFileSync(registerPath(), 'utf8');
    assert.ok(text.startsWith('# Who acknowledged which document version'), text);
    assert.match(text, /^isms: acknowledgements$/m);
    assert.match(text, /person: P-003\n\s+document: POL-002\n\s+version: "2\.0"\n\s+date: 2026-09-09/);
    assert.deepEqual(await isms907(), []);
  });

  it('--dry-run prints what would be added and writes nothing', async () => {
    const r = await isms(csv('person,document,date\nP-001,POL-002,2026-06-10\n'), '--dry-run');
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^Would add 1 to registers\/acknowledgements\.yaml:\n {2}acks\.csv:2: P-001 acknowledged POL-002 version 2\.0 on 2026-06-10\nNothing written \(--dry-run\)\.$/m,
    );
    assert.equal(existsSync(registerPath()), false);
    writeFileSync(registerPath(), REGISTER);
    await isms(csv('person,document,date\nP-001,POL-002,2026-06-10\n'), '--dry-run');
    assert.equal(readFileSync(registerPath(), 'utf8'), REGISTER);
  });

  it('a malformed file writes nothing and reports every bad row with its line (bad date, unknown document, ragged row)', async () => {
    writeFileSync(registerPath(), REGISTER);
    const file = csv(
      'person,document,version,date\n' +
        'P-001,POL-002,2.0,2026-06-10\n' + // good, but not written: another row is bad
        'P-003,POL-002,2.0,2026-02-30\n' +
        'P-003,POL-404,2.0,2026-09-09\n' +
        'P-003,POL-002,2.0\n' +
        '\n' +
        'Nobody,POL-002,2.0,2026-09-09\n' +
        'P-003,POL-002,2.0,2027-01-01\n',
    );
    const r = await isms(file);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.deepEqual(r.stderr.trimEnd().split('\n'), [
      "acks.csv:3: date '2026-02-30' is not a real calendar date",
      "acks.csv:4: document 'POL-404' is no document of the folder (by id or title)",
      'acks.csv:5: 3 fields, the header has 4',
      "acks.csv:7: person 'Nobody' is nobody on the roster (no person record has that id, name or email)",
      'acks.csv:8: date 2027-01-01 is after today (2026-11-25)',
      'isms: 5 bad rows; nothing written',
    ]);
    assert.equal(readFileSync(registerPath(), 'utf8'), REGISTER);
  });

  it('a CSV that cannot be read (an unclosed quote) or has no person column writes nothing', async () => {
    const broken = await isms(csv('person,document,version,date\n"P-001,POL-002,2.0,2026-06-10\n'));
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /^acks\.csv:\d+: the CSV cannot be read: Quote Not Closed/m);
    const noPerson = await isms(csv('course,version,date\nPOL-002,2.0,2026-06-10\n'));
    assert.equal(noPerson.code, 2);
    assert.match(noPerson.stderr, /no column for person in the CSV \(its columns: course, version, date\).*--map COLUMN=person/);
    assert.equal(existsSync(registerPath()), false);
  });

  it('a re-import adds nothing and leaves the file as it was', async () => {
    const file = csv('person,document,version,date\nP-001,POL-002,2.0,2026-06-10\nP-001,POL-002,2.0,2026-06-11\n');
    const first = await isms(file);
    assert.match(first.stdout, /^Added 1 to registers\/acknowledgements\.yaml \(1 already recorded\):$/m);
    const after = readFileSync(registerPath(), 'utf8');
    const again = await isms(file);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^Nothing to add to registers\/acknowledgements\.yaml \(2 already recorded\)\.$/m);
    assert.equal(readFileSync(registerPath(), 'utf8'), after);
  });

  it('keeps the comments and entries of the register, and finds it by its records wherever it is', async () => {
    rmSync(path.join(dir, 'registers'), { recursive: true });
    mkdirSync(path.join(dir, 'hr'));
    writeFileSync(path.join(dir, 'hr', 'people.yaml'), PEOPLE);
    writeFileSync(path.join(dir, 'hr', 'signed.yaml'), REGISTER);
    // Priya (P-002) is recorded already, by id; the export names her by name
    const r = await isms(
      csv('Name;Policy;Version;Acknowledged on\nPriya Shah;POL-002;2.0;03/06/2026\nAlex Morgan;POL-002;2.0;25/06/2026\n'),
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Added 1 to hr\/signed\.yaml \(1 already recorded\):$/m);
    const text = readFileSync(path.join(dir, 'hr', 'signed.yaml'), 'utf8');
    assert.equal(text, `${REGISTER}  - person: P-001\n    document: POL-002\n    version: "2.0"\n    date: 2026-06-25\n`);
  });

  it('--map names a column the headers do not; --date-order reads 03/06/2026 month first', async () => {
    writeFileSync(
      registerPath(),
      'isms: acknowledgements\nrecords:\n  - { person: P-002, document: POL-002, version: "2.0", date: 2026-06-03 }  # Priya\n',
    );
    const file = csv('Who,What,Rev,When,Note\nP-001,POL-002,2.0,06/10/2026,read on the train\n');
    const r = await isms(file, '--map', 'who=person', '--map', 'What=document', '--map', 'WHEN=date', '--date-order', 'mdy');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      readFileSync(registerPath(), 'utf8'),
      'isms: acknowledgements\nrecords:\n  - { person: P-002, document: POL-002, version: "2.0", date: 2026-06-03 }  # Priya\n' +
        '  - { person: P-001, document: POL-002, version: "2.0", date: 2026-06-10 }\n',
    );
    const unknown = await isms(file, '--map', 'Whom=person');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--map: the CSV has no column 'Whom'/);
  });

  it('a title names the document in force, not a retired one of the same title; a title two documents share names neither', async () => {
    const retired = POLICY.replace('id: POL-002', 'id: POL-000').replace('status: approved', 'status: retired');
    writeFileSync(path.join(dir, 'policies', 'aup-2023.md'), retired.replace('Acceptable Use Policy\n', 'Acceptable Use Policy (2023)\n'));
    writeFileSync(path.join(dir, 'policies', 'aup-old.md'), retired);
    const file = csv('name,policy,version,date\nAlex Morgan,acceptable use policy,2.0,2026-06-10\n');
    const r = await isms(file, '--dry-run');
    assert.match(r.stdout, /acks\.csv:2: P-001 acknowledged POL-002 version 2\.0 on 2026-06-10/);
    writeFileSync(path.join(dir, 'policies', 'aup-copy.md'), POLICY.replace('id: POL-002', 'id: POL-003'));
    const twice = await isms(file);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /^acks\.csv:2: document 'acceptable use policy' is the title of POL-003, POL-002; name it by id$/m);
  });

  it('without a version column takes the current version, unless the date is before its approval', async () => {
    const r = await isms(csv('email,document,date\nalex.morgan@acme.example,POL-002,2026-06-10\nP-003,POL-002,2026-05-01\n'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^acks\.csv:3: no version, and POL-002 2\.0 was approved on 2026-06-02, after 2026-05-01$/m);
  });
});
