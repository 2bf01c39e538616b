/**
 * SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers. Locations are relative to
 * `%SRCROOT%` (the folder `isms` ran in, normally the repository root), which code scanning requires;
 * files outside it get an absolute file: URI.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { RuleInfo, Severity } from '../../core';
import type { Finding, Span } from '../findings';
import type { FingerprintedFinding } from '../fingerprint';
import { jsonText } from '../io';

export interface SarifContext {
  /** absolute path of the folder paths are relative to */
  base: string;
  toolVersion: string;
  informationUri: string;
  rules: readonly RuleInfo[];
  helpUri: (code: string) => string;
}

const LEVEL: Readonly<Record<Severity, Sarif.Result.level>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const SRCROOT = '%SRCROOT%';

function artifactLocation(ctx: SarifContext, file: string): Sarif.ArtifactLocation {
  if (file === '..' || file.startsWith('../') || path.isAbsolute(file)) return { uri: pathToFileURL(path.resolve(ctx.base, file)).href };
  // each segment percent-encoded so that spaces or '#' in a file name stay a valid uri-reference
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function physicalLocation(ctx: SarifContext, s: Span): Sarif.PhysicalLocation {
  return {
    artifactLocation: artifactLocation(ctx, s.file),
    region: { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn },
  };
}

/** A finding with its fingerprint (./fingerprint.ts) gets it as `partialFingerprints`, versioned as SARIF suggests. */
type SarifFinding = Finding & Partial<Pick<FingerprintedFinding, 'fingerprint'>>;

export const FINGERPRINT_KEY = 'ismsFingerprint/v1';

export function toSarif(findings: readonly SarifFinding[], ctx: SarifContext): Sarif.Log {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.code, i]));
  const rules = ctx.rules.map((r): Sarif.ReportingDescriptor => ({
    id: r.code,
    name: r.name,
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} (${r.clause})` },
    helpUri: ctx.helpUri(r.code),
    help: {
      text: `${r.description}\nRequirement: ${r.clause}\nSee ${ctx.helpUri(r.code)}`,
      markdown: `${r.description}\n\n**Requirement:** ${r.clause}\n\n[${r.code} ${r.name} in the rules documentation](${ctx.helpUri(r.code)})`,
    },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { tags: ['isms', 'iso27001'] },
  }));
  const results = findings.map((f): Sarif.Result => ({
    ruleId: f.code,
    ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physicalLocation(ctx, f) }],
    ...(f.fingerprint !== undefined ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint } } : {}),
    ...(f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            physicalLocation: physicalLocation(ctx, r),
            message: { text: r.message },
          })),
        }
      : {}),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'isms',
            fullName: 'ISMS Workbench',
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: ctx.informationUri,
            rules,
          },
        },
        // trailing slash: a base URI must name a folder for relative URIs to resolve under it
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.base).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(findings: readonly SarifFinding[], ctx: SarifContext): string {
  return jsonText(toSarif(findings, ctx));
}
