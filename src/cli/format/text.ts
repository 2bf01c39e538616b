/**
 * Text output: one line per finding, `path:line:col: severity CODE message`, the convention that
 * terminals, editors' problem matchers and CI log annotations all recognise; then a summary line. Each
 * line goes through `terminalLine`, so workspace text cannot start a line or send escape sequences.
 */
import type { Finding } from '../findings';
import { terminalLines } from '../io';
import { countOf } from '../../core/words';

export interface CheckSummary {
  /** the ISMS roots checked, relative to the working folder */
  roots: string[];
  today: string;
  /** how many files the engine read */
  files: number;
}

export function formatText(findings: readonly Finding[], summary: CheckSummary): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}`);
  lines.push(summaryLine(findings, summary));
  return terminalLines(lines) + '\n';
}

export function summaryLine(findings: readonly Finding[], summary: CheckSummary): string {
  const where = `${countOf(summary.roots.length, 'ISMS', 'ISMSs')} (${summary.roots.join(', ')}), ${countOf(summary.files, 'file')}, as of ${summary.today}`;
  if (findings.length === 0) return `No problems found in ${where}.`;
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  const parts = [countOf(count('error'), 'error'), countOf(count('warning'), 'warning')];
  const info = count('information') + count('hint');
  if (info > 0) parts.push(`${info} information`);
  const files = new Set(findings.map((f) => f.file)).size;
  return `${countOf(findings.length, 'problem')} (${parts.join(', ')}) in ${countOf(files, 'file')}; checked ${where}.`;
}
