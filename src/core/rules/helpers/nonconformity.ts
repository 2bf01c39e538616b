/** An unanswered nonconformity, reported the one way by ISMS305 (audits) and ISMS802 (continuity exercises). */
import { exerciseOf } from '../../cycle/exercises';
import { enumValue, text } from '../../model/fields';
import { listsStandard } from '../../model/standards';
import type { IsmsRecord } from '../../model/types';
import type { Reporter, RuleContext } from '../rule';

const NONCONFORMITY = new Set(['major-nc', 'minor-nc']);

/** A finding that is a nonconformity with no corrective action, reported the one way for audits and exercises. */
export function reportUnansweredNonconformity(finding: IsmsRecord, ctx: RuleContext, report: Reporter, of = ''): void {
  // a type the engine cannot read is ISMS006's to report, once; no second guess here
  const read = enumValue(finding, 'type');
  const type = read.state === 'known' ? read.value : '';
  if (!NONCONFORMITY.has(type) || text(finding, 'corrective-action')) return;
  // a CA that names the finding as its source counts even without the back-link
  if (finding.id && ctx.referencesTo(finding.id).some((r) => r.record.kind === 'corrective-action')) return;
  report({
    file: finding.file,
    range: finding.anchor,
    severity: type === 'major-nc' ? 'error' : undefined,
    message: `${type === 'major-nc' ? 'Major' : 'Minor'} nonconformity ${finding.id ?? ''}${of} has no corrective action. Log one ("ISMS: Log corrective action") and link it with ‘corrective-action:’.`,
    data: finding.id ? { fix: 'log-corrective-action', findingId: finding.id } : undefined,
  });
}

/** Findings of a continuity exercise are ISMS802's when the ISMS lists ISO 22301. */
export const isContinuityFinding = (finding: IsmsRecord, ctx: RuleContext): boolean =>
  listsStandard(ctx.config.standards, 'iso22301') && exerciseOf(finding, ctx) !== undefined;
