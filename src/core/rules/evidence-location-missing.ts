import { locationCandidates } from '../controls/location';
import { label, text, valueRange } from '../model/fields';
import type { FileKey } from '../model/types';
import type { RuleContext, WorkspaceRule } from './rule';

/** Whether some candidate exists: true, false when every one is known to be missing, undefined when unknown. */
function exists(ctx: RuleContext, files: readonly FileKey[]): boolean | undefined {
  const known = files.map((f) => ctx.fileExists(f));
  return known.includes(true) ? true : known.every((k) => k === false) ? false : undefined;
}

export const evidenceLocationMissing: WorkspaceRule = {
  code: 'ISMS963',
  name: 'evidence-location-missing',
  description: 'Evidence whose ‘location’ is a relative path to a file that is not in the ISMS folder (URLs are not checked).',
  clause: 'ISO/IEC 27001:2022 7.5.3 a (documented information available and suitable for use, where and when it is needed)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['evidence'],
  // files come and go without a record changing; a Markdown edit that leaves the files as they are does not re-run it
  readsFiles: 'listing',
  check(ctx, report) {
    const root = ctx.config.file.slice(0, ctx.config.file.lastIndexOf('/'));
    for (const rec of ctx.records('evidence')) {
      const location = text(rec, 'location');
      const files = location === undefined ? undefined : locationCandidates(location, rec.file);
      if (!location || !files || exists(ctx, files) !== false) continue;
      // written relative to the ISMS folder's root rather than to the record's file: say so
      const fromRoot = locationCandidates(location, `${root}/isms.yaml`) ?? [];
      const hint =
        exists(ctx, fromRoot) === true
          ? ` There is such a file relative to the ISMS folder's root (${fromRoot[0].slice(root.length + 1)}), but ‘location’ is read relative to the record's own file.`
          : '';
      report({
        file: rec.file,
        range: valueRange(rec, 'location'),
        message: `Evidence ${label(rec)} is at ‘${location.trim()}’, but there is no such file in the ISMS folder.${hint} Correct the path (relative to this file) or add the file.`,
      });
    }
  },
};
