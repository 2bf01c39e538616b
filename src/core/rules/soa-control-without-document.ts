import { compactIds } from '../documents/soa';
import { documentStatus } from '../documents/register';
import { canonicalId } from '../model/catalogues';
import { ids, itemRange, valueRange } from '../model/fields';
import { soaOf } from './helpers/soa';
import type { Reporter, RuleContext, WorkspaceRule } from './rule';

/** Documents in force that say they implement a control the SoA excludes; SoA exclusions that name documents. */
function reportExcludedButImplemented(ctx: RuleContext, report: Reporter): void {
  const soa = soaOf(ctx);
  for (const doc of ctx.records('document')) {
    if (documentStatus(doc) === 'retired') continue;
    ids(doc, 'implements').forEach((id, i) => {
      const entry = soa.byControl.get(canonicalId(id));
      if (entry?.applicable !== false) return;
      report({
        file: doc.file,
        range: itemRange(doc, 'implements', i),
        severity: 'warning',
        message: `${doc.id ?? 'This document'} implements ${entry.control}, which the Statement of Applicability marks not applicable. Either the SoA's exclusion or this document is out of date.`,
        related: [
          {
            location: { file: entry.record.file, range: valueRange(entry.record, 'applicable') },
            message: `${entry.control}: applicable: false`,
          },
        ],
      });
    });
  }
  for (const entry of soa.entries) {
    if (entry.applicable !== false || ids(entry.record, 'documents').length === 0) continue;
    report({
      file: entry.record.file,
      range: valueRange(entry.record, 'documents'),
      severity: 'warning',
      message: `${entry.control} is marked not applicable, yet its entry names documents that implement it. Either the exclusion or the ‘documents:’ is out of date.`,
    });
  }
}

export const soaControlWithoutDocument: WorkspaceRule = {
  code: 'ISMS926',
  name: 'soa-control-without-document',
  description:
    'In a folder that links documents to controls: applicable, implemented controls no document implements (information, one note per standard), and a document implementing a control the SoA excludes (warning).',
  clause: 'ISO/IEC 27001:2022 6.1.3 d and 7.5.1 b (documented information the organisation determines necessary)',
  defaultSeverity: 'information',
  scope: 'workspace',
  dependsOn: ['soa', 'document'],
  check(ctx, report) {
    const soa = soaOf(ctx);
    if (!soa.present) return;
    reportExcludedButImplemented(ctx, report);
    // a folder that does not link documents to controls is not asked to: no note on every control
    if (!soa.linksDocuments || !soa.location) return;
    for (const standard of soa.standards) {
      // nor a standard none of whose controls is linked to a document
      if (standard.withoutDocument.length === 0 || standard.withDocument === 0) continue;
      report({
        ...soa.location,
        message: `${standard.name}: ${standard.withoutDocument.length} of the ${standard.implemented} controls the Statement of Applicability marks applicable and implemented have no implementing document in force (a document's ‘implements:’ or the entry's ‘documents:’): ${compactIds(standard.withoutDocument)}. Link the policy or procedure where there is one; not every control needs a document.`,
      });
    }
  },
};
