/**
 * The small Markdown dialect the review pack is written in, and its HTML renderer. The pack writes only
 * these blocks — `#`/`##`/`###` headings, paragraphs, `- ` lists, pipe tables — and these inlines —
 * `**bold**`, backslash escapes, numeric character references. Workspace text always goes through
 * `mdText`/`mdInline`, which escape it for GitHub-flavoured Markdown as GitHub renders it, so the
 * renderer never has to guess: it unescapes, then HTML-escapes. No raw HTML, no links, no math and no
 * mentions are ever produced, whatever a record says.
 */
import { visibleControls } from './controls';

/** Workspace text as literal Markdown inline text: one line, every punctuation that means something escaped. */
export function mdText(value: string): string {
  return (
    mdInline(value)
      // at the start of a list item or cell these would open a heading, a nested list or an ordered list
      .replace(/^[#+=-]/, (c) => `\\${c}`)
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/**
 * Like `mdText` for text inside a line (a table cell): only the inline characters are escaped. Besides
 * CommonMark's own (`\\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `~`, `&`), what GitHub adds: the colon
 * of `://` and the dot of `www.` (bare URLs become links, and a link would swallow the escapes after it),
 * `@` (e-mail links and mentions), `#` (issue references), and `$` (math), written `&#36;` because
 * GitHub finds math before it reads escapes. Line breaks become spaces; other control and bidi
 * characters are shown as `\\x1b`-style escapes (`visibleControls`).
 */
export function mdInline(value: string): string {
  return visibleControls(value.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ').trim())
    .replace(/[\\`*_[\]<>|~&@#]/g, (c) => `\\${c}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/\$/g, '&#36;');
}

/** A pipe table; cells are workspace text (escaped by `mdInline`) or numbers, an empty one shows "—". */
export function mdTable(head: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string[] {
  const cell = (v: string | number | undefined): string =>
    v === undefined || v === '' ? '—' : typeof v === 'number' ? String(v) : mdInline(v);
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Inline Markdown of the dialect to HTML: backslash escapes, `&#NN;` and `**bold**`; everything else is text. */
export function inlineHtml(source: string): string {
  let out = '';
  let bold = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && i + 1 < source.length) {
      out += escapeHtml(source[++i]);
    } else if (c === '&' && /^&#\d{1,6};/.test(source.slice(i, i + 9))) {
      // a numeric character reference (`&#36;`) is text in HTML as in Markdown: passed through as it is
      const end = source.indexOf(';', i);
      out += source.slice(i, end + 1);
      i = end;
    } else if (c === '*' && source[i + 1] === '*') {
      out += bold ? '</strong>' : '<strong>';
      bold = !bold;
      i++;
    } else {
      out += escapeHtml(c);
    }
  }
  return bold ? `${out}</strong>` : out;
}

/** Splits a table row on the pipes that are not escaped. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const result: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\' && i + 1 < inner.length) {
      cell += inner[i] + inner[++i];
    } else if (inner[i] === '|') {
      result.push(cell.trim());
      cell = '';
    } else cell += inner[i];
  }
  result.push(cell.trim());
  return result;
}

const isDelimiterRow = (line: string): boolean => /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/.test(line.trim());

/** The dialect's Markdown as an HTML fragment. */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const html: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length) html.push(`<p>${inlineHtml(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      html.push(`<h${heading[1].length}>${inlineHtml(heading[2])}</h${heading[1].length}>`);
    } else if (line.startsWith('- ')) {
      flush();
      const items: string[] = [];
      for (; i < lines.length && lines[i].startsWith('- '); i++) items.push(`<li>${inlineHtml(lines[i].slice(2))}</li>`);
      i--;
      html.push(`<ul>\n${items.join('\n')}\n</ul>`);
    } else if (line.startsWith('|') && i + 1 < lines.length && isDelimiterRow(lines[i + 1])) {
      flush();
      const head = cells(line)
        .map((c) => `<th>${inlineHtml(c)}</th>`)
        .join('');
      const body: string[] = [];
      for (i += 2; i < lines.length && lines[i].startsWith('|'); i++)
        body.push(
          `<tr>${cells(lines[i])
            .map((c) => `<td>${inlineHtml(c)}</td>`)
            .join('')}</tr>`,
        );
      i--;
      html.push(`<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`);
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return html.join('\n');
}

/** A whole standalone HTML document: no script, no remote content, styles inline and printable. */
export function htmlDocument(title: string, markdown: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
</style>
</head>
<body>
${markdownToHtml(markdown)}
</body>
</html>
`;
}
