/** Version numbers of documents (7.5.3 e), raised on review. Pure and import-free: the client shows the next version in its picker. */
export type VersionRaise = 'minor' | 'major';

/**
 * The next version: `3.1` → `3.2` (minor) or `4.0` (major); `v2` → `v2.1`; no version reads as `0.0`.
 * Undefined when the version is not numbered that way (a date, a name): it is raised by hand then.
 */
export function raisedVersion(version: string | undefined, raise: VersionRaise): string | undefined {
  const m = /^([vV]?)(\d{1,6})(?:\.(\d{1,6}))?(?:\.\d{1,6})?$/.exec((version ?? '0.0').trim());
  if (!m) return undefined;
  const major = Number(m[2]);
  const minor = Number(m[3] ?? 0);
  return raise === 'major' ? `${m[1]}${major + 1}.0` : `${m[1]}${major}.${minor + 1}`;
}
