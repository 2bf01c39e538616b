/**
 * Random edits inside one entry of a register (issue 20.3), for the property tests that compare the
 * re-read of one entry with a full parse: mostly typing, sometimes what breaks the YAML or the entry.
 */
import * as fc from 'fast-check';
import { entryChunks } from '../../../src/core/parse/recovery';

export interface EntryEdit {
  /** which entry (modulo their number) */
  entry: number;
  /** where in it (modulo its length + 1) */
  at: number;
  /** how many characters are cut there (not past the entry's end) */
  cut: number;
  insert: string;
}

const typing = ['x', '7', ' ', 'ab', '\n    note: y', 'owner: Kim\n    ', '\n      more', '\n', ' # c'];
const hostile = [
  '\r\n',
  '  ',
  '- ',
  ': ',
  '#',
  '|',
  '>',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '&a ',
  '*a',
  '\t',
  '\n    ',
  '\n  - ',
  '\n- ',
  'top: 1\n',
];
const fragment = fc.oneof({ arbitrary: fc.constantFrom(...typing), weight: 4 }, { arbitrary: fc.constantFrom(...hostile), weight: 1 });

export const entryEdit: fc.Arbitrary<EntryEdit> = fc.record({
  entry: fc.nat(),
  at: fc.nat(),
  cut: fc.nat({ max: 12 }),
  insert: fc.array(fragment, { maxLength: 3 }).map((a) => a.join('')),
});

/** The text with the edit applied inside one of its entries (anywhere in it when it has none). */
export function applyEntryEdit(text: string, e: EntryEdit): string {
  const offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const chunks = entryChunks(text.slice(offset));
  const [from, to] = chunks.length ? chunks[e.entry % chunks.length].map((o) => o + offset) : [offset, text.length];
  const at = from + (e.at % (to - from + 1));
  return text.slice(0, at) + e.insert + text.slice(Math.min(at + e.cut, to));
}
