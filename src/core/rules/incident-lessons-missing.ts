import { enumValue, label, list, text, valueRange } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import type { RecordRule } from './rule';

const SERIOUS = new Set(['high', 'critical']);
/** A `##` section of the body that records lessons learned ("Lessons learned", "Lessons learnt", "Lessons"). */
const LESSONS_HEADING = /\blessons?\b/;

function hasLessons(incident: IsmsRecord): boolean {
  if (text(incident, 'lessons') !== undefined || list(incident, 'lessons').length > 0) return true;
  return [...(incident.sections?.keys() ?? [])].some((heading) => LESSONS_HEADING.test(heading));
}

export const incidentLessonsMissing: RecordRule = {
  code: 'ISMS951',
  name: 'incident-lessons-missing',
  description: 'A high or critical incident is closed without lessons learned (‘lessons:’ or a section) or a corrective action.',
  clause: 'ISO/IEC 27001:2022 Annex A 5.27 (learning from information security incidents)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['incident'],
  crossRecord: true,
  check(incident, ctx, report) {
    const severity = enumValue(incident, 'severity');
    const status = enumValue(incident, 'status');
    // an unreadable severity or status (ISMS006 reports it) is neither "high" nor "closed" to this rule
    if (severity.state !== 'known' || !SERIOUS.has(severity.value)) return;
    if (status.state !== 'known' || status.value !== 'closed') return;
    if (hasLessons(incident) || text(incident, 'corrective-action') !== undefined) return;
    // a corrective action that names the incident as its source counts without the back-link
    if (incident.id && ctx.referencesTo(incident.id).some((r) => r.record.kind === 'corrective-action')) return;
    report({
      file: incident.file,
      range: valueRange(incident, 'status'),
      message: `Incident ${label(incident)} is ${severity.value === 'high' ? 'a high' : 'a critical'}-severity incident closed without lessons learned or a corrective action. Record what was learned in ‘lessons:’ (or a ‘Lessons learned’ section), or raise a corrective action and link it with ‘corrective-action:’ (Annex A 5.27).`,
    });
  },
};
