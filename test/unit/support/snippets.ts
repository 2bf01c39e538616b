/**
 * The extension's snippets as a test reads them: each snippet's prefixes and body, and the text it
 * inserts when every placeholder keeps its default (the first choice), dated 2026-11-25.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Snippet {
  prefix: string[];
  body: string[];
}

/** The repository root: the compiled test's nearest ancestor folder with a snippets/ folder. */
function repoRoot(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) if (existsSync(join(dir, 'snippets'))) return dir;
  return process.cwd();
}

export function snippets(file: string): Snippet[] {
  return Object.values(JSON.parse(readFileSync(join(repoRoot(), 'snippets', file), 'utf8')) as Record<string, Snippet>);
}

/** The text a snippet inserts when every placeholder keeps its default. */
export function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$CURRENT_MONTH/g, '11')
    .replace(/\$CURRENT_DATE/g, '25');
}
