import { approvedDocuments, changeSinceApproval } from '../documents/history';
import { label, text, valueRange } from '../model/fields';
import type { WorkspaceRule } from './rule';

const short = (commit: string): string => commit.slice(0, 7);

export const documentChangedSinceApproval: WorkspaceRule = {
  code: 'ISMS906',
  name: 'document-changed-since-approval',
  description: "In a git repository: an approved document's text changed in a commit after the one that set its version and approval date.",
  clause: 'ISO/IEC 27001:2022 7.5.2 c (review and approval) and 7.5.3 e (control of changes, version control)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['document'],
  check(ctx, report) {
    const docs = approvedDocuments(ctx.records('document'));
    if (docs.length === 0) return;
    const history = ctx.documentHistory;
    if (!history?.available) {
      // said once for the folder, not per document: there is nothing to act on per document
      report({
        file: ctx.config.file,
        range: ctx.config.anchor,
        severity: 'information',
        message:
          `Whether the ${docs.length === 1 ? 'approved document' : `${docs.length} approved documents`} changed ` +
          `since ${docs.length === 1 ? 'its' : 'their'} approval cannot be told: ` +
          (history
            ? `${history.reason}. Keep the ISMS folder in git to have it checked.`
            : 'no version history was read here (‘isms check’ reads it from git).'),
      });
      return;
    }
    for (const doc of docs) {
      const found = changeSinceApproval(doc, history.files.get(doc.file) ?? []);
      if (!found) continue;
      const version = text(doc, 'version');
      report({
        file: doc.file,
        range: doc.fields.version ? valueRange(doc, 'version') : valueRange(doc, 'approved'),
        message:
          `Document ${label(doc)} changed in commit ${short(found.change.commit)} (${found.change.date}) ` +
          `after ${version ? `version ${version}` : 'it'} was approved ` +
          `(commit ${short(found.approval.commit)}, ${found.approval.date}). Re-approve it or raise the version.`,
      });
    }
  },
};
