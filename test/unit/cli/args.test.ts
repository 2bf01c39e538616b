/**
 * `isms` argument parsing (src/cli/args.ts), now on `node:util` parseArgs (issue 13.5): every case
 * below gives exactly what the hand-written parser of a17bf54 gave — the same command, or a UsageError
 * with the same message. The table was recorded from that parser.
 */
import * as assert from 'node:assert/strict';
import { parseArgs, UsageError, type Command } from '../../../src/cli/args';

type Expected = { command: Command } | { error: string };

const CASES: [string[], Expected][] = [
  [[], { command: { command: 'help' } }],
  [['help'], { command: { command: 'help' } }],
  [['version'], { command: { command: 'version' } }],
  [['-h'], { command: { command: 'help' } }],
  [['--version'], { command: { command: 'version' } }],
  [['check'], { command: { command: 'check', format: 'text', failOn: 'error', rules: [] } }],
  [['check', 'dir'], { command: { command: 'check', format: 'text', failOn: 'error', rules: [], dir: 'dir' } }],
  [['check', 'a', 'b'], { error: 'isms check takes one folder (got 2: a, b)' }],
  [['check', '--format', 'json'], { command: { command: 'check', format: 'json', failOn: 'error', rules: [] } }],
  [['check', '--format=sarif', 'x'], { command: { command: 'check', format: 'sarif', failOn: 'error', rules: [], dir: 'x' } }],
  [['check', '--format', 'xml'], { error: "--format must be one of text, json, sarif, gitlab, github (got 'xml')" }],
  [['check', '--today', '2026-02-30'], { error: "--today must be a real calendar date written YYYY-MM-DD (got '2026-02-30')" }],
  [['check', '--today'], { error: '--today needs a value' }],
  [['check', '--today', '--format'], { error: "--today must be a real calendar date written YYYY-MM-DD (got '--format')" }],
  [
    ['check', '--fail-on', 'warning', '--rule', 'ISMS103=off', '--rule', 'internal-audit-overdue = hint'],
    {
      command: {
        command: 'check',
        format: 'text',
        failOn: 'warning',
        rules: [
          ['ISMS103', 'off'],
          ['internal-audit-overdue', 'hint'],
        ],
      },
    },
  ],
  [['check', '--rule', 'bad'], { error: "--rule must be written CODE=LEVEL, e.g. --rule ISMS103=off (got 'bad')" }],
  [['check', '--months', '3'], { error: "unknown option '--months' for isms check" }],
  [['check', '-x'], { error: "unknown option '-x' for isms check" }],
  [['check', '-abc'], { error: "unknown option '-abc' for isms check" }],
  [['check', '--bogus=1'], { error: "unknown option '--bogus' for isms check" }],
  [['check', '--', 'x'], { error: "unknown option '--' for isms check" }],
  [['check', '-'], { command: { command: 'check', format: 'text', failOn: 'error', rules: [], dir: '-' } }],
  [['check', '--out=--help'], { command: { command: 'help' } }],
  [['plan', '--months', '0'], { error: "--months must be a whole number from 1 to 120 (got '0')" }],
  [['plan', '--months', '-3'], { error: "--months must be a whole number from 1 to 120 (got '-3')" }],
  [['plan', '--months', '12.5'], { error: "--months must be a whole number from 1 to 120 (got '12.5')" }],
  [['plan', '--months=120', '--today=2026-01-31', 'd'], { command: { command: 'plan', months: 120, today: '2026-01-31', dir: 'd' } }],
  [['plan', '--format', 'json'], { error: "unknown option '--format' for isms plan" }],
  [['export'], { error: 'isms export needs what to export: ics or review-pack or csv' }],
  [['export', '--out', 'x'], { error: 'isms export needs what to export: ics or review-pack or csv' }],
  [['export', 'pdf'], { error: "isms export must be one of ics, review-pack, csv (got 'pdf')" }],
  [['export', 'ics', '--out', '-', '--force'], { command: { command: 'export', what: 'ics', force: true, out: '-' } }],
  [
    ['export', 'review-pack', 'd', '--out=p.html', '--today', '2026-11-25'],
    { command: { command: 'export', what: 'review-pack', force: false, out: 'p.html', today: '2026-11-25', dir: 'd' } },
  ],
  [['export', 'ics', '--force=yes'], { command: { command: 'export', what: 'ics', force: true, dir: 'yes' } }],
  [['export', 'ics', 'a', 'b'], { error: 'isms export takes one folder (got 2: a, b)' }],
  [['report'], { error: 'isms report needs what to report: coverage or awareness or documents or controls' }],
  [
    ['report', 'controls', 'examples/acme', '--format', 'json', '--today', '2026-11-25'],
    { command: { command: 'report', what: 'controls', format: 'json', today: '2026-11-25', dir: 'examples/acme' } },
  ],
  [['report', 'controls', '--standard', 'x'], { error: "unknown option '--standard' for isms report controls" }],
  [
    ['report', 'coverage', '--standard', 'iso27701', '--format', 'markdown'],
    { command: { command: 'report', what: 'coverage', format: 'markdown', standard: 'iso27701' } },
  ],
  [['report', 'awareness', '--standard', 'x'], { error: "unknown option '--standard' for isms report awareness" }],
  [['report', 'awareness', '--format', 'json', 'd'], { command: { command: 'report', what: 'awareness', format: 'json', dir: 'd' } }],
  [['report', 'coverage', 'a', 'b'], { error: 'isms report coverage takes one folder (got 2: a, b)' }],
  [['report', 'coverage', '--format', 'pdf'], { error: "--format must be one of text, json, markdown (got 'pdf')" }],
  [['--format', 'json'], { error: "unknown option '--format' (a command comes first: check, plan, export, report or import)" }],
  [['--format=json', 'check'], { error: "unknown option '--format' (a command comes first: check, plan, export, report or import)" }],
  [['frobnicate'], { error: "unknown command 'frobnicate' (expected check, plan, export, report or import)" }],
  [['check', '--=x'], { error: "unknown option '--=x' for isms check" }],
  [['check', '--constructor', 'x'], { error: "unknown option '--constructor' for isms check" }],
  [['check', '--today=', 'x'], { error: "--today must be a real calendar date written YYYY-MM-DD (got '')" }],
  // issue 17.3: isms import acknowledgements FILE.csv [dir]
  [['import'], { error: 'isms import needs what to import: acknowledgements or csv' }],
  [['import', 'people', 'a.csv'], { error: "isms import must be one of acknowledgements, csv (got 'people')" }],
  [['import', 'acknowledgements'], { error: 'isms import acknowledgements needs the CSV file to read' }],
  [
    ['import', 'acknowledgements', '--dry-run', 'a.csv', 'isms', '--map', 'Employee ID = person', '--date-order=dmy'],
    {
      command: {
        command: 'import',
        what: 'acknowledgements',
        file: 'a.csv',
        dryRun: true,
        map: [['Employee ID', 'person']],
        dateOrder: 'dmy',
        dir: 'isms',
      },
    },
  ],
  [
    ['import', 'acknowledgements', 'a.csv', 'x', 'y'],
    { error: 'isms import acknowledgements takes a CSV file and one folder (got a.csv, x, y)' },
  ],
  [
    ['import', 'acknowledgements', 'a.csv', '--map', 'person'],
    { error: '--map must be written COLUMN=FIELD, e.g. --map "Employee ID=person" (got \'person\')' },
  ],
  // issue 19.5: isms import csv FILE --kind KIND, isms export csv --kind KIND
  [
    [
      'import',
      'csv',
      'r.csv',
      '--kind',
      'risk',
      'isms',
      '--map',
      'Risk ID=id,Risk, short=title',
      '--map=Notes=ignore',
      '--skip-bad',
      '--into',
      'r.yaml',
    ],
    {
      command: {
        command: 'import',
        what: 'csv',
        file: 'r.csv',
        dryRun: false,
        map: [
          ['Risk ID', 'id'],
          ['Risk, short', 'title'],
          ['Notes', 'ignore'],
        ],
        kind: 'risk',
        skipBad: true,
        into: 'r.yaml',
        dir: 'isms',
      },
    },
  ],
  [['import', 'csv', 'r.csv'], { error: 'isms import csv needs --kind KIND (e.g. --kind risk)' }],
  [['import', 'acknowledgements', 'a.csv', '--kind', 'risk'], { error: "unknown option '--kind' for isms import acknowledgements" }],
  [
    ['export', 'csv', '--kind', 'soa', '--out', 's.csv'],
    { command: { command: 'export', what: 'csv', force: false, kind: 'soa', out: 's.csv' } },
  ],
  [['export', 'csv', 'isms'], { error: 'isms export csv needs --kind KIND (e.g. --kind risk)' }],
  [['export', 'ics', '--kind', 'risk'], { error: '--kind is for isms export csv, not ics' }],
  [['import', 'acknowledgements', 'a.csv', '--date-order', 'ymd'], { error: "--date-order must be one of dmy, mdy (got 'ymd')" }],
  [['import', 'acknowledgements', 'a.csv', '--force'], { error: "unknown option '--force' for isms import acknowledgements" }],
];

