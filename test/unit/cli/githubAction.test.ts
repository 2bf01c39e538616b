/**
 * The GitHub Action (action.yml → scripts/action.mjs → `isms check --format github --summary …`): the
 * annotations' escaping and limits on made-up findings, then the action's script as a process with a
 * faked `GITHUB_*` environment on the sample ISMS, checking what the runner would read — annotations,
 * the job summary, the SARIF file and the exit code — and that action.yml wires its inputs to the script.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseArgs } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/main';
import type { Finding } from '../../../src/cli/findings';
import { annotation, escapeData, escapeProperty, formatGithub } from '../../../src/cli/format/github';
import { ruleFamily } from '../../../src/cli/jobSummary';

// the bundle runs from out/test/unit/cli; the repository root is four levels up
const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SCRIPT = path.join(REPO, 'scripts', 'action.mjs');
const SAMPLE = 'examples/acme';
const TODAY = '2026-11-25';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    file: 'isms/registers/corrective-actions.yaml',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 17,
    severity: 'warning',
    code: 'ISMS301',
    rule: 'corrective-action-overdue',
    message: 'Corrective action CA-1 is overdue.',
    related: [],
    ...over,
  };
}

/** The runner's reading of a workflow command line: type, properties (decoded) and message (decoded). */
function readCommand(line: string): { type: string; props: Record<string, string>; message: string } | undefined {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) return undefined;
  const decode = (v: string): string =>
    v.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const p of (m[2] ?? '').split(',').filter(Boolean)) props[p.slice(0, p.indexOf('='))] = decode(p.slice(p.indexOf('=') + 1));
  return { type: m[1], props, message: decode(m[3]) };
}

/** Lines a runner would take for a workflow command: `::` at the start after blanks. */
const commandLines = (out: string): string[] => out.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l));

