import { monthsBetween } from '../dates';
import { externalAudits } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';

/** Without a recertification audit planned this close to expiry, the certificate is at risk. */
const PLAN_BY_MONTHS = 12;

export const recertificationLate: WorkspaceRule = {
  code: 'ISMS404',
  name: 'recertification-late',
  description: 'The recertification audit is not planned before the certificate expires.',
  clause: 'ISO/IEC 17021-1:2015 9.6.3 (recertification activities completed before expiry of certification)',
  defaultSeverity: 'error',
  scope: 'workspace',
  dependsOn: [],
  check(ctx, report) {
    const cert = ctx.config.certification;
    if (!cert?.expires || cert.expires < ctx.today) return; // ISMS405 reports an expired certificate
    const recert = externalAudits(ctx.config).find(
      (a) => a.type === 'recertification' && a.status !== 'cancelled' && a.date < cert.expires!,
    );
    const after = externalAudits(ctx.config).find(
      (a) => a.type === 'recertification' && a.status !== 'cancelled' && a.date >= cert.expires!,
    );
    if (recert) return;
    if (after) {
      report({
        file: ctx.config.file,
        range: after.range,
        message: `The recertification audit (${after.date}) is not before the certificate expires (${cert.expires}). It must be held — and the decision taken — before expiry, or the certificate lapses.`,
      });
    } else if (monthsBetween(ctx.today, cert.expires) < PLAN_BY_MONTHS) {
      report({
        file: ctx.config.file,
        range: cert.expiresRange ?? cert.range,
        severity: 'warning',
        message: `The certificate expires on ${cert.expires} and no recertification audit is planned. Agree one with ${cert.body ?? 'the certification body'} well before expiry.`,
      });
    }
  },
};
