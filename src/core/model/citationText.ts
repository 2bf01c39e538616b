/**
 * Clause citations in prose — a rule's `clause`, a message, a doc line: "ISO/IEC 27001:2022 9.2.2 b and
 * 7.5.3 e; ISO 22301:2019 9.3.2; GDPR Art. 33(1) and 33(5)" — read into the catalogue ids and list items
 * they name, and checked against the catalogues: the clause (or control, article, section) must exist, and
 * so must each cited letter, numbered sub-item and GDPR paragraph. A number is read under the standard
 * named last in the same sentence, ISO/IEC 27001:2022 when none is. Pure string work over the catalogue data.
 */
import type { CatalogueEntry, StandardCatalogue } from './catalogue';
import { catalogueFor, lookupEntry } from './catalogues';
import { ISO17021_1 } from './catalogues/iso17021-1';

export interface TextCitation {
  /** the citation as written, e.g. `9.2.2 c and f` */
  raw: string;
  /** the standard it is read under, as written (`ISO/IEC 27001:2022`), or the default */
  standard: string;
  /** the catalogue the standard names; undefined when the engine has none for it */
  catalogue: StandardCatalogue | undefined;
  /** the id as the catalogue writes it (`9.2.2`, `A.6.3`, `iso22301:9.3.2`, `gdpr:art-33`) */
  id: string;
  /** list items named, lower case (`c and f` → c, f; `b–d` → b, c, d) */
  letters: string[];
  /** a numbered sub-item of the (single) letter: `9.3.2 d 4` → 4 */
  subItem?: number;
  /** GDPR paragraphs: `Art. 33(1)` → 1 */
  paragraphs: number[];
}

/**
 * Paragraph counts of the GDPR articles the engine cites, from the Regulation's text (EUR-Lex, 2016/679);
 * a paragraph of another article is read at article level.
 */
const GDPR_PARAGRAPHS: Readonly<Record<number, number>> = { 5: 2, 6: 4, 24: 3, 28: 10, 30: 5, 32: 4, 33: 5, 34: 4, 35: 11, 36: 5, 37: 7 };

interface Context {
  name: string;
  catalogue: StandardCatalogue | undefined;
}

const DEFAULT: Context = { name: 'ISO/IEC 27001:2022', catalogue: catalogueFor('iso27001:2022') };
const GDPR_CONTEXT: Context = { name: 'GDPR', catalogue: catalogueFor('gdpr') };

/** `ISO/IEC 27001:2022`, `ISO 22301`, `17021-1`: the catalogue it names (by key, with or without the year). */
function contextFor(raw: string, num: string, year: string | undefined): Context {
  if (num === '17021-1') return { name: raw, catalogue: !year || year === '2015' ? ISO17021_1 : undefined };
  return { name: raw, catalogue: catalogueFor(year ? `iso${num}:${year}` : `iso${num}`) };
}

/** a list item: `b`, `(b)`, `b)`; not the `e` of "e.g.", nor `s` (seconds: no clause has nineteen items) */
const ITEM = String.raw`\(?([a-rt-z])\)?(?![a-z]|\.[a-z])`;
const TOKEN = new RegExp(
  [
    String.raw`(?<std>\b(?:ISO(?:\/IEC)?\s*(?<num>\d{4,5}(?:-\d)?)|(?<num2>17021-1))(?::(?<year>\d{4}))?\b)`,
    String.raw`(?<law>\b(?:GDPR|POPIA)\b)`,
    String.raw`(?<prefixed>\b(?:iso\d{5}(?:-1)?|gdpr|popia):(?!\d{4}\b)(?:Art(?:icle)?\.?\s*|s\.\s?)?[\w.-]*\w)`,
    String.raw`(?<annex>\bAnnex\s+(?<annexLetter>[A-D])\b(?:\s+(?<annexNum>\d{1,2}(?:\.\d{1,2}){0,3}))?)`,
    String.raw`(?<article>\bArt(?:icle)?\.?\s*(?<artNum>\d{1,2})(?<artParas>(?:\(\d{1,2}\))*))`,
    String.raw`(?<para>(?<![\w.])(?<paraArt>\d{1,2})\((?<paraNum>\d{1,2})\))`,
    String.raw`(?<section>\bs\.\s?(?<secNum>\d{1,3})\b)`,
    String.raw`(?<control>(?<![\w.])(?<controlId>[AB]\.\d{1,2}(?:\.\d{1,2}){1,3})(?![\w.]*\d))`,
    String.raw`(?<clause>(?<![\w.\/:\x60'"-])(?<clauseNum>\d{1,2}(?:\.\d{1,2}){1,4})(?![\d.]*\d|[\w%\x60])` +
      String.raw`(?<items>\s*${ITEM}(?:\s?(?<sub>\d)(?![\d.]))?(?:\s*(?:[-–—]|to|,|and)\s*${ITEM})*)?)`,
    String.raw`(?<stop>;|\n|[.!?](?=\s+[A-Z]))`,
  ].join('|'),
  'g',
);

