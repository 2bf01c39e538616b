/**
 * ISO/IEC 27701:2019 → ISO/IEC 27701:2025, after the correspondence of the 2025 edition's Annex F
 * (Table F.2: each 2019 control and its 2025 counterpart). A folder that lists `iso27701:2025` and not
 * `iso27701:2019` and still names a 2019 id is told the 2025 id, with a quick fix (ISMS008), as for the
 * ISO/IEC 27001:2013 → 2022 renumbering in ./legacy2013.ts.
 *
 * Sources: ISMS.online's summary of Annex F and its page per 2025 control (see
 * ./catalogues/iso27701-2025.ts). The 2019 Annex A (controllers) and Annex B (processors) controls went
 * one for one, same title, into Tables A.1 and A.2; the numbers moved because the 2025 objective keeps
 * `.1` for its statement: 2019 A.7.2.1 is 2025 A.1.2.2, B.8.5.8 is A.2.5.9. Every row below was checked
 * title for title against the two catalogues; a test holds each row to ids that exist in both.
 *
 * Left out, and why:
 * - the clause 6 guidance of 2019 (6.2–6.15), which Annex F maps to Table A.3 at the level of its
 *   subclauses (6.2.1.1 → A.3.3, 6.13.1.5 → A.3.12 …): the 2019 catalogue stops at 6.2–6.15, and a
 *   heading such as 6.15 went to several A.3 controls and partly nowhere, so no row of this table could
 *   say what it became;
 * - clause 5 of 2019 (requirements extending ISO/IEC 27001) against clauses 4–10 of 2025: no source
 *   seen gives Annex F's rows for the clauses, and the obvious pairing (5.2.1 ↔ 4.1 …) is not guessed;
 * - clauses 7 and 8 of 2019 (guidance), whose numbers are those of the controls above.
 * A 2019 id without a row is still reported in a folder on 2025 (without a fix), never with "add
 * iso27701:2019".
 */
import { nameTable } from './nameTable';
import { canonicalId, catalogueFor, lookupEntry } from './catalogues';
import { ISO27701 } from './catalogues/iso27701';
import { listsStandard } from './standards';