describe('--format github: workflow-command escaping and limits', () => {
  const ctx = { base: '/repo', repository: '/repo' };

  it('escapes data and properties as the runner decodes them', () => {
    assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
    // other controls, bidi characters included, are shown, not passed
    assert.equal(escapeData('x\u001b[31my\u202ez'), 'x\\x1b[31my\\u202ez');
  });

  it('writes file, line, endLine, col, endColumn and title=CODE slug', () => {
    assert.equal(
      annotation(finding(), ctx),
      '::warning file=isms/registers/corrective-actions.yaml,line=3,endLine=3,col=5,endColumn=17,' +
        'title=ISMS301 corrective-action-overdue::Corrective action CA-1 is overdue.',
    );
    assert.match(annotation(finding({ severity: 'error' }), ctx), /^::error /);
    assert.match(annotation(finding({ severity: 'information' }), ctx), /^::notice /);
    assert.match(annotation(finding({ severity: 'hint' }), ctx), /^::notice /);
    // over several lines GitHub takes no endColumn
    assert.doesNotMatch(annotation(finding({ endLine: 5 }), ctx), /endColumn/);
  });

  it('makes paths relative to the repository root, and leaves a file outside it unannotated', () => {
    const sub = { base: '/repo/isms', repository: '/repo' };
    assert.match(annotation(finding({ file: 'registers/ca.yaml' }), sub), /^::warning file=isms\/registers\/ca\.yaml,/);
    const outside = annotation(finding({ file: '../../elsewhere/ca.yaml' }), sub);
    assert.doesNotMatch(outside, /file=/);
    assert.match(outside, /::\.\.\/\.\.\/elsewhere\/ca\.yaml:3:5: Corrective action/);
  });

  it('lets no hostile message, title or file name start a second command', () => {
    const hostile = [
      finding({ message: 'x\n::error::injected' }),
      finding({ message: 'x\r::set-output name=a::b' }),
      finding({ message: 'x\u2028::add-mask::secret\u0085::stop-commands::t' }),
      finding({ message: 'a %0A::error::b' }),
      finding({ file: 'a,line=1::x\n::error::y.yaml', rule: 'r,title=x::\n::warning::z' }),
    ];
    const out = formatGithub(hostile, ctx, 'summary');
    const commands = commandLines(out);
    assert.equal(commands.length, hostile.length, out);
    for (const [i, line] of commands.entries()) {
      const read = readCommand(line);
      assert.ok(read, line);
      assert.equal(read.type, 'warning');
      assert.deepEqual(Object.keys(read.props), ['file', 'line', 'endLine', 'col', 'endColumn', 'title']);
      assert.equal(read.props.file, hostile[i].file);
      // a line break survives as GitHub's %0A (shown as a break inside the annotation), nothing else raw
      assert.ok(!/[\u2028\u0085]/.test(line));
    }
    assert.equal(readCommand(commands[0])?.message, 'x\n::error::injected');
    assert.equal(readCommand(commands[3])?.message, 'a %0A::error::b');
  });

  it('prints at most 10 annotations of each type, errors first, then the rest plainly with a count', () => {
    const many = [
      ...Array.from({ length: 12 }, (_, i) => finding({ severity: 'information', line: i + 1 })),
      ...Array.from({ length: 15 }, (_, i) => finding({ severity: 'warning', line: i + 1 })),
      ...Array.from({ length: 25 }, (_, i) => finding({ severity: 'error', line: i + 1, code: 'ISMS304' })),
    ];
    const out = formatGithub(many, ctx, '52 problems');
    const types = commandLines(out).map((l) => readCommand(l)?.type);
    assert.deepEqual(types, [...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')]);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.filter((l) => /^isms\/registers\/corrective-actions\.yaml:\d+:5: (error|warning|information) /.test(l)).length, 22);
    assert.equal(lines.at(-2), '52 problems');
    assert.match(lines.at(-1)!, /^… and 15 more errors, 5 more warnings, 2 more notices not annotated /);
    assert.match(lines.at(-1)!, /job summary or the SARIF upload/);
  });

  it('adds no left-out line when everything fits', () => {
    const out = formatGithub([finding(), finding({ severity: 'error' })], ctx, 'two');
    assert.deepEqual(
      out
        .trimEnd()
        .split('\n')
        .map((l) => readCommand(l)?.type ?? l),
      ['error', 'warning', 'two'],
    );
  });

  it('parses --format github, --summary and --sarif', () => {
    assert.deepEqual(parseArgs(['check', 'x', '--format', 'github', '--summary', 's.md', '--sarif=r.sarif']), {
      command: 'check',
      format: 'github',
      failOn: 'error',
      rules: [],
      summary: 's.md',
      sarif: 'r.sarif',
      dir: 'x',
    });
  });

  it('names the rule families as docs/rules.md does', () => {
    assert.equal(ruleFamily('ISMS001'), 'Data (ISMS0xx)');
    assert.equal(ruleFamily('ISMS301'), 'Corrective action (ISMS3xx)');
    assert.equal(ruleFamily('ISMS931'), 'Documented information (ISMS9xx)');
    const docs = readFileSync(path.join(REPO, 'docs', 'rules.md'), 'utf8');
    // the headings read `# Internal audit (ISMS1xx)`, `# Data rules (ISMS0xx)`
    const headings = docs.split('\n').filter((l) => /^# .* \(ISMS\dxx\)$/.test(l));
    for (const d of '0123456789') {
      const [name, family] = ruleFamily(`ISMS${d}01`).split(' (');
      assert.ok(
        headings.some((h) => h.startsWith(`# ${name}`) && h.endsWith(`(${family}`)),
        `${name} (${family}`,
      );
    }
  });
});

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
}

describe('the GitHub Action (scripts/action.mjs with a faked GITHUB_* environment)', function () {
  this.timeout(60_000);
  let tmp: string;

  before(function () {
    assert.ok(existsSync(CLI), `${CLI} is missing: build first with \`node esbuild.mjs\` (npm test does)`);
  });
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'isms-action-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  /** The step as action.yml runs it: inputs as ISMS_* variables, in the workspace, the CLI a local build. */
  function action(inputs: Record<string, string>, cwd = REPO): ActionRun {
    const summaryFile = path.join(tmp, 'step-summary.md');
    const env = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: REPO,
      GITHUB_STEP_SUMMARY: summaryFile,
      ISMS_PACKAGE: '@isms-workbench/cli',
      ISMS_ACTION_CLI: CLI,
      ...inputs,
    };
    const r = spawnSync(process.execPath, [SCRIPT], { cwd, env, encoding: 'utf8', timeout: 30_000 });
    if (r.error) throw r.error;
    const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '';
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary };
  }

  it(`annotates ${SAMPLE}: 10 errors, 10 warnings, 7 notices, repository paths, CODE slug titles; the rest counted`, () => {
    const r = action({ ISMS_PATH: SAMPLE, ISMS_TODAY: TODAY });
    assert.equal(r.stderr, '');
    const commands = commandLines(r.stdout).map((l) => readCommand(l)!);
    const count = (t: string): number => commands.filter((c) => c.type === t).length;
    assert.deepEqual([count('error'), count('warning'), count('notice')], [10, 10, 7]);
    assert.deepEqual(
      commands.map((c) => c.type),
      [...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(7).fill('notice')],
    );
    for (const c of commands) {
      assert.match(c.props.file, /^examples\/acme\/\S+\.(md|yaml)$/);
      assert.ok(existsSync(path.join(REPO, c.props.file)), c.props.file);
      assert.match(c.props.title, /^ISMS\d{3} [a-z0-9-]+$/);
      assert.ok(Number(c.props.line) >= 1 && Number(c.props.col) >= 1);
    }
    assert.ok(commands.some((c) => c.props.title === 'ISMS101 internal-audit-overdue' && /IA-2026-10/.test(c.message)));
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines.at(-2)!, /^64 problems \(12 errors, 45 warnings, 7 information\) in 27 files; checked 1 ISMS \(examples\/acme\)/);
    assert.match(lines.at(-1)!, /^… and 2 more errors, 35 more warnings not annotated /);
    assert.equal(lines.filter((l) => /^examples\/acme\/\S+:\d+:\d+: warning ISMS\d{3} /.test(l)).length, 35);
  });

  it('exits with the --fail-on code: 1 on the errors by default, 0 with never', () => {
    assert.equal(action({ ISMS_PATH: SAMPLE, ISMS_TODAY: TODAY }).status, 1);
    assert.equal(action({ ISMS_PATH: SAMPLE, ISMS_TODAY: TODAY, ISMS_FAIL_ON: 'never' }).status, 0);
    const bad = action({ ISMS_PATH: SAMPLE, ISMS_TODAY: TODAY, ISMS_FAIL_ON: 'sometimes' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--fail-on must be one of error, warning, information, never/);
  });

  it('writes the job summary: counts by severity and family, the overdue items, days to the next external audit', () => {
    const { summary } = action({ ISMS_PATH: SAMPLE, ISMS_TODAY: TODAY });
    assert.match(summary, /^## ISMS check\n/);
    assert.match(summary, /\*\*64 problems\*\*: 12 errors, 45 warnings, 7 information — checked 1 ISMS, 48 files, as of 2026-11-25\./);
    assert.match(summary, /\| Rule family \| Errors \| Warnings \| Information \|/);
    assert.match(summary, /\| \*\*Total\*\* \| \*\*12\*\* \| \*\*45\*\* \| \*\*7\*\* \|/);
    const families = [...summary.matchAll(/^\| ([A-Z][a-z ]+) \(ISMS(\d)xx\) \| (\d+) \| (\d+) \| (\d+) \|$/gm)];
    assert.ok(families.some((m) => m[1] === 'Corrective action'));
    assert.deepEqual(
      families.map((m) => m[2]),
      families.map((m) => m[2]).sort(),
    );
    const sum = (i: number): number => families.reduce((n, m) => n + Number(m[i]), 0);
    assert.deepEqual([sum(3), sum(4), sum(5)], [12, 45, 7]);
    assert.match(summary, /- Acme Cloud Ltd \(examples/);
    assert.match(summary, /Second surveillance audit on 2027-02-08, in \*\*75 days\*\*/);
    assert.match(summary, /### Overdue \(\d+\)/);
    assert.match(
      summary,
      /\| ISMS101 internal-audit-overdue \| examples\/acme\/audits\/2026\/IA-2026-10-business-continuity\.md:6 \| Internal audit IA-2026-10 /,
    );
    assert.match(summary, /\| ISMS301 corrective-action-overdue \| examples\/acme\/registers\/corrective-actions\.yaml:\d+ \| /);
  });

  it('appends to the step summary rather than replacing it, and writes SARIF when asked', () => {
    const sarif = path.join(tmp, 'out', '..', 'isms.sarif');
    action({ ISMS_PATH: SAMPLE, ISMS_TODAY: TODAY });
    const r = action({ ISMS_PATH: SAMPLE, ISMS_TODAY: TODAY, ISMS_SARIF: sarif });
    assert.equal(r.summary.match(/^## ISMS check$/gm)?.length, 2);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: { locations: unknown[] }[] }[] };
    assert.equal(log.runs[0].results.length, 64);
  });

  it('annotates paths from the repository root when run in a subfolder', () => {
    const r = action({ ISMS_TODAY: TODAY }, path.join(REPO, SAMPLE));
    const files = commandLines(r.stdout).map((l) => readCommand(l)!.props.file);
    assert.equal(files.length, 27);
    for (const f of files) assert.match(f, /^examples\/acme\//);
  });

  it('refuses a version that is not a version before running anything', () => {
    for (const version of ['github:someone/isms', '1.0.0 --registry=http://x', '../local']) {
      const r = action({ ISMS_PATH: SAMPLE, ISMS_VERSION: version, ISMS_ACTION_CLI: '' });
      assert.equal(r.status, 2, version);
      assert.match(r.stdout, /^::error title=isms action::version must be an exact version/);
      assert.equal(r.summary, '');
    }
  });
});

describe('action.yml', () => {
  const actionFile = readFileSync(path.join(REPO, 'action.yml'), 'utf8');
  const spec = parseYaml(actionFile) as {
    inputs: Record<string, { default: string }>;
    runs: { using: string; steps: { run: string; shell: string; env: Record<string, string> }[] };
  };

  it('is a composite action with the documented inputs and defaults', () => {
    assert.equal(spec.runs.using, 'composite');
    assert.deepEqual(Object.keys(spec.inputs), ['path', 'fail-on', 'sarif', 'version', 'today']);
    assert.equal(spec.inputs.path.default, '.');
    assert.equal(spec.inputs['fail-on'].default, 'error');
    assert.equal(spec.inputs.version.default, '');
  });

  it('runs scripts/action.mjs with each input passed as an environment variable, none pasted into the shell', () => {
    const [step] = spec.runs.steps;
    assert.equal(spec.runs.steps.length, 1);
    assert.equal(step.shell, 'bash');
    assert.equal(step.run, 'node "$GITHUB_ACTION_PATH/scripts/action.mjs"');
    assert.ok(existsSync(SCRIPT));
    for (const input of Object.keys(spec.inputs)) {
      assert.equal(step.env[`ISMS_${input.toUpperCase().replace(/-/g, '_')}`], `\${{ inputs.${input} }}`, input);
    }
    const script = readFileSync(SCRIPT, 'utf8');
    for (const name of Object.keys(step.env)) assert.ok(script.includes(`env.${name}`), `scripts/action.mjs reads ${name}`);
  });

  it('names the CLI package in one place', () => {
    assert.match(spec.runs.steps[0].env.ISMS_PACKAGE, /^[a-z0-9@/._-]+$/);
    assert.equal(actionFile.split(spec.runs.steps[0].env.ISMS_PACKAGE).length, 2);
    // the package the action runs is the one packages/cli builds
    const cliPackage = JSON.parse(readFileSync(path.join(REPO, 'packages/cli/package.json'), 'utf8')) as { name: string };
    assert.equal(spec.runs.steps[0].env.ISMS_PACKAGE, cliPackage.name);
  });
});

describe('--summary on hostile workspace text', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms-summary-'));
    const write = (name: string, text: string): void => {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    };
    write(
      'isms.yaml',
      'isms: config\norganisation: "Evil <img src=x onerror=alert(1)> [click](https://evil.example) @org/team $x$"\n' +
        'standards: [iso27001:2022]\n',
    );
    // an overdue corrective action in a register whose file name is Markdown
    write(
      'registers/<b>x</b> [l](https:evil) @all.yaml',
      'isms: corrective-actions\nrecords:\n  - id: CA-1\n    title: T\n    owner: Kim\n    raised: 2026-01-05\n' +
        '    due: 2026-02-01\n    status: in-progress\n    root-cause: R\n    updated: 2026-11-20\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes organisation names, file names and messages for Markdown', async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), cwd: dir, today: () => TODAY, env: {} };
    const code = await runCli(['check', '--format', 'github', '--fail-on', 'never', '--summary', 'summary.md'], io);
    assert.equal(code, 0, out.join(''));
    const summary = readFileSync(path.join(dir, 'summary.md'), 'utf8');
    assert.match(summary, /ISMS301 corrective-action-overdue \| registers\/\\<b\\>x\\<\/b\\> \\\[l\\\]\(https:evil\) \\@all\.yaml:\d+ \|/);
    assert.match(summary, /- Evil \\<img src=x onerror=alert\(1\)\\> \\\[click\\\]\(https\\:\/\/evil\.example\) \\@org\/team &#36;x&#36;/);
    // nothing raw: no tag, no link, no mention (each `<`, `[`, `]`, `@` escaped)
    assert.doesNotMatch(summary, /(^|[^\\])[<[\]@]/m);
  });
});
