/**
 * The rule documentation as the editor shows it: read-only, offline. The extension serves the bundled
 * docs/rules.md under the `isms-rule:` scheme (a TextDocumentContentProvider: never an editable file), one
 * rule's section per document; the server links each diagnostic's code there. Pure, shared by both sides.
 */

export const RULE_DOC_SCHEME = 'isms-rule';

/** The document of one rule's section (`isms-rule:/ISMS101.md`), or of the whole page for `rules`. */
export function ruleDocUri(code: string): string {
  return `${RULE_DOC_SCHEME}:/${code.toUpperCase()}.md`;
}

/** The rule code an `isms-rule:` path names (`/ISMS101.md` → `ISMS101`), or undefined for the whole page. */
export function ruleCodeOfPath(path: string): string | undefined {
  const m = /^\/?(ISMS\d{3})\.md$/i.exec(path);
  return m ? m[1].toUpperCase() : undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The section of docs/rules.md about one rule: its heading down to the next heading of the same or a
 * higher level (headings inside code fences, such as an example's Markdown, do not count). Links to other
 * rules' anchors (`#isms202`) point to their own documents, since this one holds only the section.
 */
export function ruleSection(markdown: string, code: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const key = code.toLowerCase();
  let fence: string | undefined;
  let start = -1;
  let depth = 0;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const opener = FENCE.exec(line);
    if (fence !== undefined) {
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener[1];
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!heading) continue;
    if (start < 0) {
      if (heading[2].toLowerCase().split(/\s+/).includes(key)) {
        start = i;
        depth = heading[1].length;
      }
    } else if (heading[1].length <= depth) {
      end = i;
      break;
    }
  }
  if (start < 0) return undefined;
  // the next rule's anchor (`<a id="isms102"></a>`) stands above its heading: not part of this section
  while (end > start + 1 && /^\s*$|^<a id="[^"]*"><\/a>$/.test(lines[end - 1])) end--;
  const section = lines.slice(start, end).join('\n');
  return `${section.replace(/\]\(#(isms\d{3})\)/gi, (_m, c: string) => `](${ruleDocUri(c)})`)}\n`;
}
