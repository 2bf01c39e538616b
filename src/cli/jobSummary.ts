/**
 * `isms check --summary FILE`: a Markdown summary of the check appended to FILE — in GitHub Actions
 * `$GITHUB_STEP_SUMMARY`, which the job's page shows. What a reviewer of the pull request wants at a
 * glance: the problems counted by severity and by rule family, the overdue items (every `*-overdue`
 * rule), and how many days are left to the next external audit. Workspace text (messages, file names,
 * organisation names) goes through `mdInline`/`mdTable`, so it cannot add links, mentions or HTML.
 */
import { nextExternalAudit, RULES, type IsmsWorkspace } from '../core';
import { dayCount, daysBetween } from '../core/dates';
import { mdInline, mdTable } from '../core/export/markdown';
import type { Finding } from './findings';
import { relativePath } from './io';
import { countOf } from '../core/words';

/** The rule families by the first digit of a code (as docs/rules.md groups them). */
export const RULE_FAMILIES: readonly string[] = [
  'Data',
  'Internal audit',
  'Management review',
  'Corrective action',
  'Certification cycle',
  'Awareness',
  'Departments',
  'Privacy',
  'Business continuity',
  'Documented information',
];

/** `ISMS101` → `Internal audit (ISMS1xx)`; a code of another shape as it is. */
export function ruleFamily(code: string): string {
  const m = /^ISMS(\d)\d\d$/.exec(code);
  return m ? `${RULE_FAMILIES[Number(m[1])]} (ISMS${m[1]}xx)` : code;
}

/** The rules whose findings are overdue items: internal audits, management reviews, corrective actions, training, documents. */
export const OVERDUE_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.name.endsWith('-overdue')).map((r) => r.code));

export interface SummaryContext {
  today: string;
  /** the working folder: the findings' paths are relative to it */
  base: string;
  files: number;
}

function countsTable(findings: readonly Finding[]): string[] {
  const byFamily = new Map<string, [number, number, number]>();
  const total: [number, number, number] = [0, 0, 0];
  // in code order (ISMS0xx first, as the rule documentation): a Map keeps the order families are first met
  for (const f of [...findings].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    const family = ruleFamily(f.code);
    const row = byFamily.get(family) ?? [0, 0, 0];
    const column = f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
    row[column]++;
    total[column]++;
    byFamily.set(family, row);
  }
  const rows = [...byFamily];
  return [
    `| Rule family | Errors | Warnings | Information |`,
    `| --- | ---: | ---: | ---: |`,
    ...rows.map(([family, [e, w, i]]) => `| ${mdInline(family)} | ${e} | ${w} | ${i} |`),
    `| **Total** | **${total[0]}** | **${total[1]}** | **${total[2]}** |`,
  ];
}

function externalAudits(workspaces: readonly IsmsWorkspace[], ctx: SummaryContext): string[] {
  return workspaces.map((ws) => {
    const name = `${ws.config.organisation ?? 'ISMS'} (${relativePath(ctx.base, ws.root)})`;
    const next = nextExternalAudit(ws, ctx.today);
    if (!next) return `- ${mdInline(name)}: no external audit planned`;
    const days = daysBetween(ctx.today, next.date);
    const when = days === 0 ? '**today**' : `in **${dayCount(days)}**`;
    return `- ${mdInline(name)}: ${mdInline(next.label)} on ${next.date}, ${when}`;
  });
}

function overdueTable(findings: readonly Finding[]): string[] {
  // by rule (audits, reviews, actions, training, documents), each in file order
  const overdue = findings.filter((f) => OVERDUE_RULES.has(f.code)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (overdue.length === 0) return ['Nothing overdue.'];
  return mdTable(
    ['Rule', 'Where', 'What'],
    overdue.map((f) => [`${f.code} ${f.rule}`, `${f.file}:${f.line}`, f.message]),
  );
}

/** The Markdown summary; it ends with a blank line, so that summaries appended one after another stay apart. */
export function formatJobSummary(findings: readonly Finding[], workspaces: readonly IsmsWorkspace[], ctx: SummaryContext): string {
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  const info = count('information') + count('hint');
  const checked = `${countOf(workspaces.length, 'ISMS', 'ISMSs')}, ${countOf(ctx.files, 'file')}, as of ${ctx.today}`;
  const out = [`## ISMS check`, ''];
  if (findings.length === 0) out.push(`No problems found in ${checked}.`);
  else {
    out.push(
      `**${countOf(findings.length, 'problem')}**: ${countOf(count('error'), 'error')}, ${countOf(count('warning'), 'warning')}, ` +
        `${info} information — checked ${checked}.`,
      '',
      ...countsTable(findings),
    );
  }
  out.push('', '### Next external audit', '', ...externalAudits(workspaces, ctx), '');
  out.push(`### Overdue (${findings.filter((f) => OVERDUE_RULES.has(f.code)).length})`, '', ...overdueTable(findings), '');
  return out.join('\n') + '\n';
}
