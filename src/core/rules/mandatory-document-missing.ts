import { cycleMilestones, milestoneName, nextExternalAudit, type Milestone } from '../cycle/cycle';
import { daysBetween, inDayCount } from '../dates';
import { mandatoryDocuments, type MandatoryItem } from '../documents/mandatory';
import { CYCLE_AUDIT_TYPES, placeOf, standardPlace } from '../model/config';
import { Memo } from '../model/memo';
import type { RuleContext, WorkspaceRule } from './rule';

/** From this many days before the next external audit a missing item is a warning, not information. */
export const MANDATORY_WARN_DAYS = 90;

const EXTERNAL: ReadonlySet<string> = new Set(CYCLE_AUDIT_TYPES);

/** The external audit an auditor may come in from: one past and not marked done, else the next within MANDATORY_WARN_DAYS. */
function nearAudit(ctx: RuleContext): { near: Milestone | undefined; overdue: boolean } {
  const overdue = cycleMilestones(ctx, ctx.today).find((m) => EXTERNAL.has(m.type) && m.status === 'overdue');
  const next = nextExternalAudit(ctx, ctx.today);
  const near = overdue ?? (next && daysBetween(ctx.today, next.date) <= MANDATORY_WARN_DAYS ? next : undefined);
  return { near, overdue: near !== undefined && near === overdue };
}

/** The milestones read the configuration and the management reviews only: kept while those are the same objects. */
const NEAR = new Memo<ReturnType<typeof nearAudit>>();

export const mandatoryDocumentMissing: WorkspaceRule = {
  code: 'ISMS931',
  name: 'mandatory-document-missing',
  description:
    'Documented information a listed standard requires (ISO/IEC 27001:2022, ISO 22301, ISO/IEC 27701) is satisfied by no document (‘satisfies:’) and no record of the right kind, item by item once the folder tracks a document (one summary before). A warning within 90 days of the next external audit.',
  clause:
    'ISO/IEC 27001:2022 7.5.1 a (documented information required by this document) and the clauses that require it: 4.3, 5.2 e, 6.1.2, 6.1.3, 6.1.3 d–e, 6.2, 7.2 d, 8.1, 8.2, 8.3, 9.1, 9.2.2, 9.3.3, 10.2 f–g',
  defaultSeverity: 'information',
  scope: 'workspace',
  dependsOn: [
    'document',
    'soa',
    'risk',
    'objective',
    'awareness',
    'internal-audit',
    'management-review',
    'corrective-action',
    'finding',
    'continuity-plan',
    'exercise',
    'processing-activity',
    'dpia',
  ],
  check(ctx, report) {
    const missing = mandatoryDocuments(ctx, ctx.today, true).filter((i) => i.status === 'missing');
    if (missing.length === 0) return;
    // an external audit already past but not marked done counts as near: the auditor may be in the door
    const { near, overdue } = NEAR.get([ctx.config, ctx.today, ctx.records('management-review')], () => nearAudit(ctx));
    const when = near
      ? overdue
        ? ` The ${milestoneName(near)} of ${near.date} is past and not marked done: the auditor asks for it first.`
        : ` The ${milestoneName(near)} is on ${near.date}, ${inDayCount(daysBetween(ctx.today, near.date))}: the auditor asks for it first.`
      : '';
    const severity = near ? 'warning' : 'information';
    // a folder that tracks no document yet would get the whole list at once: one summary instead, and the
    // list item by item from the first `isms: document` (`isms report documents` shows it either way)
    if (ctx.records('document').length === 0) {
      report({ file: ctx.config.file, range: placeOf(ctx.config, 'standards'), severity, message: summary(missing) + when });
      return;
    }
    for (const item of missing) {
      report({
        file: ctx.config.file,
        range: standardPlace(ctx.config, item.standard),
        severity,
        message: `${item.standardName} ${item.clause} requires documented information: ${item.title}. Nothing in the ISMS folder satisfies it: add ${item.how}.${when}`,
      });
    }
  },
};

function summary(missing: readonly MandatoryItem[]): string {
  const first = missing.slice(0, 4).map((i) => `${i.clause} ${i.title}`);
  const more = missing.length > first.length ? `, and ${missing.length - first.length} more` : '';
  return (
    `${missing.length} items of the documented information the listed standards require are satisfied by nothing in the ISMS folder ` +
    `(${first.join('; ')}${more}). No document is tracked yet: give policies and procedures front matter (‘isms: document’, ` +
    `‘satisfies:’), or run ‘isms report documents’ for the list.`
  );
}
