/**
 * Core diagnostics as the CLI prints them: paths relative to the working folder with '/' separators
 * and 1-based line/column (the `path:line:col` convention editors and CI annotate), in a fixed order.
 */
import type { Diagnostic, Range, Severity } from '../core';
import { relativePath } from './io';

export interface Span {
  /** path relative to the base folder, '/'-separated; absolute when outside it */
  file: string;
  /** 1-based */
  line: number;
  column: number;
  endLine: number;
  /** 1-based, exclusive: the column after the last character (as SARIF counts) */
  endColumn: number;
}

export interface RelatedFinding extends Span {
  message: string;
}

export interface Finding extends Span {
  severity: Severity;
  code: string;
  rule: string;
  message: string;
  related: RelatedFinding[];
}

function span(base: string, file: string, range: Range): Span {
  return {
    file: relativePath(base, file),
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export function toFinding(base: string, d: Diagnostic): Finding {
  return {
    ...span(base, d.file, d.range),
    severity: d.severity,
    code: d.code,
    rule: d.rule,
    message: d.message,
    related: (d.related ?? []).map((r) => ({ ...span(base, r.location.file, r.location.range), message: r.message })),
  };
}

// plain code-unit comparison: localeCompare would make the order depend on the machine's locale
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** By file, line, column, code, message: stable across runs and machines. */
export function compareFindings(a: Finding, b: Finding): number {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.code, b.code) || cmp(a.message, b.message);
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, information: 1, hint: 0 };
