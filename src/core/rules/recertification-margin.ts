import { dayCount, daysBetween } from '../dates';
import { externalAudits } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';

export const recertificationMargin: WorkspaceRule = {
  code: 'ISMS407',
  name: 'recertification-margin',
  description:
    'The planned recertification audit ends fewer than ‘certification.decision-days’ (default 30) before the certificate expires, too late for the certification decision.',
  clause:
    'ISO/IEC 17021-1:2015 9.6.3.1.1 and 9.6.3.2 (recertification planned in due time for renewal before expiry; audit and decision before expiry)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: [],
  check(ctx, report) {
    const cert = ctx.config.certification;
    if (!cert?.expires || cert.expires < ctx.today) return; // ISMS405 reports an expired certificate
    const expires = cert.expires;
    // audits on or after expiry are ISMS404's; held or cancelled ones are past planning
    const planned = externalAudits(ctx.config)
      .filter((a) => a.type === 'recertification' && a.status === 'planned' && a.date < expires)
      .map((a) => ({ audit: a, last: a.end !== undefined && a.end > a.date ? a.end : a.date }));
    if (planned.length === 0) return;
    const needed = cert.decisionDays;
    // the plan with the most room decides: one recertification audit early enough is enough
    const best = planned.reduce((a, b) => (b.last < a.last ? b : a));
    const margin = daysBetween(best.last, expires);
    if (margin >= needed) return;
    const ends = best.last === best.audit.date ? `is on ${best.last}` : `ends on ${best.last}`;
    report({
      file: ctx.config.file,
      range: best.audit.range,
      message: `The recertification audit ${ends}, ${margin <= 0 ? 'not before' : `only ${dayCount(margin)} before`} the certificate expires (${expires}); the certification body needs ${dayCount(needed)} after it to review the audit and decide on recertification. Bring the audit forward with ${cert.body ?? 'the certification body'} so that the decision can precede expiry.`,
    });
  },
};
