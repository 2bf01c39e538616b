/**
 * Finds the YAML front matter of a Markdown file: a first line `---`, then YAML up to a line `---` or
 * `...` — the block remark-frontmatter recognises. Scanned by hand because it is on the hot path of
 * every Markdown file; the body is handed to remark only when a rule needs its sections.
 */
export interface FrontMatter {
  /** offset of the YAML text within the file */
  start: number;
  /** offset just past the YAML text (the start of the closing fence line) */
  end: number;
  /** offset of the body after the closing fence */
  bodyStart: number;
}

export function findFrontMatter(text: string): FrontMatter | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(bom, bom + 8));
  if (!open) return undefined;
  const start = bom + open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = start;
  for (let m = close.exec(text); m; m = close.exec(text)) {
    if (m.index >= start) return { start, end: m.index, bodyStart: m.index + m[0].length };
  }
  return undefined;
}
