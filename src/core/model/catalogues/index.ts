/**
 * Every catalogue the engine knows, and id look-up across them. The look-up forgives the harmless ways
 * people write an id (spaces, case, `A5.15`, a YAML number such as 9.1, `gdpr:Art. 33`) so that rules
 * report what is really wrong rather than spelling.
 */
import type { CatalogueEntry, StandardCatalogue } from '../catalogue';
import { parseClauseCitation } from '../citations';
import { GDPR } from './gdpr';
import { ISO22301 } from './iso22301';
import { ISO27001 } from './iso27001';
import { ISO27701 } from './iso27701';
import { ISO27701_2025 } from './iso27701-2025';
import { ISO27701_TO_GDPR } from './iso27701-gdpr';
import { POPIA } from './popia';
import { standardKeyOf } from '../standardAliases';

/** The mappings between standards, each written once in one direction. */
const MAPPINGS: readonly Readonly<Record<string, readonly string[]>>[] = [ISO27701_TO_GDPR];

/** The catalogues with each entry's `related` ids: the mappings, and their inverse computed here. */
function withRelated(catalogues: readonly StandardCatalogue[]): StandardCatalogue[] {
  const related = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = related.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    related.set(from, list);
  };
  for (const mapping of MAPPINGS) {
    for (const [from, targets] of Object.entries(mapping)) {
      for (const to of targets) {
        link(from, to);
        link(to, from);
      }
    }
  }
  // a catalogue no mapping touches stays the same object (ISO27001 is compared by identity)
  return catalogues.map((c) =>
    c.entries.some((e) => related.has(e.id))
      ? { ...c, entries: c.entries.map((e) => (related.has(e.id) ? { ...e, related: related.get(e.id) } : e)) }
      : c,
  );
}

export const CATALOGUES: readonly StandardCatalogue[] = withRelated([ISO27001, ISO27701, ISO27701_2025, ISO22301, GDPR, POPIA]);

/** What `isms.yaml` means when it lists no `standards:`. */
export const DEFAULT_STANDARDS: readonly string[] = ['iso27001:2022'];

export interface CatalogueHit {
  standard: StandardCatalogue;
  entry: CatalogueEntry;
}

const BY_ID: ReadonlyMap<string, CatalogueHit> = new Map(
  CATALOGUES.flatMap((standard) => standard.entries.map((entry): [string, CatalogueHit] => [entry.id, { standard, entry }])),
);

/**
 * The id as the catalogues spell it: trimmed, prefix in lower case, Annex letters in upper case
 * (`a.5.15`, `A5.15` → `A.5.15`; `ISO27701:a.7.2.1` → `iso27701:A.7.2.1`), GDPR articles and POPIA
 * sections in their short form (`gdpr:Article 33` → `gdpr:art-33`, `popia:s.19` → `popia:s-19`), ISO/IEC
 * 27701:2025 ids under their own prefix (`iso27701:A.1.2.6`, `iso27701:2025:6.1.3` → `iso27701-2025:…`).
 * Ids it cannot make sense of come back trimmed and otherwise unchanged.
 */
export function canonicalId(id: string | number): string {
  const raw = String(id).trim();
  const colon = raw.indexOf(':');
  let prefix = colon >= 0 ? raw.slice(0, colon).trim().toLowerCase() : '';
  let rest = (colon >= 0 ? raw.slice(colon + 1) : raw).trim();
  if (prefix === 'iso27001' || prefix === 'iso27001:2022') prefix = '';
  switch (prefix) {
    case 'gdpr': {
      const m = /^(?:art(?:icle)?)?[\s.-]*(\d+)$/i.exec(rest);
      return m ? `gdpr:art-${Number(m[1])}` : `gdpr:${rest}`;
    }
    case 'popia': {
      const section = /^(?:s|sec|section)[\s.-]*(\d+)$/i.exec(rest);
      if (section) return `popia:s-${Number(section[1])}`;
      const condition = /^condition[\s.-]*(\d)$/i.exec(rest);
      return condition ? `popia:condition-${condition[1]}` : `popia:${rest}`;
    }
    default: {
      // the edition written into the id: `iso27701:2025:A.1.2.6`, `iso27701:2019:A.7.2.5`
      const edition = prefix === 'iso27701' ? /^(2019|2025)\s*:\s*(.*)$/.exec(rest) : null;
      if (edition) [prefix, rest] = [edition[1] === '2025' ? 'iso27701-2025' : prefix, edition[2]];
      // Annex letter: `a.5.15`, `A5.15`, `A 5.15` → `A.5.15` (ISO 27001, and ISO 27701 Annexes A and B)
      const annex = /^([ab])[\s.]?(\d+(?:\.\d+)*)$/i.exec(rest);
      if (annex) rest = `${annex[1].toUpperCase()}.${annex[2]}`;
      // Tables A.1–A.3 are the 2025 edition's alone (2019's Annex A is A.7): `iso27701:A.1.2.6` means 2025
      if (prefix === 'iso27701' && /^A\.[123](?:\.|$)/.test(rest)) prefix = 'iso27701-2025';
      return prefix ? `${prefix}:${rest}` : rest;
    }
  }
}

