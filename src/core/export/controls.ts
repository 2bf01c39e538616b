/**
 * Characters of workspace text that must never reach a terminal, a CI log, a Markdown file or an
 * iCalendar file as they are: C0 and C1 controls (newlines, ESC that starts CSI/OSC sequences, NUL, NEL,
 * the 8-bit CSI U+009B), DEL, the Unicode line and paragraph separators, and the bidirectional
 * formatting characters that reorder what a reader sees (Trojan Source). One list for every writer.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Does `value` hold any character of the list? */
export function hasControls(value: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(value);
}

const hex = (c: string, width: number): string => c.charCodeAt(0).toString(16).padStart(width, '0');
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Each listed character written visibly as an escape: `\n`, `\r`, `\t`, `\x1b` (up to U+00FF) or
 * `\u202e`; every other character as it is. The result is one line with no control in it.
 */
export function visibleControls(value: string): string {
  return value.replace(CONTROL, (c) => NAMED[c] ?? (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * The listed characters replaced by `replace(c)` (for a format that has its own way to write a line
 * break, or drops the rest).
 */
export function replaceControls(value: string, replace: (c: string) => string): string {
  return value.replace(CONTROL, replace);
}

/** Line breaks that readers other than the one that wrote them count as such (NEL, LS, PS besides CR/LF). */
export const isLineBreak = (c: string): boolean => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
