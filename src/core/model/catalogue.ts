/**
 * Catalogues of the standards an ISMS may list in `isms.yaml` `standards:`. The data lives in
 * `catalogues/<standard>.ts`; this module looks ids up across them.
 *
 * Id conventions in records: ISO 27001 ids are written bare — clauses as `"9.2"`, Annex A controls as
 * `A.5.15`. Ids of the other standards carry the standard's prefix: `iso27701:6.5.2`, `iso22301:8.4`,
 * `gdpr:art-33`, `popia:s-19`.
 */
export type EntryKind = 'clause' | 'control' | 'article' | 'section' | 'condition';

export interface CatalogueEntry {
  /** the id as written in records (with prefix for non-27001 standards) */
  id: string;
  title: string;
  kind: EntryKind;
  /** Annex A theme (organizational, people, physical, technological) or a grouping */
  group?: string;
  /** clauses that a certification audit covers: the requirements, not headings like "9" */
  auditable?: boolean;
  /** ids of other standards a well-known mapping links this entry to (e.g. ISO/IEC 27701 Annex D ↔ GDPR), both ways */
  related?: readonly string[];
  /**
   * The lettered list items of a clause, as the standard numbers them, space-separated; an item with
   * numbered sub-items says how many (`a b c2` = a, b, c with c 1–2). Absent: the clause has no lettered
   * list, so a citation of one of its letters is wrong (the citation test reads it).
   */
  items?: string;
}

export interface StandardCatalogue {
  /** the key used in `isms.yaml` `standards:`, e.g. `iso27001:2022` */
  key: string;
  name: string;
  /** the prefix ids carry in records, '' for ISO 27001 */
  prefix: string;
  /** a standard an organisation is certified against; a law (GDPR, POPIA) is not, its coverage is informational */
  certifiable: boolean;
  entries: readonly CatalogueEntry[];
}
