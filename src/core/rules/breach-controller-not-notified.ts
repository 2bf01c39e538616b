import { text, valueRange } from '../model/fields';
import { breachFacts, deadlineAfterHours, readable, type BreachFacts } from './helpers/breach';
import type { RecordRule } from './rule';

/** Whom a processor tells, in the words of the laws that apply. */
const controllerOf = (f: BreachFacts): string =>
  f.regimes.gdpr && f.regimes.popia
    ? 'the controller (the responsible party, POPIA)'
    : f.regimes.gdpr
      ? 'the controller'
      : 'the responsible party';

const lawOf = (f: BreachFacts): string =>
  [f.regimes.gdpr ? '"without undue delay" (GDPR Art. 33(2))' : '', f.regimes.popia ? '"immediately" (POPIA s.21(2))' : '']
    .filter(Boolean)
    .join(' and ');

/**
 * A processor (a POPIA operator) notifies the controller (the responsible party) of a personal data breach;
 * the notice to the supervisory authority is the controller's (Art. 33(1)), so a processor is never told to
 * make it. The hours (`privacy.controller-notification-hours`, 24) are the usual contractual figure.
 */
export const breachControllerNotNotified: RecordRule = {
  code: 'ISMS705',
  name: 'breach-controller-not-notified',
  description:
    'A personal data breach of which the organisation is a processor (a POPIA operator) was not notified to the controller (the responsible party) within ‘privacy.controller-notification-hours’, or was notified late without reasons.',
  clause:
    'GDPR Art. 33(2) (the processor notifies the controller without undue delay); POPIA s.21(2) (the operator notifies the responsible party immediately)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: ['incident'],
  crossRecord: true,
  check(incident, ctx, report) {
    const facts = breachFacts(incident, ctx);
    if (!facts || !readable(facts) || facts.role.value !== 'processor') return;
    const hours = ctx.config.privacy.controllerNotificationHours;
    const deadline = deadlineAfterHours(facts.detected, hours);
    const notified = facts.controllerNotified;
    const name = incident.id ?? 'This incident';
    const whom = controllerOf(facts);
    const contractual = `${hours} hours, ‘privacy.controller-notification-hours’, a contractual figure — the law says ${lawOf(facts)}`;
    if (notified) {
      if (notified <= deadline || text(incident, 'delay-reason')) return;
      report({
        file: incident.file,
        range: valueRange(incident, 'controller-notified'),
        severity: 'warning',
        message: `Personal data breach ${name} (detected ${facts.detected}, as processor by ${facts.role.from}) was notified to ${whom} on ${notified}, after the deadline, and no ‘delay-reason:’ is recorded. Due by ${deadline}: ${contractual}.`,
      });
      return;
    }
    if (ctx.today <= deadline) return;
    report({
      file: incident.file,
      range: incident.anchor,
      message: `Personal data breach ${name} (detected ${facts.detected}) has not been notified to ${whom}: the organisation is the processor (${facts.role.from}), and the processor's duty is to tell ${whom}, who decides on notifying ${facts.regimes.gdpr ? 'the supervisory authority' : 'the Information Regulator'}. Due by ${deadline}: ${contractual}. Tell ${whom} without further delay and record ‘controller-notified:’.`,
    });
  },
};
