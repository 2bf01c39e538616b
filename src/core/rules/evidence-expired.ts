import { evidenceNeedingRenewal } from '../controls/renewal';
import type { EvidenceStatus } from '../controls/operation';
import { dayCount } from '../dates';
import { label, valueRange } from '../model/fields';
import type { Range } from '../model/types';
import { operationsOf } from './helpers/controls';
import type { WorkspaceRule } from './rule';

const written = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** Where the end of a piece of evidence is written: `valid-until`, else `valid-months`, else `effective`. */
export function validityRange(e: EvidenceStatus): Range {
  const rec = e.record;
  const key = written(rec.data['valid-until']) ? 'valid-until' : written(rec.data['valid-months']) ? 'valid-months' : 'effective';
  return valueRange(rec, key);
}

/** "A.8.8, A.8.29" or `fallback` when it names no control */
export const controlsOf = (e: EvidenceStatus, fallback: string): string => (e.controls.length > 0 ? e.controls.join(', ') : fallback);

export const evidenceExpired: WorkspaceRule = {
  code: 'ISMS961',
  name: 'evidence-expired',
  description:
    'Evidence whose last valid day is past needs renewal, unless newer evidence for the same activity or controls took its place or a scheduled activity renews it.',
  clause:
    'ISO/IEC 27001:2022 9.1 (documented information as evidence of the results of monitoring and measurement) and 7.5.3 a (documented information available and suitable for use)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['evidence', 'control-activity'],
  check(ctx, report) {
    for (const { evidence: e, state } of evidenceNeedingRenewal(operationsOf(ctx))) {
      if (state !== 'expired') continue;
      const until = e.validity.validUntil ?? '';
      const ago = dayCount(-(e.validity.daysLeft ?? 0));
      report({
        file: e.record.file,
        range: validityRange(e),
        message: `Evidence ${label(e.record)} was valid until ${until} (${ago} ago) and needs renewal: it no longer shows that ${controlsOf(e, 'its control')} ${e.controls.length > 1 ? 'operate' : 'operates'}. Collect or perform it again and record the new evidence; a newer record for the same activity or controls takes this one's place.`,
      });
    }
  },
};