describe('isms arguments: the same commands and messages as before parseArgs', () => {
  for (const [argv, expected] of CASES) {
    it(`isms ${argv.map((a) => JSON.stringify(a)).join(' ')}`, () => {
      if ('error' in expected) {
        assert.throws(
          () => parseArgs(argv),
          (e: unknown) => e instanceof UsageError && e.message === expected.error,
        );
      } else {
        // JSON drops `dir: undefined`, as the recorded table did
        assert.deepEqual(JSON.parse(JSON.stringify(parseArgs(argv))), expected.command);
      }
    });
  }
});

describe('isms --today that is not a calendar date is a usage error in every command (issue 15.10)', () => {
  const commands = [
    ['check'],
    ['plan'],
    ['export', 'ics'],
    ['export', 'review-pack'],
    ['export', 'csv', '--kind', 'risk'],
    ['report', 'coverage'],
    ['report', 'awareness'],
    ['report', 'documents'],
    ['report', 'controls'],
    ['import', 'acknowledgements', 'a.csv'],
    ['import', 'csv', 'r.csv', '--kind', 'risk'],
  ];
  for (const argv of commands) {
    for (const value of ['2027-13-45', '2027-02-29', '27-1-1']) {
      it(`isms ${argv.join(' ')} --today ${value}`, () => {
        assert.throws(
          () => parseArgs([...argv, '--today', value]),
          (e: unknown) =>
            e instanceof UsageError && e.message === `--today must be a real calendar date written YYYY-MM-DD (got '${value}')`,
        );
      });
    }
  }
});
