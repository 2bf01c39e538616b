/** JSON output: an array of findings, 1-based positions and paths relative to the working folder. */
import type { Finding } from '../findings';
import { jsonText } from '../io';

export function formatJson(findings: readonly Finding[]): string {
  const out = findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    severity: f.severity,
    code: f.code,
    rule: f.rule,
    message: f.message,
    related: f.related.map((r) => ({
      file: r.file,
      line: r.line,
      column: r.column,
      endLine: r.endLine,
      endColumn: r.endColumn,
      message: r.message,
    })),
  }));
  return jsonText(out);
}
