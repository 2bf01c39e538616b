/**
 * Whether an approved document's text changed after its approval (ISMS906), from its version history.
 * The history is read once per load through the host's VersionControlHost (git for the Node host): for
 * each approved document, the commits that touched it, newest first, and its front matter and body at
 * each of them — only as far back as the commit that set the current `version` and `approved` date. The
 * rule then compares bodies; it never reads the history itself, so the core stays pure and synchronous.
 */
import type { VersionControlHost } from '../host';
import { text, date } from '../model/fields';
import type { FileKey, IsmsRecord } from '../model/types';
import { findFrontMatter } from '../parse/frontMatter';
import { parseFile } from '../parse/parseFile';
import { isApproved } from './status';

/** Commits read per document at most: bounds the cost on a long history (git is asked for no more). */
export const HISTORY_COMMITS = 50;
/** Documents whose history is read in parallel. */
const CONCURRENCY = 4;

/** A document as committed: what its front matter said and a hash of its body. */
export interface Revision {
  commit: string;
  date: string;
  version?: string;
  approved?: string;
  bodyHash: string;
}

export type DocumentHistory =
  | { available: false; reason: string }
  /** per document file: its revisions newest first, down to the first that differs in version or approval */
  | { available: true; files: ReadonlyMap<FileKey, readonly Revision[]> };

/** The documents whose approval the history is read for: approved, with a version or an approval date. */
export function approvedDocuments(records: readonly IsmsRecord[]): IsmsRecord[] {
  return records.filter(
    (r) => r.kind === 'document' && isApproved(r) && (text(r, 'version') !== undefined || date(r, 'approved') !== undefined),
  );
}

/** FNV-1a over the body with trailing spaces and blank lines at the ends dropped: whitespace is no change. */
export function bodyHash(fileText: string): string {
  const fm = findFrontMatter(fileText);
  const body = (fm ? fileText.slice(fm.bodyStart) : fileText)
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${body.length}:${h.toString(16)}`;
}

function revisionOf(file: FileKey, commit: string, day: string, fileText: string): Revision {
  const rec = parseFile(file, fileText).records.find((r) => r.kind === 'document');
  return { commit, date: day, version: rec && text(rec, 'version'), approved: rec && date(rec, 'approved'), bodyHash: bodyHash(fileText) };
}

const sameApproval = (r: Revision, doc: IsmsRecord): boolean => r.version === text(doc, 'version') && r.approved === date(doc, 'approved');

async function historyOf(vc: VersionControlHost, doc: IsmsRecord): Promise<Revision[] | undefined> {
  const commits = await vc.commitsOf(doc.file, HISTORY_COMMITS);
  if (commits === undefined) return undefined;
  const revisions: Revision[] = [];
  for (const c of commits) {
    const fileText = await vc.textAt(doc.file, c.commit);
    if (fileText === undefined) break;
    const rev = revisionOf(doc.file, c.commit, c.date, fileText);
    revisions.push(rev);
    // older commits cannot matter: this one already had another version or approval
    if (!sameApproval(rev, doc)) break;
  }
  return revisions;
}

/**
 * Reads the history of every approved document. The first document outside a repository (or with git
 * unavailable) ends the reading: the whole folder is then taken as having no history.
 */
export async function readDocumentHistory(vc: VersionControlHost, documents: readonly IsmsRecord[]): Promise<DocumentHistory> {
  const files = new Map<FileKey, Revision[]>();
  const docs = approvedDocuments(documents);
  let unavailable = false;
  for (let i = 0; i < docs.length && !unavailable; i += CONCURRENCY) {
    const batch = docs.slice(i, i + CONCURRENCY);
    const found = await Promise.all(batch.map((d) => historyOf(vc, d)));
    found.forEach((revisions, j) => {
      if (revisions === undefined) unavailable = true;
      else files.set(batch[j].file, revisions);
    });
  }
  if (unavailable) return { available: false, reason: 'the folder is not in a git repository, or git could not be run' };
  return { available: true, files };
}

export interface ChangeSinceApproval {
  /** the commit that set the current version and approval date (the oldest of the run that has them) */
  approval: Revision;
  /** the first later commit whose body differs */
  change: Revision;
}

/** The first body change after the commit that set the document's current approval, if any. */
export function changeSinceApproval(doc: IsmsRecord, revisions: readonly Revision[]): ChangeSinceApproval | undefined {
  // an approval not yet committed (the version was just raised) has nothing to compare with
  if (revisions.length === 0 || !sameApproval(revisions[0], doc)) return undefined;
  let oldest = 0;
  while (oldest + 1 < revisions.length && sameApproval(revisions[oldest + 1], doc)) oldest++;
  const approval = revisions[oldest];
  // changed and changed back: what is committed now is what was approved
  if (revisions[0].bodyHash === approval.bodyHash) return undefined;
  for (let j = oldest - 1; j >= 0; j--) {
    if (revisions[j].bodyHash !== approval.bodyHash) return { approval, change: revisions[j] };
  }
  return undefined;
}
