import { relativeLinks } from '../documents/links';
import { label } from '../model/fields';
import { RECORD_KINDS, type FileKey } from '../model/types';
import { headingAnchors } from '../parse/links';
import { isMarkdownFile, isYamlFile } from '../parse/parseFile';
import type { WorkspaceRule } from './rule';
import { isRetired } from '../documents/status';

/**
 * Heading anchors by linked file: the rule re-runs on every edit of a record or a Markdown file, and
 * parsing each linked file again each time would cost a remark parse per link per keystroke. Keyed by
 * file, not by text, so that the cache holds at most one text per file (the workspace's own string).
 */
const ANCHORS = new Map<FileKey, { text: string; anchors: Set<string> }>();
const MAX_CACHED = 512;

export const documentLinkBroken: WorkspaceRule = {
  code: 'ISMS905',
  name: 'document-link-broken',
  description: 'A relative link in a document leads to a file, a heading or a record id that does not exist.',
  clause: 'ISO/IEC 27001:2022 7.5.3 a (documented information available and suitable for use, where and when it is needed)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: RECORD_KINDS,
  // links lead to files that come and go, and to the headings of any Markdown file, records or not
  readsFiles: 'markdown',
  check(ctx, report) {
    const anchorsOf = (file: FileKey): Set<string> => {
      const fileText = ctx.textOf(file) ?? '';
      const cached = ANCHORS.get(file);
      if (cached?.text === fileText) return cached.anchors;
      if (!cached && ANCHORS.size >= MAX_CACHED) ANCHORS.clear();
      const anchors = headingAnchors(fileText);
      ANCHORS.set(file, { text: fileText, anchors });
      return anchors;
    };
    for (const doc of ctx.records('document')) {
      // a retired document is kept as it was; its links are history
      if (isRetired(doc)) continue;
      for (const link of relativeLinks(doc)) {
        const exists = ctx.fileExists(link.file);
        const written = link.link.target;
        if (exists === false) {
          report({
            file: doc.file,
            range: link.link.range,
            message: `Document ${label(doc)} links to ‘${written}’, but there is no such file. Correct the link or add the file.`,
          });
          continue;
        }
        const fragment = link.fragment;
        if (exists === undefined || fragment === undefined) continue;
        const isRecordId = ctx.recordsById(fragment).some((r) => r.file === link.file);
        if (isRecordId) continue;
        if (isMarkdownFile(link.file) && anchorsOf(link.file).has(fragment.toLowerCase())) continue;
        if (!isMarkdownFile(link.file) && !isYamlFile(link.file)) continue;
        const what = isMarkdownFile(link.file) ? 'a heading of that file nor the id of a record in it' : 'the id of a record in that file';
        report({
          file: doc.file,
          range: link.link.range,
          message: `Document ${label(doc)} links to ‘${written}’, but ‘#${fragment}’ is not ${what}. Correct the link.`,
        });
      }
    }
  },
};
