/**
 * Diagnostic messages are plain text (the Problems panel, a terminal, a CI log render no Markdown): a
 * field description written for hovers quotes code with backticks, a message quotes with ‘…’.
 */
export function plainQuotes(markdown: string): string {
  return markdown.replace(/`([^`\n]*)`/g, '‘$1’').replace(/`/g, '');
}