export const ISO27701_2019_TO_2025: Readonly<Record<string, readonly string[]>> = nameTable({
  'iso27701:A.7.2': ['iso27701-2025:A.1.2'],
  'iso27701:A.7.2.1': ['iso27701-2025:A.1.2.2'],
  'iso27701:A.7.2.2': ['iso27701-2025:A.1.2.3'],
  'iso27701:A.7.2.3': ['iso27701-2025:A.1.2.4'],
  'iso27701:A.7.2.4': ['iso27701-2025:A.1.2.5'],
  'iso27701:A.7.2.5': ['iso27701-2025:A.1.2.6'],
  'iso27701:A.7.2.6': ['iso27701-2025:A.1.2.7'],
  'iso27701:A.7.2.7': ['iso27701-2025:A.1.2.8'],
  'iso27701:A.7.2.8': ['iso27701-2025:A.1.2.9'],
  'iso27701:A.7.3': ['iso27701-2025:A.1.3'],
  'iso27701:A.7.3.1': ['iso27701-2025:A.1.3.2'],
  'iso27701:A.7.3.2': ['iso27701-2025:A.1.3.3'],
  'iso27701:A.7.3.3': ['iso27701-2025:A.1.3.4'],
  'iso27701:A.7.3.4': ['iso27701-2025:A.1.3.5'],
  'iso27701:A.7.3.5': ['iso27701-2025:A.1.3.6'],
  'iso27701:A.7.3.6': ['iso27701-2025:A.1.3.7'],
  'iso27701:A.7.3.7': ['iso27701-2025:A.1.3.8'],
  'iso27701:A.7.3.8': ['iso27701-2025:A.1.3.9'],
  'iso27701:A.7.3.9': ['iso27701-2025:A.1.3.10'],
  'iso27701:A.7.3.10': ['iso27701-2025:A.1.3.11'],
  'iso27701:A.7.4': ['iso27701-2025:A.1.4'],
  'iso27701:A.7.4.1': ['iso27701-2025:A.1.4.2'],
  'iso27701:A.7.4.2': ['iso27701-2025:A.1.4.3'],
  'iso27701:A.7.4.3': ['iso27701-2025:A.1.4.4'],
  'iso27701:A.7.4.4': ['iso27701-2025:A.1.4.5'],
  'iso27701:A.7.4.5': ['iso27701-2025:A.1.4.6'],
  'iso27701:A.7.4.6': ['iso27701-2025:A.1.4.7'],
  'iso27701:A.7.4.7': ['iso27701-2025:A.1.4.8'],
  'iso27701:A.7.4.8': ['iso27701-2025:A.1.4.9'],
  'iso27701:A.7.4.9': ['iso27701-2025:A.1.4.10'],
  'iso27701:A.7.5': ['iso27701-2025:A.1.5'],
  'iso27701:A.7.5.1': ['iso27701-2025:A.1.5.2'],
  'iso27701:A.7.5.2': ['iso27701-2025:A.1.5.3'],
  'iso27701:A.7.5.3': ['iso27701-2025:A.1.5.4'],
  'iso27701:A.7.5.4': ['iso27701-2025:A.1.5.5'],
  'iso27701:B.8.2': ['iso27701-2025:A.2.2'],
  'iso27701:B.8.2.1': ['iso27701-2025:A.2.2.2'],
  'iso27701:B.8.2.2': ['iso27701-2025:A.2.2.3'],
  'iso27701:B.8.2.3': ['iso27701-2025:A.2.2.4'],
  'iso27701:B.8.2.4': ['iso27701-2025:A.2.2.5'],
  'iso27701:B.8.2.5': ['iso27701-2025:A.2.2.6'],
  'iso27701:B.8.2.6': ['iso27701-2025:A.2.2.7'],
  'iso27701:B.8.3': ['iso27701-2025:A.2.3'],
  'iso27701:B.8.3.1': ['iso27701-2025:A.2.3.2'],
  'iso27701:B.8.4': ['iso27701-2025:A.2.4'],
  'iso27701:B.8.4.1': ['iso27701-2025:A.2.4.2'],
  'iso27701:B.8.4.2': ['iso27701-2025:A.2.4.3'],
  'iso27701:B.8.4.3': ['iso27701-2025:A.2.4.4'],
  'iso27701:B.8.5': ['iso27701-2025:A.2.5'],
  'iso27701:B.8.5.1': ['iso27701-2025:A.2.5.2'],
  'iso27701:B.8.5.2': ['iso27701-2025:A.2.5.3'],
  'iso27701:B.8.5.3': ['iso27701-2025:A.2.5.4'],
  'iso27701:B.8.5.4': ['iso27701-2025:A.2.5.5'],
  'iso27701:B.8.5.5': ['iso27701-2025:A.2.5.6'],
  'iso27701:B.8.5.6': ['iso27701-2025:A.2.5.7'],
  'iso27701:B.8.5.7': ['iso27701-2025:A.2.5.8'],
  'iso27701:B.8.5.8': ['iso27701-2025:A.2.5.9'],
});

export interface Iso27701LegacyId {
  /** the 2019 id as the catalogue spells it (`iso27701:A.7.2.8`) */
  id: string;
  /** its 2025 counterpart(s); empty when Annex F's rows for it are not carried here */
  replacements: readonly string[];
}

/** Whether the ISMS is on the 2025 edition only: a 2019 id is then out of date, not a standard to add. */
export const on27701Of2025Only = (standards: readonly string[]): boolean =>
  listsStandard(standards, 'iso27701:2025') && !listsStandard(standards, 'iso27701:2019');

/**
 * The 2019 id `id` names (in any spelling `lookupEntry` accepts) and its 2025 counterparts, when the ISMS
 * lists ISO/IEC 27701:2025 and not 2019; undefined otherwise (a folder on 2019, or on both during the
 * transition, uses 2019 ids rightly).
 */
export function iso27701LegacyId(id: string | number, standards: readonly string[]): Iso27701LegacyId | undefined {
  if (!on27701Of2025Only(standards)) return undefined;
  const hit = lookupEntry(id);
  if (!hit || hit.standard !== catalogueFor(ISO27701.key)) return undefined;
  const key = canonicalId(hit.entry.id);
  return { id: key, replacements: Object.hasOwn(ISO27701_2019_TO_2025, key) ? ISO27701_2019_TO_2025[key] : [] };
}
