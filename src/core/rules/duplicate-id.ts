import type { RelatedInformation } from '../model/types';
import type { RecordRule } from './rule';

/**
 * Related places listed per duplicate at most: every duplicate listing all the others was n² (3,000
 * records sharing an id made 9 million entries and ran out of memory).
 */
export const MAX_DUPLICATES_LISTED = 20;

export const duplicateId: RecordRule = {
  code: 'ISMS003',
  name: 'duplicate-id',
  description: 'Two records share an id, so references to it are ambiguous.',
  clause: 'ISO/IEC 27001:2022 7.5.2 a (identification of documented information)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: 'all',
  crossRecord: true,
  check(rec, ctx, report) {
    if (rec.id === undefined) return;
    const same = ctx.recordsById(rec.id);
    if (same.length < 2) return;
    const shownId = rec.id.length > 80 ? `${rec.id.slice(0, 80)}…` : rec.id;
    const related: RelatedInformation[] = [];
    for (const o of same) {
      if (o === rec) continue;
      if (related.length === MAX_DUPLICATES_LISTED) break;
      related.push({ location: { file: o.file, range: o.anchor }, message: `\`${shownId}\` is also used here (${o.kind})` });
    }
    const more = same.length - 1 - related.length;
    const listed = more > 0 ? ` The first ${related.length} others are listed, and ${more} more.` : '';
    report({
      file: rec.file,
      range: rec.anchor,
      message: `Id \`${shownId}\` is used by ${same.length} records.${listed} Give each record its own id.`,
      related,
    });
  },
};
