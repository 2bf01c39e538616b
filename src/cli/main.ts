/**
 * The `isms` command: parses the arguments, runs the core over every ISMS folder found and prints the
 * result. All input and output goes through `CliIo` (./io.ts), so the behaviour is the same in a terminal,
 * in CI and in a test; the only clock read is the default of `--today`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import pkg from '../../package.json';
import { RULES, RULES_DOC_URL, ruleByCode, ruleDocUrl, type Severity } from '../core';
import { parseArgs, UsageError, USAGE, type CheckCommand, type PlanCommand } from './args';
import { exportCommand } from './export';
import { compareFindings, SEVERITY_RANK, toFinding, type Finding } from './findings';
import { anchorReader, fingerprintFindings, type AnchoredFinding } from './fingerprint';
import { formatGitlab } from './format/gitlab';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatGithub } from './format/github';
import { formatText, summaryLine } from './format/text';
import { relativePath, terminalLine, type CliIo } from './io';
import { importCommand } from './importAcknowledgements';
import { importCsvCommand } from './importCsv';
import { formatPlan } from './plan';
import { reportCommand } from './report';
import { formatJobSummary } from './jobSummary';
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
  const workspaces = await loadWorkspaces(io.cwd, cmd.dir ?? '.', io.fileReader);
  const anchored: AnchoredFinding[] = [];
  let files = 0;
  for (const ws of workspaces) {
    const result = ws.check({ today, rules });
    files += ws.files().length;
    const anchor = anchorReader(ws);
    for (const d of result.all()) anchored.push({ ...toFinding(io.cwd, d), anchor: anchor(d) });
  }
  anchored.sort(compareFindings);
  // fingerprinted before --only narrows the list, so that a finding's ordinal is the same either way
  const findings = onlyIn(cmd.only, io.cwd, fingerprintFindings(anchored));

  const summary = { roots: workspaces.map((ws) => relativePath(io.cwd, ws.root)), today, files };
  if (cmd.format === 'json') io.stdout(formatJson(findings));
  else if (cmd.format === 'gitlab') io.stdout(formatGitlab(findings));
  else if (cmd.format === 'sarif') io.stdout(sarif(findings, io));
  else if (cmd.format === 'github') {
    const repository = path.resolve(io.cwd, io.env?.GITHUB_WORKSPACE || '.');
    io.stdout(formatGithub(findings, { base: io.cwd, repository }, summaryLine(findings, summary)));
  } else {
    io.stdout(formatText(findings, summary));
  }
  // the files after the output: a failure to write them is an I/O error (exit 2), the findings already shown
  if (cmd.sarif !== undefined) await fs.writeFile(path.resolve(io.cwd, cmd.sarif), sarif(findings, io));
  if (cmd.summary !== undefined) {
    await fs.appendFile(path.resolve(io.cwd, cmd.summary), formatJobSummary(findings, workspaces, { today, base: io.cwd, files }));
  }

  if (cmd.failOn === 'never') return EXIT_OK;
  const threshold = SEVERITY_RANK[cmd.failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? EXIT_FINDINGS : EXIT_OK;
}

/** `--only FILE…`: the findings located in those files (as written, relative to the working folder). */
function onlyIn<T extends { file: string }>(only: readonly string[] | undefined, cwd: string, findings: T[]): T[] {
  if (only === undefined) return findings;
  const wanted = new Set(only.map((f) => relativePath(cwd, path.resolve(cwd, f))));
  return findings.filter((f) => wanted.has(f.file));
}

function sarif(findings: readonly Finding[], io: CliIo): string {
  return formatSarif(findings, {
    base: io.cwd,
    toolVersion: pkg.version,
    informationUri: RULES_DOC_URL,
    rules: RULES,
    helpUri: ruleDocUrl,
  });
}

async function plan(cmd: PlanCommand, io: CliIo): Promise<number> {
  const today = cmd.today ?? io.today();
  const workspaces = await loadWorkspaces(io.cwd, cmd.dir ?? '.', io.fileReader);
  io.stdout(workspaces.map((ws) => formatPlan(ws, today, cmd.months, io.cwd)).join('\n'));
  return EXIT_OK;
}
