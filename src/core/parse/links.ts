/**
 * Links and heading anchors of Markdown, for the documents' link check (ISMS905). Parsed with remark
 * (CommonMark, without GFM) like the sections, within the same bound on the body's size.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { DocumentLink } from '../model/types';
import { findFrontMatter } from './frontMatter';
import type { LineMap } from './positions';
import { MAX_SECTIONS_BODY } from './sections';

const processor = unified().use(remarkParse);

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const bounded = (body: string): string =>
  body.length > MAX_SECTIONS_BODY ? body.slice(0, body.lastIndexOf('\n', MAX_SECTIONS_BODY) + 1) : body;

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The links and link definitions of a body that starts at `bodyOffset` of the file. */
export function markdownLinks(body: string, bodyOffset: number, lines: LineMap): DocumentLink[] {
  const links: DocumentLink[] = [];
  walk(processor.parse(bounded(body)) as MdNode, (n) => {
    if ((n.type !== 'link' && n.type !== 'definition') || typeof n.url !== 'string' || !n.position) return;
    links.push({
      target: n.url,
      range: lines.range(bodyOffset + (n.position.start.offset ?? 0), bodyOffset + (n.position.end.offset ?? 0)),
    });
  });
  return links;
}

const plain = (n: MdNode): string => n.value ?? (n.children ?? []).map(plain).join('');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every heading anchor of a Markdown file (front matter skipped); repeated headings get `-1`, `-2`… as on GitHub. */
export function headingAnchors(fileText: string): Set<string> {
  const fm = findFrontMatter(fileText);
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  walk(processor.parse(bounded(fm ? fileText.slice(fm.bodyStart) : fileText)) as MdNode, (n) => {
    if (n.type !== 'heading') return;
    const slug = headingSlug(plain(n));
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  });
  return anchors;
}
