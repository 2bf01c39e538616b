import { text, valueRange } from '../model/fields';
import type { Range } from '../model/types';
import { breachFacts, readable } from './helpers/breach';
import type { RecordRule } from './rule';

/**
 * "No silent misses" (issue 16): an incident the breach rules cannot read — `personal-data: maybe`, a role
 * that is neither controller nor processor, a law they do not know — is said once, at information level,
 * instead of being read as "not a breach" or being given a deadline it may not have. ISMS006 reports the
 * value itself; this says what it stops.
 */
export const breachFactsUnreadable: RecordRule = {
  code: 'ISMS707',
  name: 'breach-facts-unreadable',
  description:
    'An incident that may be a personal data breach cannot be checked for notification: whether personal data is involved, the role (controller or processor), the notification decision or the law that applies cannot be read.',
  clause: 'GDPR Art. 33(5) (every personal data breach documented, with its facts); POPIA s.22(1)',
  defaultSeverity: 'information',
  scope: 'record',
  kinds: ['incident'],
  crossRecord: true,
  check(incident, ctx, report) {
    const facts = breachFacts(incident, ctx);
    if (!facts) return;
    const reasons: { why: string; range: Range }[] = [];
    if (facts.regimes.unknown.length > 0) {
      const names = facts.regimes.unknown.map((v) => `‘${v}’`).join(', ');
      reasons.push({
        why: `‘regimes:’ names ${names}, which the breach rules do not know (gdpr, uk-gdpr, popia)`,
        range: valueRange(incident, 'regimes'),
      });
    }
    // something done already (an authority or controller told, a decision not to) needs no nudge
    const handled = facts.notifiedAuthority !== undefined || facts.controllerNotified !== undefined || facts.decision === 'not-required';
    if (!handled) {
      if (facts.personal.state === 'unreadable') reasons.push({ why: facts.personal.why, range: valueRange(incident, 'personal-data') });
      if (facts.role.state === 'unreadable')
        reasons.push({ why: facts.role.why, range: valueRange(incident, incident.fields.role ? 'role' : 'processing-activity') });
      if (facts.decision === 'unreadable' && facts.role.state === 'known' && facts.role.value === 'controller')
        reasons.push({
          why: `its ‘notification: ${text(incident, 'notification') ?? ''}’ is neither required nor not-required`,
          range: valueRange(incident, 'notification'),
        });
    }
    if (reasons.length === 0) return;
    const checked = readable(facts) && reasons.every((r) => r.why.startsWith('‘regimes:’'));
    report({
      file: incident.file,
      range: reasons[0].range,
      message: `Cannot tell whether incident ${incident.id ?? ''} is a personal data breach that must be notified, or by whom: ${reasons.map((r) => r.why).join('; ')}. ${checked ? 'The laws it does name are checked.' : 'No notification deadline is checked for it until this is written in words the engine knows.'}`,
    });
  },
};
