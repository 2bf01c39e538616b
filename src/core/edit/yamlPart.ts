/** The YAML of a record file: a Markdown file's front matter or a whole YAML file, parsed with its offset. */
import { parseDocument, type Document } from 'yaml';
import { findFrontMatter } from '../parse/frontMatter';
import { EditError } from './textEdit';

export interface YamlPart {
  doc: Document.Parsed;
  /** offset of the YAML text within the whole file: node offsets + base = file offsets */
  base: number;
  /** the YAML text itself */
  yaml: string;
}

export function isMarkdownName(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

export function yamlPart(file: string, text: string): YamlPart {
  let base = 0;
  let yaml = text;
  if (isMarkdownName(file)) {
    const fm = findFrontMatter(text);
    if (!fm) throw new EditError('This Markdown file has no front matter (a ‘---’ block at the top).');
    base = fm.start;
    yaml = text.slice(fm.start, fm.end);
  }
  // the parser's options: tags construct nothing here either; source tokens give the parser's indentation
  const doc = parseDocument(yaml, { resolveKnownTags: false, keepSourceTokens: true });
  if (doc.errors.length > 0) throw new EditError(`The file has YAML errors; fix them first (${doc.errors[0].message.split('\n')[0]}).`);
  return { doc, base, yaml };
}
