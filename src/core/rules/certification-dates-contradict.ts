import { cycleAuditName } from '../cycle/cycle';
import { date, label, text, valueRange } from '../model/fields';
import type { WorkspaceRule } from './rule';

const LEAVE_PLANNED = 'Leave it planned until it has taken place, or correct its date.';

/**
 * Dates of the certification that cannot all be true: an external audit marked done that has not yet
 * taken place (it would count as held: the surveillance and recertification rules would rest on it),
 * and a certificate issued after it expires.
 */
export const certificationDatesContradict: WorkspaceRule = {
  code: 'ISMS406',
  name: 'certification-dates-contradict',
  description: 'An external audit is marked done but dated after today, or the certificate is issued after it expires.',
  clause: 'ISO/IEC 17021-1:2015 8.2.2 (certification documents: the effective date and the expiry date of certification)',
  defaultSeverity: 'error',
  scope: 'workspace',
  dependsOn: ['external-audit'],
  check(ctx, report) {
    const cert = ctx.config.certification;
    const certificate = cert?.certificate ? `Certificate ${cert.certificate}` : 'The certificate';
    if (cert?.issued && cert.expires && cert.issued > cert.expires) {
      report({
        file: ctx.config.file,
        range: cert.issuedRange ?? cert.range,
        message:
          `${certificate} is issued on ${cert.issued}, after it expires on ${cert.expires}. ` +
          'Correct ‘issued’ or ‘expires’ from the certificate itself.',
      });
    }
    for (const audit of cert?.audits ?? []) {
      if (audit.status !== 'done' || audit.date === undefined || audit.date <= ctx.today) continue;
      report({
        file: ctx.config.file,
        range: audit.range,
        message:
          `The ${cycleAuditName(audit.type)} of ${audit.date} is marked done, but that is after today (${ctx.today}). ` + LEAVE_PLANNED,
      });
    }
    for (const audit of ctx.records('external-audit')) {
      const d = date(audit, 'date');
      if (text(audit, 'status') !== 'done' || d === undefined || d <= ctx.today) continue;
      report({
        file: audit.file,
        range: valueRange(audit, 'status'),
        message: `External audit ${label(audit)} is marked done, but its date ${d} is after today (${ctx.today}). ${LEAVE_PLANNED}`,
      });
    }
  },
};
