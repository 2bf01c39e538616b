/** The engine's documented bounds (README, "Limits"): beyond them a file is reported, never a crash. */

/** Larger files are skipped with a diagnostic (ISMS009): no real record or register comes near it. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** YAML aliases expanded per record at most: an alias bomb stops here with ISMS001. */
export const MAX_ALIAS_COUNT = 1000;

/** Folders the scan does not enter (besides those whose name starts with a dot). */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
