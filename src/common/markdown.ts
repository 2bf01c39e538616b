/**
 * Workspace text inside the Markdown the server produces (hovers). A title, an id or a file name comes
 * from whoever wrote the file, so it must stay text: no link, image, HTML, emphasis or autolink, no
 * escape from a code span, no new block (issue 14.21).
 */

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
/** what can open a link, an image, HTML, an entity, emphasis, code, math, an autolink (`https://`, `www.`, `a@b`) or a heading */
const MARKUP = /[\\`*_[\]()!<>&~|#@:.$]/g;

/** Plain text: its Markdown characters backslash-escaped, line breaks as spaces. */
export function mdText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(MARKUP, '\\$&');
}

/** A code span holding the text as is: its fence is longer than any run of backticks inside. */
export function mdCode(text: string): string {
  const flat = text.replace(LINE_BREAKS, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // a space on each side keeps a backtick at either end from joining the fence (CommonMark strips one)
  const pad = /^$|^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A link destination that cannot end the link early: parentheses, angle brackets, blanks and backslashes percent-encoded. */
export function mdLinkTarget(uri: string): string {
  return uri.replace(/[()<>\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