/**
 * The catalogue entry an id names, across every standard; O(1). A clause cited with its list item or its
 * standard's name (`6.1.3 d`, `ISO 27001 6.1.3 d`, `ISO 22301 8.4`, as `satisfies:` may) names the clause.
 */
export function lookupEntry(id: string | number): CatalogueHit | undefined {
  const hit = BY_ID.get(typeof id === 'string' ? id : String(id)) ?? BY_ID.get(canonicalId(id));
  if (hit) return hit;
  const citation = parseClauseCitation(id);
  const clause = citation && BY_ID.get(citation.id);
  return clause?.entry.kind === 'clause' ? clause : undefined;
}

/** An ISO 27001:2022 Annex A control (A.5.1–A.8.34), in any spelling `lookupEntry` accepts. */
export function isAnnexAControl(id: string | number): boolean {
  const hit = lookupEntry(id);
  return hit !== undefined && hit.standard === ISO27001 && hit.entry.kind === 'control';
}

const ANNEX_A: readonly CatalogueEntry[] = ISO27001.entries.filter((e) => e.kind === 'control');

/** The 93 Annex A controls of ISO 27001:2022, in order. */
export function annexAControls(): readonly CatalogueEntry[] {
  return ANNEX_A;
}

/**
 * The catalogue for a key of `isms.yaml` `standards:`, case-insensitive. A key without its year
 * (`iso22301`) means the edition the engine knows; `iso27701` alone means 2019, the edition folders
 * written before October 2025 meant (`iso27701:2025` names the new one); a year it does not know
 * (`iso27001:2013`) matches nothing. Other spellings (`ISO/IEC 27001:2022`, `uk-gdpr`) are read through
 * standardAliases.ts.
 */
export function catalogueFor(key: string): StandardCatalogue | undefined {
  const k = standardKeyOf(key);
  return CATALOGUES.find((c) => c.key === k) ?? CATALOGUES.find((c) => c.key.split(':')[0] === k);
}

/**
 * The entries a certification audit programme has to cover for the listed standards: requirement
 * clauses and controls, not headings. Unknown keys are ignored (the config rules report them).
 */
export function auditableEntries(standardKeys: readonly string[]): readonly CatalogueEntry[] {
  const seen = new Set<StandardCatalogue>();
  const out: CatalogueEntry[] = [];
  for (const key of standardKeys) {
    const standard = catalogueFor(key);
    if (!standard || seen.has(standard)) continue;
    seen.add(standard);
    for (const entry of standard.entries) if (entry.auditable) out.push(entry);
  }
  return out;
}

/**
 * Whether an audit scope item covers a catalogue entry: the same id, or a heading above it
 * (`9.2` covers `9.2.2`, `9` covers `9.3.1`, `iso27701:A.7.2` covers `iso27701:A.7.2.5`).
 * `A.5.1` does not cover `A.5.15`.
 */
export function coversEntry(scopeId: string | number, entryId: string): boolean {
  const scope = canonicalId(scopeId);
  const entry = canonicalId(entryId);
  return scope === entry || (scope !== '' && entry.startsWith(`${scope}.`));
}

/**
 * A canonical id and the headings above it, nearest first: `9.2.2` → `9.2.2`, `9.2`, `9`;
 * `iso27701:A.7.2.5` → `iso27701:A.7.2.5`, `iso27701:A.7.2`, `iso27701:A.7`, `iso27701:A`. The scope
 * items that cover an entry (see `coversEntry`) are exactly these, so a look-up by them is O(depth).
 */
export function selfAndHeadings(id: string): string[] {
  const colon = id.indexOf(':');
  const prefix = id.slice(0, colon + 1);
  const parts = id.slice(colon + 1).split('.');
  return parts.map((_, i) => prefix + parts.slice(0, parts.length - i).join('.'));
}
