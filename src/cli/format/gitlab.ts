/**
 * GitLab Code Quality output (`artifacts:reports:codequality`): a JSON array of issues as GitLab documents
 * them (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format), a subset of the
 * Code Climate issue format. Paths are relative to the working folder, which in a GitLab job is the
 * repository root. No byte order mark: GitLab's parser refuses one.
 *
 * Severities: ISO/IEC 27001 audits grade nonconformities major and minor, and GitLab has the same words.
 * An `error` is what an auditor would raise as a nonconformity (docs/rules.md), so `major`; a `warning`
 * is something to act on before it becomes one, so `minor`; information and hints are `info`. `critical`
 * and `blocker` are left to tools whose findings break a build or a system.
 */
import type { Severity } from '../../core';
import type { FingerprintedFinding } from '../fingerprint';
import { jsonText } from '../io';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export const GITLAB_SEVERITY: Readonly<Record<Severity, CodeQualitySeverity>> = {
  error: 'major',
  warning: 'minor',
  information: 'info',
  hint: 'info',
};

export interface CodeQualityIssue {
  type: 'issue';
  engine_name: 'isms';
  check_name: string;
  description: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

export function toGitlab(findings: readonly FingerprintedFinding[]): CodeQualityIssue[] {
  return findings.map((f) => ({
    type: 'issue',
    engine_name: 'isms',
    check_name: f.code,
    description: `${f.message} (${f.code} ${f.rule})`,
    fingerprint: f.fingerprint,
    severity: GITLAB_SEVERITY[f.severity],
    location: { path: f.file, lines: { begin: f.line, end: Math.max(f.line, f.endLine) } },
  }));
}

export function formatGitlab(findings: readonly FingerprintedFinding[]): string {
  return jsonText(toGitlab(findings));
}
