import type { IsmsRecord, RelatedInformation } from '../model/types';
import type { RecordRule } from './rule';

/**
 * Related places listed per duplicate at most: every duplicate listing all the others was n² (3,000
 * records sharing an id made 9 million entries and ran out of memory).
 */
export const MAX_DUPLICATES_LISTED = 20;

/** `<id>-2`, `<id>-3`, … : the first id no record uses. */
function freeId(id: string, taken: (candidate: string) => boolean): string {
  for (let n = 2; ; n++) if (!taken(`${id}-${n}`)) return `${id}-${n}`;
}

/** Records in the order they are written: by file, then by line. */
const byPlace = (a: IsmsRecord, b: IsmsRecord): number =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.anchor.start.line - b.anchor.start.line || a.anchor.start.character - b.anchor.start.character;

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
      related.push({ location: { file: o.file, range: o.anchor }, message: `‘${shownId}’ is also used here (${o.kind})` });
    }
    const more = same.length - 1 - related.length;
    const listed = more > 0 ? ` The first ${related.length} others are listed, and ${more} more.` : '';
    report({
      file: rec.file,
      range: rec.anchor,
      message: `Id ‘${shownId}’ is used by ${same.length} records.${listed} Give each record its own id.`,
      related,
      // the first record keeps the id (references mean it); the others are offered a free one
      data:
        [...same].sort(byPlace)[0] !== rec
          ? { fix: 'rename-id', from: rec.id, to: freeId(rec.id, (c) => ctx.recordsById(c).length > 0) }
          : undefined,
    });
  },
};
