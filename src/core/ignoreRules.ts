/**
 * Which paths under an ISMS root the scan leaves out by the user's rules: the `.gitignore` files from the
 * root down (each applying to its own folder, a deeper one overriding a shallower one, as git reads them)
 * and the `exclude:` list of `isms.yaml` (the same pattern syntax, relative to the root, applied last).
 * Matching is the maintained `ignore` package's (git's own semantics, case-sensitive as git on Linux, so
 * that a CI gate and a laptop agree). Paths are root-relative with '/' separators.
 */
import ignore, { type Ignore } from 'ignore';

function matcher(patterns: string | readonly string[]): Ignore {
  return ignore({ ignorecase: false }).add(patterns);
}

/** ignored / un-ignored (a `!pattern`) / no rule matched; a path the library refuses is no match. */
function verdict(rules: Ignore, rel: string): boolean | undefined {
  try {
    const r = rules.test(rel);
    return r.ignored ? true : r.unignored ? false : undefined;
  } catch {
    return undefined;
  }
}

export class IgnoreRules {
  /** folder (root-relative, '' for the root) → its .gitignore, kept shallowest first */
  private gitignores: { dir: string; rules: Ignore }[] = [];
  private readonly exclude: Ignore | undefined;

  constructor(readonly excludePatterns: readonly string[] = []) {
    this.exclude = excludePatterns.length > 0 ? matcher(excludePatterns) : undefined;
  }

  /** The `.gitignore` of a folder (root-relative, '' for the root); read before the folder's entries are walked. */
  addGitignore(dir: string, text: string): void {
    const others = this.gitignores.filter((g) => g.dir !== dir);
    this.gitignores = [...others, { dir, rules: matcher(text) }].sort((a, b) => a.dir.length - b.dir.length);
  }

  /**
   * This path is left out by a rule (its folders are not looked at: the scan never enters an ignored
   * folder, see `ignoresPath` for a path announced on its own). `isDir` lets `folder/` patterns match.
   */
  ignores(rel: string, isDir: boolean): boolean {
    const target = isDir ? `${rel}/` : rel;
    let ignored = false;
    for (const { dir, rules } of this.gitignores) {
      if (dir !== '' && !rel.startsWith(`${dir}/`)) continue;
      const v = verdict(rules, dir === '' ? target : target.slice(dir.length + 1));
      if (v !== undefined) ignored = v;
    }
    if (this.exclude) {
      const v = verdict(this.exclude, target);
      if (v !== undefined) ignored = v;
    }
    return ignored;
  }

  /** Like `ignores`, and true as well when a folder on the way is ignored (git never looks inside one). */
  ignoresPath(rel: string, isDir: boolean): boolean {
    const segments = rel.split('/');
    for (let i = 1; i < segments.length; i++) if (this.ignores(segments.slice(0, i).join('/'), true)) return true;
    return this.ignores(rel, isDir);
  }

  /** Same exclude list (the server re-reads a root when `exclude:` changed). */
  sameExclude(patterns: readonly string[]): boolean {
    return patterns.length === this.excludePatterns.length && patterns.every((p, i) => p === this.excludePatterns[i]);
  }
}
