/**
 * Where an evidence record's `location:` points in the repository: one reading for the rule that reports
 * a missing file (ISMS963) and the Controls view that opens it.
 */
import { normalise } from '../documents/links';
import type { FileKey } from '../model/types';

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The files a `location:` may name, relative to the record's file: the path as written with `\` read as
 * `/` and `#anchor` / `?query` dropped, percent-decoded (`my%20report.pdf`) and, should a file's name
 * hold a `%`, as written. Undefined when the location is not the rule's to check: a URL (any scheme), an
 * absolute path (`/…`, `\\server\…`, `C:\…`, `~/…`), or a path that may name a folder (ending in `/`, or
 * a last part without an extension): the folder's files are not known.
 */
export function locationCandidates(location: string, recordFile: FileKey): FileKey[] | undefined {
  const written = location.trim();
  if (written === '' || /^[a-z][a-z0-9+.-]*:/i.test(written) || /^[/\\~]/.test(written)) return undefined;
  const path = written.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (path === '' || !/\.[^./]+$/.test(last)) return undefined;
  const dir = recordFile.slice(0, recordFile.lastIndexOf('/'));
  return [...new Set([decode(path), path])].map((p) => normalise(`${dir}/${p}`));
}
