import { daysBetween, plusDays } from '../dates';
import { text, valueRange } from '../model/fields';
import { breachFacts, readable } from './helpers/breach';
import type { RecordRule } from './rule';

/** Where the Information Regulator takes s.22 notifications (its own statement of April 2025). */
export const POPIA_PORTAL =
  'since 1 April 2025 the Information Regulator takes security compromise notifications only through its eServices portal';

/**
 * POPIA s.22: the responsible party notifies the Information Regulator and the data subjects "as soon as
 * reasonably possible after the discovery" (s.22(2)) — no fixed hours, so the engine only reminds, at
 * information level, after `privacy.popia-notification-days`. A breach the GDPR governs too is on the
 * stricter 72-hour clock of ISMS701, not here.
 */
export const breachPopiaNotification: RecordRule = {
  code: 'ISMS706',
  name: 'breach-popia-notification',
  description:
    'A security compromise under POPIA only, of which the organisation is the responsible party, has no notification decision or was not notified to the Information Regulator within ‘privacy.popia-notification-days’.',
  clause:
    'POPIA s.22(1) (the responsible party notifies the Information Regulator and the data subjects) and s.22(2) (as soon as reasonably possible after the discovery)',
  defaultSeverity: 'information',
  scope: 'record',
  kinds: ['incident'],
  crossRecord: true,
  check(incident, ctx, report) {
    const facts = breachFacts(incident, ctx);
    if (!facts || !readable(facts) || facts.role.value !== 'controller' || !facts.regimes.popia || facts.regimes.gdpr) return;
    const { detected, decision } = facts;
    if (decision === 'not-required' || (decision === 'unreadable' && !facts.notifiedAuthority)) return;
    const days = ctx.config.privacy.popiaNotificationDays;
    const remind = plusDays(detected, days);
    const name = incident.id ?? 'This incident';
    const notified = facts.notifiedAuthority;
    if (notified) {
      if (notified <= remind || text(incident, 'delay-reason')) return;
      const key = incident.fields['notified-authority'] ? 'notified-authority' : 'notified';
      report({
        file: incident.file,
        range: valueRange(incident, key),
        message: `Security compromise ${name} was notified to the Information Regulator ${daysBetween(detected, notified)} days after its discovery (${detected}) with no ‘delay-reason:’. POPIA s.22(2) allows a delay only for the needs of law enforcement or the measures needed to determine the scope of the compromise and restore the integrity of the system: record which.`,
      });
      return;
    }
    if (ctx.today <= remind) return;
    const undecided = decision === 'none' ? ' and no notification decision is recorded' : '';
    report({
      file: incident.file,
      range: incident.anchor,
      message: `Security compromise ${name} (discovered ${detected}) has not been notified to the Information Regulator${undecided}. POPIA s.22(1), (2): the responsible party notifies the Regulator and the data subjects as soon as reasonably possible after the discovery (${POPIA_PORTAL}). Record ‘notified-authority:’, or ‘notification: not-required’ with the reason if there are no reasonable grounds to believe the information was accessed or acquired by an unauthorised person. (${days} days is ‘privacy.popia-notification-days’, the engine's reminder; the Act sets no period.)`,
    });
  },
};