/** The letters of `b–d`, `c and f`, `a, c`: a dash or `to` spans a range, a comma or `and` adds one. */
function lettersOf(items: string | undefined): string[] {
  if (!items) return [];
  const out: string[] = [];
  const re = /([-–—]|to|,|and)?\s*\(?([a-z])\)?(?![a-z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(items))) {
    const letter = m[2];
    const range = m[1] !== undefined && m[1] !== ',' && m[1] !== 'and';
    const last = out[out.length - 1];
    if (range && last) for (let c = last.charCodeAt(0) + 1; c <= letter.charCodeAt(0); c++) out.push(String.fromCharCode(c));
    else out.push(letter);
  }
  return [...new Set(out)];
}

const cite = (ctx: Context, raw: string, id: string, rest: Partial<TextCitation> = {}): TextCitation => ({
  raw: raw.trim(),
  standard: ctx.name,
  catalogue: ctx.catalogue,
  id: (ctx.catalogue?.prefix ?? '') + id,
  letters: [],
  paragraphs: [],
  ...rest,
});

const parasOf = (s: string | undefined): number[] => [...(s ?? '').matchAll(/\((\d+)\)/g)].map((m) => Number(m[1]));

/** Every clause, control, article and section citation in `text`, in order. */
export function citationsIn(text: string): TextCitation[] {
  const out: TextCitation[] = [];
  let ctx = DEFAULT;
  let lastArticle: number | undefined;
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    if (g.stop !== undefined) ctx = DEFAULT;
    else if (g.std) ctx = contextFor(g.std, g.num ?? g.num2, g.year);
    else if (g.law) ctx = { name: g.law, catalogue: catalogueFor(g.law.toLowerCase()) };
    else if (g.prefixed) {
      const hit = lookupEntry(g.prefixed);
      out.push({
        ...cite(DEFAULT, g.prefixed, ''),
        id: hit?.entry.id ?? g.prefixed,
        catalogue: hit?.standard,
        standard: g.prefixed.split(':')[0],
      });
    } else if (g.annex && g.annexNum) out.push(cite(ctx, g.annex, `${g.annexLetter}.${g.annexNum}`));
    else if (g.article) {
      // an article is the GDPR's (the only law the engine cites by article)
      if (ctx.catalogue?.key !== 'gdpr') ctx = GDPR_CONTEXT;
      lastArticle = Number(g.artNum);
      out.push(cite(ctx, g.article, `art-${lastArticle}`, { paragraphs: parasOf(g.artParas) }));
    } else if (g.para && ctx.catalogue?.key === 'gdpr' && lastArticle !== undefined) {
      out.push(cite(ctx, g.para, `art-${Number(g.paraArt)}`, { paragraphs: [Number(g.paraNum)] }));
    } else if (g.section && ctx.catalogue?.key === 'popia') out.push(cite(ctx, g.section, `s-${Number(g.secNum)}`));
    else if (g.control) out.push(cite(ctx, g.control, g.controlId));
    else if (g.clause) {
      const letters = lettersOf(g.items);
      out.push(cite(ctx, g.clause, g.clauseNum, { letters, subItem: g.sub ? Number(g.sub) : undefined }));
    }
  }
  return out;
}

/** `a b c2` → a: 0, b: 0, c: 2 (the number of numbered sub-items) */
function itemsOf(entry: CatalogueEntry): Map<string, number> {
  return new Map(
    (entry.items ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((s) => [s[0], Number(s.slice(1) || 0)] as const),
  );
}

/** What is wrong with a citation, or undefined when every part of it resolves in the catalogues. */
export function citationProblem(c: TextCitation): string | undefined {
  const catalogue = c.catalogue;
  if (!catalogue) return `‘${c.raw}’: the engine has no catalogue of ${c.standard}`;
  const entry = catalogue.entries.find((e) => e.id === c.id);
  if (!entry) return `‘${c.raw}’: ${catalogue.name} has no ${c.id.slice(catalogue.prefix.length)}`;
  const items = itemsOf(entry);
  for (const letter of c.letters) {
    if (!items.has(letter)) return `‘${c.raw}’: ${catalogue.name} ${c.id.slice(catalogue.prefix.length)} has no item ${letter}`;
  }
  if (c.subItem !== undefined && c.subItem > (items.get(c.letters[0]) ?? 0)) {
    return `‘${c.raw}’: ${c.id} ${c.letters[0]} has no sub-item ${c.subItem}`;
  }
  const paragraphs = catalogue.key === 'gdpr' ? GDPR_PARAGRAPHS[Number(c.id.replace('gdpr:art-', ''))] : undefined;
  for (const p of c.paragraphs) if (paragraphs !== undefined && (p < 1 || p > paragraphs)) return `‘${c.raw}’: Art. has no paragraph ${p}`;
  return undefined;
}

/** The citations of `text` that do not resolve, each with what is wrong. */
export function unresolvedCitations(text: string): string[] {
  return citationsIn(text)
    .map(citationProblem)
    .filter((p): p is string => p !== undefined);
}
