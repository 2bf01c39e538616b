import { text, valueRange } from '../model/fields';
import { breachFacts, deadlineAfterHours, readable } from './helpers/breach';
import type { RecordRule } from './rule';

/**
 * GDPR Art. 33(1): the controller notifies the supervisory authority within 72 hours (`privacy.authority-
 * notification-hours`) of becoming aware. A processor's duty is another (ISMS705); a breach under POPIA
 * only has no fixed clock (ISMS706).
 */
export const personalDataBreachNotification: RecordRule = {
  code: 'ISMS701',
  name: 'personal-data-breach-notification',
  description:
    'A personal data breach of which the organisation is the controller, under the GDPR, has no notification decision, was not notified to the supervisory authority within 72 hours, or was notified late without reasons.',
  clause: 'GDPR Art. 33(1) and 33(5) (notification of a personal data breach to the supervisory authority by the controller)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: ['incident'],
  crossRecord: true,
  check(incident, ctx, report) {
    const facts = breachFacts(incident, ctx);
    if (!facts || !readable(facts) || facts.role.value !== 'controller' || !facts.regimes.gdpr) return;
    const { detected, decision } = facts;
    // an unreadable decision may be a misspelt not-required: ISMS707 says so rather than a deadline
    if (decision === 'not-required' || (decision === 'unreadable' && !facts.notifiedAuthority)) return;
    const hours = ctx.config.privacy.authorityNotificationHours;
    const deadline = deadlineAfterHours(detected, hours);
    const notified = facts.notifiedAuthority;
    const name = incident.id ?? 'This incident';
    const where = { file: incident.file, range: incident.anchor };

    if (notified) {
      if (notified <= deadline || text(incident, 'delay-reason')) return;
      const key = incident.fields['notified-authority'] ? 'notified-authority' : 'notified';
      report({
        file: incident.file,
        range: valueRange(incident, key),
        message: `Personal data breach ${name} was notified to the supervisory authority on ${notified}, after the ${hours}-hour deadline of ${deadline} (detected ${detected}), and no ‘delay-reason:’ is recorded. GDPR Art. 33(1): a late notification is accompanied by the reasons for the delay.`,
      });
      return;
    }
    if (ctx.today > deadline) {
      report({
        ...where,
        message: `Personal data breach ${name} (detected ${detected}) has not been notified to the supervisory authority; the ${hours}-hour deadline of GDPR Art. 33(1) was ${deadline}.${decision === 'required' ? '' : ' No notification decision is recorded either.'} Notify now and record ‘notified-authority:’ and ‘delay-reason:’, or record ‘notification: not-required’ if the breach is unlikely to result in a risk to individuals.`,
      });
      return;
    }
    if (decision === 'none') {
      report({
        ...where,
        severity: 'warning',
        message: `Personal data breach ${name} (detected ${detected}) has no notification decision. Decide and record ‘notification: required’ or ‘not-required’ (GDPR Art. 33(5)); if required, notify the supervisory authority by ${deadline} (${hours} hours, Art. 33(1)).`,
      });
    }
  },
};
