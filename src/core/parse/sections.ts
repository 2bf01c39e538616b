/**
 * The `##` and `###` sections of a Markdown body, parsed with unified + remark-parse. Without GFM: only
 * headings matter here, and remark-gfm's autolink scan is quadratic on long paragraphs.
 */
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Range } from '../model/types';
import type { LineMap } from './positions';

const processor = unified().use(remarkParse);

const textOf = (n: PhrasingContent | Heading): string =>
  'value' in n ? n.value : 'children' in n ? (n.children as PhrasingContent[]).map(textOf).join('') : '';

/** Lower case, single spaces, no trailing punctuation: how headings are matched to names. */
export const normaliseHeading = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.:;]+$/, '')
    .trim();

/**
 * Only this much of a body is parsed for sections: remark's time and memory grow fast with size, and
 * minutes whose 9.3.2 inputs start beyond 64 KB are not a real case. Documented in the README's limits.
 */
export const MAX_SECTIONS_BODY = 64 * 1024;

/**
 * remark (micromark) takes time quadratic in the items of nested lists and in the `[` of unfinished
 * links: `- - - … x` on one line of 16 KB took 14 s, a few thousand nested items as long. Past these
 * counts a body is not minutes but a hostile file, and its headings are found by a line scan instead.
 */
export const MAX_LIST_MARKERS = 600;
export const MAX_LINK_OPENERS = 2000;

/** Level-2 and level-3 headings of `body` (which starts at `bodyOffset` of the file) → their range in the file. */
export function markdownSections(body: string, bodyOffset: number, lines: LineMap): Map<string, Range> {
  return sectionsOf(body, bodyOffset, lines).sections;
}

/**
 * The sections and, of them, the blank ones: a heading followed by nothing but HTML comments (the
 * template's prompts) before the next heading of its level or above. A blank section names an input
 * without recording it, so the review rules do not count it (issue 15.1).
 */
export function sectionsOf(body: string, bodyOffset: number, lines: LineMap): { sections: Map<string, Range>; blank: Set<string> } {
  const text = body.length > MAX_SECTIONS_BODY ? body.slice(0, body.lastIndexOf('\n', MAX_SECTIONS_BODY) + 1) : body;
  const sections = new Map<string, Range>();
  const blank = new Set<string>();
  const headings = remarkIsSafe(text) ? remarkHeadings(text) : scannedHeadings(text);
  for (const h of headings) {
    if (h.depth !== 2 && h.depth !== 3) continue;
    const name = normaliseHeading(h.text);
    sections.set(name, lines.range(bodyOffset + h.start, bodyOffset + h.end));
    if (h.blank) blank.add(name);
    else blank.delete(name);
  }
  return { sections, blank };
}

interface FoundHeading {
  depth: number;
  text: string;
  start: number;
  end: number;
  /** nothing but HTML comments up to the next heading of this depth or above (the line scan never says so) */
  blank?: boolean;
}

const isComment = (n: RootContent): boolean => n.type === 'html' && /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(n.value);

function remarkHeadings(text: string): FoundHeading[] {
  const nodes = (processor.parse(text) as Root).children;
  const found: FoundHeading[] = [];
  nodes.forEach((n, i) => {
    if (n.type !== 'heading' || n.position === undefined) return;
    let blank = true;
    for (const next of nodes.slice(i + 1)) {
      if (next.type === 'heading' && next.depth <= n.depth) break;
      if (next.type !== 'heading' && !isComment(next)) {
        blank = false;
        break;
      }
    }
    found.push({ depth: n.depth, text: textOf(n), start: n.position.start.offset ?? 0, end: n.position.end.offset ?? 0, blank });
  });
  return found;
}

/** Whether remark parses `text` in bounded time: few list markers (one line may hold many) and few `[`. */
export function remarkIsSafe(text: string): boolean {
  let markers = 0;
  let links = 0;
  // a list marker at a line start or right after another marker (or a `>`): `- - - x` is three
  const marker = /(?:^|(?<=[-+*>]|\d[.)]))[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/gm;
  while (marker.exec(text)) if (++markers > MAX_LIST_MARKERS) return false;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) if (++links > MAX_LINK_OPENERS) return false;
  return true;
}

/**
 * The fallback for hostile bodies, linear: ATX headings that start a line (no indentation, so never
 * inside a list item or an indented code block) outside fenced code blocks, their text without the
 * closing `#`s and emphasis marks.
 */
export function scannedHeadings(text: string): FoundHeading[] {
  const found: FoundHeading[] = [];
  let fence: string | undefined;
  let offset = 0;
  while (offset < text.length) {
    const next = text.indexOf('\n', offset);
    const end = next < 0 ? text.length : next;
    const line = text.slice(offset, end).replace(/\r$/, '');
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      const closes = opener && opener[1][0] === fence[0] && opener[1].length >= fence.length;
      if (closes && line.slice(opener[0].length).trim() === '') fence = undefined;
    } else if (opener && !(opener[1][0] === '`' && line.slice(opener[0].length).includes('`'))) {
      fence = opener[1];
    } else {
      const atx = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line.length > 4096 ? line.slice(0, 4096) : line);
      if (atx) found.push({ depth: atx[1].length, text: (atx[2] ?? '').replace(/[*_`]/g, ''), start: offset, end: offset + line.length });
    }
    offset = end + 1;
  }
  return found;
}
