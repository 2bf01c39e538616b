/**
 * The `##` and `###` sections of a Markdown body, parsed with unified + remark-parse. Without GFM: only
 * headings matter here, and remark-gfm's autolink scan is quadratic on long paragraphs.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Range } from '../model/types';
import type { LineMap } from './positions';

const processor = unified().use(remarkParse);

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const textOf = (n: MdNode): string => n.value ?? (n.children ?? []).map(textOf).join('');

/** Lower case, single spaces, no trailing punctuation: how headings are matched to names. */
export const normaliseHeading = (s: string): string =>
  s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[.:;]+$/, '').trim();

/**
 * Only this much of a body is parsed for sections: remark's time and memory grow fast with size, and
 * minutes whose 9.3.2 inputs start beyond 64 KB are not a real case. Documented in the README's limits.
 */
export const MAX_SECTIONS_BODY = 64 * 1024;

/** Level-2 and level-3 headings of `body` (which starts at `bodyOffset` of the file) → their range in the file. */
export function markdownSections(body: string, bodyOffset: number, lines: LineMap): Map<string, Range> {
  const sections = new Map<string, Range>();
  const tree = processor.parse(body.length > MAX_SECTIONS_BODY ? body.slice(0, body.lastIndexOf('\n', MAX_SECTIONS_BODY) + 1) : body) as MdNode;
  for (const node of tree.children ?? []) {
    if (node.type !== 'heading' || (node.depth !== 2 && node.depth !== 3) || !node.position) continue;
    const start = bodyOffset + (node.position.start.offset ?? 0);
    const end = bodyOffset + (node.position.end.offset ?? 0);
    sections.set(normaliseHeading(textOf(node)), lines.range(start, end));
  }
  return sections;
}
