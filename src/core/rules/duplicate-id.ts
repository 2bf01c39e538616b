import type { RecordRule } from './rule';

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
    report({
      file: rec.file,
      range: rec.anchor,
      message: `Id \`${rec.id}\` is used by ${same.length} records. Give each record its own id.`,
      related: same
        .filter((o) => o !== rec)
        .map((o) => ({ location: { file: o.file, range: o.anchor }, message: `\`${rec.id}\` is also used here (${o.kind})` })),
    });
  },
};
