/**
 * Where a document's relative Markdown links lead: a file of the folder, perhaps a heading or a record
 * in it. Links with a scheme (`https:`, `mailto:`) or to an absolute path are not the ISMS's to check.
 */
import type { DocumentLink, FileKey, IsmsRecord } from '../model/types';

export interface ResolvedLink {
  link: DocumentLink;
  /** the file it leads to (the document itself for `#fragment`) */
  file: FileKey;
  /** the part after `#`, decoded; undefined when there is none */
  fragment?: string;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** `a/b/../c.md` → `a/c.md`; a path that climbs above the root keeps its leading `..`. */
export function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..' && out[out.length - 1] !== '') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** The relative links of a document, resolved against its file; others are left out. */
export function relativeLinks(doc: IsmsRecord): ResolvedLink[] {
  const out: ResolvedLink[] = [];
  for (const link of doc.links ?? []) {
    const target = link.target.trim();
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/') || target.startsWith('\\')) continue;
    const hash = target.indexOf('#');
    const pathPart = decode((hash < 0 ? target : target.slice(0, hash)).replace(/\?.*$/, ''));
    const fragment = hash < 0 ? undefined : decode(target.slice(hash + 1));
    const dir = doc.file.slice(0, doc.file.lastIndexOf('/'));
    out.push({
      link,
      file: pathPart === '' ? doc.file : normalise(`${dir}/${pathPart}`),
      fragment: fragment === '' ? undefined : fragment,
    });
  }
  return out;
}
