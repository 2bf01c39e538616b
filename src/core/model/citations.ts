/**
 * A clause citation as people write it in `satisfies:` — `6.1.3`, `6.1.3 d`, `6.1.3(d)`, `10.2 f–g`,
 * `ISO 27001 6.1.3 d`, `ISO/IEC 27001:2022 5.2 e)`, `iso22301:8.4`, `ISO 22301 8.2.2` — read into the
 * catalogue id of the clause and the list items (letters) it names. Pure string work, no catalogue: the
 * catalogue look-up (src/core/model/catalogues/index.ts) and the mandatory list both read it.
 */

export interface ClauseCitation {
  /** the catalogue id of the clause: bare for ISO 27001 (`6.1.3`), prefixed for the others (`iso22301:8.4`) */
  id: string;
  /** the clause number alone, e.g. `8.4` */
  clause: string;
  /** the standard's catalogue prefix: '' for ISO/IEC 27001, `iso22301:`, `iso27701:`, `iso27701-2025:` */
  prefix: string;
  /** the list items named, lower case, a range expanded (`f–g` → f, g); empty for the whole clause */
  letters: string[];
}

const PREFIXES: Readonly<Record<string, string>> = { '27001': '', '22301': 'iso22301:', '27701': 'iso27701:' };

/**
 * `ISO/IEC 27001:2022 ` / `iso22301:` (standard, optional year, then `:` or a space), `clause `, the number,
 * then an optional letter or letter range, each letter optionally in parentheses or after a dot.
 */
const CITATION =
  /^(?:(?:iso(?:\/iec)?[\s_-]*)?(27001|22301|27701)(?:\s*[:_-]\s*(20\d\d))?(?:\s*:\s*|\s+))?(?:clause\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})(?:(?:\s*\.\s*|\s*\(\s*|\s+)([a-z])\)?(?:\s*([-–—]|,|and|to)\s*\(?([a-z])\)?)?)?\s*$/i;

/** The citation `raw` makes, or undefined when it is not a clause citation (an Annex control, a record id, nonsense). */
export function parseClauseCitation(raw: string | number): ClauseCitation | undefined {
  const m = CITATION.exec(String(raw).trim());
  if (!m) return undefined;
  // ISO/IEC 27701:2025 numbers its clauses afresh (4–10) and has a catalogue of its own
  const prefix = m[1] === '27701' && m[2] === '2025' ? 'iso27701-2025:' : PREFIXES[m[1] ?? '27001'];
  const clause = m[3];
  const letters: string[] = [];
  if (m[4]) {
    const first = m[4].toLowerCase().charCodeAt(0);
    const last = (m[6] ?? m[4]).toLowerCase().charCodeAt(0);
    const range = m[5] !== undefined && m[5] !== ',' && m[5].toLowerCase() !== 'and';
    // `f–g` and `f to h` are ranges, `d, f` and `d and f` two items; written backwards they still name the same
    if (range) for (let c = Math.min(first, last); c <= Math.max(first, last); c++) letters.push(String.fromCharCode(c));
    else letters.push(...new Set([first, last].map((c) => String.fromCharCode(c))));
  }
  return { id: prefix + clause, clause, prefix, letters };
}
