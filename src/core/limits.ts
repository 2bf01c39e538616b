/** The engine's documented bounds (README, "Limits"): beyond them a file is reported, never a crash. */

/**
 * Larger files are skipped with a diagnostic (ISMS009): no real record or register comes near it. Counted
 * in UTF-8 bytes, for files read from disk and for the editor's unsaved buffers alike.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A `.gitignore` larger than this is reported and its rules are not applied (real ones are a few KB). */
export const MAX_IGNORE_FILE_BYTES = 256 * 1024;

/** YAML aliases expanded per record at most: an alias bomb stops here with ISMS001. */
export const MAX_ALIAS_COUNT = 1000;

/**
 * YAML syntax problems reported per file at most (ISMS001): the parser's follow-on errors are merged into
 * the first of their entry, and a file with more broken places than this says how many were left out.
 */
export const MAX_SYNTAX_REPORTS = 3;

/** Times a broken register is parsed again with its broken entries blanked, at most, before none of it is read. */
export const MAX_RECOVERY_ROUNDS = 4;

/** The UTF-8 length of a string in bytes, without encoding it (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** True when the text takes more than `max` bytes as UTF-8; cheap for texts far below or above it. */
export function overByteLimit(text: string, max: number): boolean {
  // a UTF-16 unit is 1 to 3 bytes, a surrogate pair 4: only texts in between need counting
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  return utf8Length(text) > max;
}
