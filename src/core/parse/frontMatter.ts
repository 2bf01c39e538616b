/**
 * Finds the YAML front matter of a Markdown file: a first line `---`, then YAML up to a line `---` or
 * `...` (the block Jekyll, Hugo and the CommonMark front-matter extensions recognise). Scanned by hand
 * because it is on the hot path of every Markdown file; the body is handed to remark only when a rule
 * needs its sections.
 */
export interface FrontMatter {
  /** offset of the YAML text within the file */
  start: number;
  /** offset just past the YAML text (the start of the closing fence line) */
  end: number;
  /** offset of the body after the closing fence */
  bodyStart: number;
}

/** The opening fence at `lastIndex`: `---`, any blanks, a line break (sticky, so a long line is not copied). */
const OPEN = /---[ \t]*\r?\n/y;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

const bomOf = (text: string): number => (text.charCodeAt(0) === 0xfeff ? 1 : 0);

/** Offset just past the opening fence, or undefined when the file does not open with one. */
function openingEnd(text: string): number | undefined {
  OPEN.lastIndex = bomOf(text);
  return OPEN.exec(text) ? OPEN.lastIndex : undefined;
}

export function findFrontMatter(text: string): FrontMatter | undefined {
  const start = openingEnd(text);
  if (start === undefined) return undefined;
  CLOSE.lastIndex = start;
  for (let m = CLOSE.exec(text); m; m = CLOSE.exec(text)) {
    if (m.index >= start) return { start, end: m.index, bodyStart: m.index + m[0].length };
  }
  return undefined;
}

/**
 * Why a Markdown file that means to be an ISMS record has no front matter findFrontMatter can read,
 * when it looks like one: an `isms:` key after an opening fence that is never closed, or classic-Mac
 * line breaks (CR only). Undefined for any other file, which is simply not an ISMS record.
 */
export function unreadableFrontMatter(text: string): string | undefined {
  const bom = bomOf(text);
  if (/^---[ \t]*\r(?!\n)/.test(text.slice(bom, bom + 4096)) && !text.includes('\n') && /\risms[ \t]*:/.test(text)) {
    return (
      'The front matter breaks lines with CR only (classic Mac OS). ' +
      'Save the file with LF or CRLF line breaks; until then its record is not checked.'
    );
  }
  const start = openingEnd(text);
  if (start !== undefined && /^isms[ \t]*:/m.test(text.slice(start)) && !findFrontMatter(text)) {
    return 'The front matter is not closed: add a line ‘---’ after its last field. Until then the record is not checked.';
  }
  return undefined;
}
