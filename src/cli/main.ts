/**
 * The `isms` command: parses the arguments, runs the core over every ISMS folder found and prints the
 * result. All input and output goes through `CliIo` (./io.ts), so the behaviour is the same in a terminal,
 * in CI and in a test; the only clock read is the default of `--today`.
 */
import pkg from '../../package.json';
import { RULES, RULES_DOC_URL, ruleByCode, type Severity } from '../core';
import { parseArgs, UsageError, USAGE, type CheckCommand, type PlanCommand } from './args';
import { exportCommand } from './export';
import { compareFindings, SEVERITY_RANK, toFinding, type Finding } from './findings';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { relativePath, terminalLine, type CliIo } from './io';
import { importCommand } from './importAcknowledgements';
import { importCsvCommand } from './importCsv';
import { formatPlan } from './plan';
import { reportCommand } from './report';
import { InputError, loadWorkspaces } from './workspaces';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.command) {
      case 'help':
        io.stdout(`isms ${pkg.version} — check an ISO/IEC 27001 ISMS kept as Markdown and YAML files\n\n${USAGE}\n`);
        return EXIT_OK;
      case 'version':
        io.stdout(`${pkg.version}\n`);
        return EXIT_OK;
      case 'check':
        return await check(cmd, io);
      case 'plan':
        return await plan(cmd, io);
      case 'export':
        return await exportCommand(cmd, io);
      case 'report':
        return await reportCommand(cmd, io);
      case 'import':
        return await (cmd.what === 'csv' ? importCsvCommand(cmd, io) : importCommand(cmd, io));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`isms: ${terminalLine(e.message)}\nRun 'isms --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InputError) {
      io.stderr(`isms: ${terminalLine(e.message)}\n`);
      return EXIT_USAGE;
    }
    // an unreadable folder or another I/O failure: still exit 2, with the reason
    io.stderr(`isms: ${terminalLine(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT_USAGE;
  }
}

function ruleOverrides(cmd: CheckCommand): Record<string, Severity | 'off'> {
  const rules: Record<string, Severity | 'off'> = {};
  for (const [key, level] of cmd.rules) {
    const rule = ruleByCode(key);
    if (!rule) throw new UsageError(`--rule: no rule '${key}' (rule codes look like ISMS101; see ${RULES_DOC_URL})`);
    rules[rule.code] = level;
  }
  return rules;
}

async function check(cmd: CheckCommand, io: CliIo): Promise<number> {
  const today = cmd.today ?? io.today();
  const rules = ruleOverrides(cmd);
  const workspaces = await loadWorkspaces(io.cwd, cmd.dir ?? '.');
  const findings: Finding[] = [];
  let files = 0;
  for (const ws of workspaces) {
    const result = ws.check({ today, rules });
    files += ws.files().length;
    for (const d of result.all()) findings.push(toFinding(io.cwd, d));
  }
  findings.sort(compareFindings);

  if (cmd.format === 'json') io.stdout(formatJson(findings));
  else if (cmd.format === 'sarif') {
    io.stdout(
      formatSarif(findings, {
        base: io.cwd,
        toolVersion: pkg.version,
        informationUri: RULES_DOC_URL,
        rules: RULES,
        helpUri: (code) => `${RULES_DOC_URL}#${code.toLowerCase()}`,
      }),
    );
  } else {
    io.stdout(formatText(findings, { roots: workspaces.map((ws) => relativePath(io.cwd, ws.root)), today, files }));
  }

  if (cmd.failOn === 'never') return EXIT_OK;
  const threshold = SEVERITY_RANK[cmd.failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? EXIT_FINDINGS : EXIT_OK;
}

async function plan(cmd: PlanCommand, io: CliIo): Promise<number> {
  const today = cmd.today ?? io.today();
  const workspaces = await loadWorkspaces(io.cwd, cmd.dir ?? '.');
  io.stdout(workspaces.map((ws) => formatPlan(ws, today, cmd.months, io.cwd)).join('\n'));
  return EXIT_OK;
}
