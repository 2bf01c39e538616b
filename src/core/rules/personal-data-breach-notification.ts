import { plusDays } from '../dates';
import { date, text, valueRange } from '../model/fields';
import { listsStandard } from '../model/standards';
import type { IsmsRecord } from '../model/types';
import type { RecordRule } from './rule';

/**
 * GDPR Art. 33(1): 72 hours from becoming aware. Dates carry no time, so the clock is counted in whole
 * days and in the controller's favour: detected on D, the deadline is the end of D + 3.
 */
export const NOTIFICATION_DAYS = 3;

/** The date the authority was told: `notified-authority`, or the older `notified`. */
export const notifiedAuthority = (incident: IsmsRecord): string | undefined =>
  date(incident, 'notified-authority') ?? date(incident, 'notified');

export const personalDataBreachNotification: RecordRule = {
  code: 'ISMS701',
  name: 'personal-data-breach-notification',
  description:
    'A personal-data incident has no notification decision, was not notified to the supervisory authority within 72 hours (GDPR), or was notified late without reasons.',
  clause:
    'GDPR Art. 33(1) and 33(5) (notification of a personal data breach to the supervisory authority); POPIA s.22 (notification of security compromises)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: ['incident'],
  check(incident, ctx, report) {
    const gdpr = listsStandard(ctx.config.standards, 'gdpr');
    if (!gdpr && !listsStandard(ctx.config.standards, 'popia')) return;
    const detected = date(incident, 'detected');
    if (incident.data['personal-data'] !== true || !detected || detected > ctx.today) return;
    const decision = text(incident, 'notification');
    if (decision === 'not-required') return;
    const decided = decision === 'required';
    const notified = notifiedAuthority(incident);
    const name = incident.id ?? 'This incident';
    const where = { file: incident.file, range: incident.anchor };

    if (!gdpr) {
      // POPIA s.22(2): "as soon as reasonably possible" — no fixed clock to be late against
      if (notified) return;
      report({
        ...where,
        severity: 'warning',
        message: decided
          ? `Personal-data incident ${name} needs notifying but the Information Regulator has not been notified (\`notified-authority:\`). POPIA s.22 asks for notification as soon as reasonably possible after discovery (${detected}).`
          : `Personal-data incident ${name} has no notification decision. Record \`notification: required\` or \`not-required\` (POPIA s.22: the Information Regulator and the data subjects are notified as soon as reasonably possible).`,
      });
      return;
    }

    const deadline = plusDays(detected, NOTIFICATION_DAYS);
    if (notified) {
      if (notified <= deadline || text(incident, 'delay-reason')) return;
      const key = incident.fields['notified-authority'] ? 'notified-authority' : 'notified';
      report({
        file: incident.file,
        range: valueRange(incident, key),
        message: `Personal data breach ${name} was notified to the supervisory authority on ${notified}, after the 72-hour deadline of ${deadline} (detected ${detected}), and no \`delay-reason:\` is recorded. GDPR Art. 33(1): a late notification is accompanied by the reasons for the delay.`,
      });
      return;
    }
    if (ctx.today > deadline) {
      report({
        ...where,
        message: `Personal data breach ${name} (detected ${detected}) has not been notified to the supervisory authority; the 72-hour deadline of GDPR Art. 33(1) was ${deadline}.${decided ? '' : ' No notification decision is recorded either.'} Notify now and record \`notified-authority:\` and \`delay-reason:\`, or record \`notification: not-required\` if the breach is unlikely to result in a risk to individuals.`,
      });
      return;
    }
    if (!decided) {
      report({
        ...where,
        severity: 'warning',
        message: `Personal data breach ${name} (detected ${detected}) has no notification decision. Decide and record \`notification: required\` or \`not-required\` (GDPR Art. 33(5)); if required, notify the supervisory authority by ${deadline} (72 hours, Art. 33(1)).`,
      });
    }
  },
};
