import { enumValue, text, valueRange } from '../model/fields';
import type { RecordRule } from './rule';

/**
 * An incident that says `role: controller` about the data of a processing activity recorded with `role:
 * processor` (or the reverse): one of the two records is wrong, and with it whom the breach is notified to.
 * The incident's own role is the one the breach rules use.
 */
export const breachRoleContradictsProcessing: RecordRule = {
  code: 'ISMS708',
  name: 'breach-role-contradicts-processing',
  description: "An incident's ‘role:’ contradicts the ‘role:’ of the processing activity it names.",
  clause: 'GDPR Art. 30(1) and 30(2) (records of processing as controller and as processor); Art. 33(1), 33(2)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['incident'],
  crossRecord: true,
  check(incident, ctx, report) {
    const own = enumValue(incident, 'role');
    const id = text(incident, 'processing-activity');
    if (own.state !== 'known' || !id) return;
    const activities = ctx.recordsById(id).filter((r) => r.kind === 'processing-activity');
    if (activities.length !== 1) return;
    const theirs = enumValue(activities[0], 'role');
    if (theirs.state !== 'known' || theirs.value === own.value) return;
    report({
      file: incident.file,
      range: valueRange(incident, 'role'),
      message: `Incident ${incident.id ?? ''} says the organisation is ${own.value}, but its processing activity ${id} is recorded with ‘role: ${theirs.value}’. One of them is wrong, and with it whom the breach is notified to (a controller notifies the supervisory authority, GDPR Art. 33(1); a processor the controller, Art. 33(2)). The incident's ‘role:’ is used.`,
      related: [
        { location: { file: activities[0].file, range: valueRange(activities[0], 'role') }, message: `${id}: role ${theirs.value}` },
      ],
    });
  },
};
