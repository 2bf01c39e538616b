import { relativeLinks } from '../documents/links';
import { ids, label, text, valueRange } from '../model/fields';
import { RECORD_KINDS, type IsmsRecord } from '../model/types';
import type { RuleContext, WorkspaceRule } from './rule';
import { isApproved, isRetired } from '../documents/status';

const isDocument = (r: IsmsRecord): boolean => r.kind === 'document';

/** Documents no longer in force: retired, or superseded by an approved document. → why, for messages. */
function obsoleteDocuments(ctx: RuleContext): Map<IsmsRecord, { why: string; by?: IsmsRecord }> {
  const out = new Map<IsmsRecord, { why: string; by?: IsmsRecord }>();
  for (const doc of ctx.records('document')) {
    if (doc.id === undefined) continue;
    const by = ctx.referencesTo(doc.id).find((r) => isDocument(r.record) && r.field === 'supersedes' && isApproved(r.record))?.record;
    const superseded = by ? `superseded by ${by.id ?? label(by)}` : undefined;
    if (isRetired(doc)) out.set(doc, { why: superseded ? `retired (${superseded})` : 'retired', by });
    else if (by && superseded) out.set(doc, { why: superseded, by });
  }
  return out;
}

export const obsoleteDocumentReferenced: WorkspaceRule = {
  code: 'ISMS904',
  name: 'obsolete-document-referenced',
  description:
    'A retired or superseded document is still referenced by a record or linked from a document, or is superseded but not retired.',
  clause: 'ISO/IEC 27001:2022 7.5.3 (control of documented information: obsolete documents kept from unintended use)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: RECORD_KINDS,
  check(ctx, report) {
    const obsolete = obsoleteDocuments(ctx);
    if (obsolete.size === 0) return;
    const inForce = (r: IsmsRecord): boolean => !(isDocument(r) && (obsolete.has(r) || isRetired(r)));
    for (const [doc, { why, by }] of obsolete) {
      if (by && !isRetired(doc)) {
        report({
          file: doc.file,
          range: doc.fields.status ? valueRange(doc, 'status') : doc.anchor,
          message:
            `Document ${label(doc)} is ${why}, but its status is still ‘${text(doc, 'status') ?? 'not set'}’. ` +
            `Set ‘status: retired’ so that nobody follows the old version.`,
        });
      }
      for (const ref of ctx.referencesTo(doc.id ?? '')) {
        if ((isDocument(ref.record) && ref.field === 'supersedes') || !inForce(ref.record)) continue;
        report({
          file: ref.record.file,
          range: ref.range,
          message:
            `‘${ref.field}’ refers to document ${label(doc)}, which is ${why}. ` +
            `Refer to the document in force${by?.id ? ` (${by.id})` : ''}.`,
        });
      }
    }
    const byFile = new Map([...obsolete.keys()].map((d) => [d.file, d]));
    for (const doc of ctx.records('document')) {
      if (!inForce(doc)) continue;
      for (const link of relativeLinks(doc)) {
        const target = byFile.get(link.file);
        // "this replaces [the old policy](old.md)" is the new document's history, not a use of the old one
        if (!target || target === doc || (target.id !== undefined && ids(doc, 'supersedes').includes(target.id))) continue;
        const { why, by } = obsolete.get(target) ?? { why: '' };
        report({
          file: doc.file,
          range: link.link.range,
          message:
            `Document ${label(doc)} links to ${label(target)}, which is ${why}. ` +
            `Link to the document in force${by?.id ? ` (${by.id})` : ''}.`,
        });
      }
    }
  },
};
