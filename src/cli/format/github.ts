/**
 * `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::message`), which the
 * runner turns into annotations on the pull request's files. GitHub shows at most 10 annotations of each
 * type per step (50 per job), so at most 10 of each type are printed, errors first; the rest are listed
 * as plain lines, with a line saying how many were left out. Workspace text is escaped the way the runner
 * decodes it, so that a message, title or file name can never end the command or start a second one.
 */
import * as path from 'node:path';
import type { Severity } from '../../core';
import { replaceControls, visibleControls } from '../../core/export/controls';
import { SEVERITY_RANK, type Finding } from '../findings';
import { relativePath, terminalLines } from '../io';

/** GitHub's per-type, per-step limit on annotations. */
export const ANNOTATIONS_PER_TYPE = 10;

type AnnotationType = 'error' | 'warning' | 'notice';

const TYPE: Readonly<Record<Severity, AnnotationType>> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };
const TYPE_WORDS: Readonly<Record<AnnotationType, [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices'],
};

/**
 * The message of a command, as the runner decodes it: `%`, CR and LF percent-encoded (GitHub shows
 * `%0A` as a line break in the annotation); any other control or bidi character shown as a visible escape.
 */
export function escapeData(value: string): string {
  return replaceControls(value.replace(/%/g, '%25'), (c) => (c === '\r' ? '%0D' : c === '\n' ? '%0A' : visibleControls(c)));
}

/** A property value (`file=`, `title=`): as `escapeData`, and `:` and `,`, which end a property or the list. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface GithubContext {
  /** absolute path of the folder the findings' paths are relative to (the working folder) */
  base: string;
  /** absolute path of the repository root: `GITHUB_WORKSPACE` when set, else the working folder */
  repository: string;
}

/** The path GitHub annotates: relative to the repository root; undefined for a file outside it. */
function repositoryPath(ctx: GithubContext, file: string): string | undefined {
  const rel = relativePath(ctx.repository, path.resolve(ctx.base, file));
  return rel === '..' || rel.startsWith('../') || path.isAbsolute(rel) ? undefined : rel;
}

export function annotation(f: Finding, ctx: GithubContext): string {
  const file = repositoryPath(ctx, f.file);
  const props: string[] = [];
  if (file !== undefined) {
    props.push(`file=${escapeProperty(file)}`, `line=${f.line}`, `endLine=${f.endLine}`, `col=${f.column}`);
    // GitHub reads endColumn only for an annotation on one line
    if (f.endLine === f.line) props.push(`endColumn=${f.endColumn}`);
  }
  props.push(`title=${escapeProperty(`${f.code} ${f.rule}`)}`);
  // outside the repository the file cannot be annotated: its path goes into the message instead
  const where = file === undefined ? `${f.file}:${f.line}:${f.column}: ` : '';
  return `::${TYPE[f.severity]} ${props.join(',')}::${escapeData(where + f.message)}`;
}

const more = (n: number, [one, many]: [string, string]): string => `${n} more ${n === 1 ? one : many}`;

/**
 * The annotations (at most `ANNOTATIONS_PER_TYPE` of each type: errors, then warnings, then notices, the
 * more severe first within notices), then the findings left out as plain `path:line:col` lines, then
 * `summaryLine` (the text format's) and what was left out.
 */
export function formatGithub(findings: readonly Finding[], ctx: GithubContext, summaryLine: string): string {
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const shown: string[] = [];
  const left: Finding[] = [];
  const used: Record<AnnotationType, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of ordered) {
    const type = TYPE[f.severity];
    if (used[type] < ANNOTATIONS_PER_TYPE) {
      used[type]++;
      shown.push(annotation(f, ctx));
    } else left.push(f);
  }
  const plain = left.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}`);
  const lines = [summaryLine];
  if (left.length > 0) {
    const leftOut = (['error', 'warning', 'notice'] as const)
      .map((t) => [left.filter((f) => TYPE[f.severity] === t).length, t] as const)
      .filter(([n]) => n > 0)
      .map(([n, t]) => more(n, TYPE_WORDS[t]));
    lines.push(
      `… and ${leftOut.join(', ')} not annotated (GitHub shows ${ANNOTATIONS_PER_TYPE} of each type per step), listed above; ` +
        'see the job summary or the SARIF upload.',
    );
  }
  // the annotations are escaped above; the plain lines go through terminalLine like the text format's
  return [...shown, ...(plain.length > 0 ? [terminalLines(plain)] : []), terminalLines(lines)].join('\n') + '\n';
}
