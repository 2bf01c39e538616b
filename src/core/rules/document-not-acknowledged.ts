import { acknowledgementStatus, personIndex } from '../documents/acknowledgements';
import { itemRange, label, list, text, valueRange } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import type { RuleContext, Reporter, WorkspaceRule } from './rule';

/** How many names a message lists before "and N more". */
const NAMES_SHOWN = 5;

const who = (p: IsmsRecord): string => text(p, 'name') ?? p.id ?? 'a person without a name';

function reportDocument(doc: IsmsRecord, ctx: RuleContext, report: Reporter): void {
  const status = acknowledgementStatus(doc, ctx, ctx.today);
  if (!status) return;
  if (status.unmatchedAudience) {
    const entries = list(doc, 'audience');
    const first = entries.findIndex((e) => String(e).trim() === status.unmatchedAudience?.[0]);
    report({
      file: doc.file,
      range: first >= 0 ? itemRange(doc, 'audience', first) : valueRange(doc, 'audience'),
      message:
        `‘audience’ of ${label(doc)}: ${status.unmatchedAudience.map((e) => `‘${e}’`).join(', ')} ` +
        'matches nobody on the roster (no department, role, name, id or email of a ‘person’ record), so nobody is counted for it. ' +
        'Correct the entry, or add the people to the roster.',
    });
  }
  const overdue = status.pending.filter((p) => p.overdue);
  if (overdue.length === 0) return;
  // a later joiner's own due date (joining plus the days) is shown by the name
  const names = overdue
    .slice(0, NAMES_SHOWN)
    .map((p) => `${who(p.person)}${p.due !== status.due ? ` (due ${p.due})` : ''}`)
    .join(', ');
  const more = overdue.length > NAMES_SHOWN ? ` and ${overdue.length - NAMES_SHOWN} more` : '';
  const version = status.version !== undefined ? `version ${status.version}` : 'the current version';
  const days = ctx.config.documents.acknowledgeDays;
  const verb = overdue.length === 1 ? 'has' : 'have';
  report({
    file: doc.file,
    range: status.version !== undefined ? valueRange(doc, 'version') : valueRange(doc, 'approved'),
    message:
      `${overdue.length} of ${status.expected} people of the audience of ${label(doc)} ${verb} not acknowledged ${version} ` +
      `within ${days} days of its approval on ${text(doc, 'approved')} (due ${status.due}), or of joining when later: ${names}${more}. ` +
      'A.5.1: policies are communicated to and acknowledged by relevant personnel. ' +
      'Record the acknowledgements in an ‘isms: acknowledgements’ register (‘isms import acknowledgements FILE.csv’).',
  });
}

export const documentNotAcknowledged: WorkspaceRule = {
  code: 'ISMS907',
  name: 'document-not-acknowledged',
  description:
    "People of an approved document's ‘audience’ (on the ‘people’ roster) have not acknowledged its current version within ‘documents.acknowledge-days’ of its approval; an ‘audience’ entry matches nobody; an acknowledgement names nobody on the roster.",
  clause: 'ISO/IEC 27001:2022 A.5.1 (policies communicated to and acknowledged by relevant personnel) and 7.3 (awareness)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['document', 'person', 'acknowledgement'],
  check(ctx, report) {
    for (const doc of ctx.records('document')) reportDocument(doc, ctx, report);
    // an acknowledgement that names nobody counts for nobody: say so where it is written
    const people = ctx.records('person');
    if (people.length === 0) return;
    const index = personIndex(people);
    for (const ack of ctx.records('acknowledgement')) {
      const person = text(ack, 'person');
      if (person === undefined || index.find(person)) continue;
      report({
        file: ack.file,
        range: valueRange(ack, 'person'),
        message: `‘person’ ‘${person}’ is nobody on the roster (no ‘person’ record has that id, name or email): this acknowledgement counts for nobody.`,
      });
    }
  },
};
