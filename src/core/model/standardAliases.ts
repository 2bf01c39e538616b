/**
 * The other names practitioners give the standards and laws of `isms.yaml` `standards:`, as data: a UK
 * organisation writes `uk-gdpr`, a South African one `popi-act`, a certificate says `ISO/IEC 27001:2022`.
 * Each is read as the catalogue it means (issue 16); docs/format.md lists them.
 */
import { nameTable, ownEntry } from './nameTable';

/** Other names of a catalogue key, lower case, words joined by `-`. ISO numbers need no entry (see below). */
export const STANDARD_ALIASES: Readonly<Record<string, string>> = nameTable({
  'uk-gdpr': 'gdpr',
  'gdpr-uk': 'gdpr',
  ukgdpr: 'gdpr',
  'eu-gdpr': 'gdpr',
  'gdpr-eu': 'gdpr',
  eugdpr: 'gdpr',
  'regulation-(eu)-2016/679': 'gdpr',
  'eu-2016/679': 'gdpr',
  popi: 'popia',
  'popi-act': 'popia',
  'popia-act': 'popia',
  'popia-za': 'popia',
  'za-popia': 'popia',
  'act-4-of-2013': 'popia',
});

/** `ISO/IEC 27001:2022`, `iso-27001`, `ISO27001`, `27001`, `iso 22301 2019`: the ISO number and the year if written. */
const ISO = /^(?:iso(?:\/iec)?-?)?(\d{5})(?:[-:](\d{4}))?$/;

/** The catalogue key a written `standards:` entry means: lower case, an alias resolved, an ISO number as `iso27001[:year]`. */
export function standardKeyOf(written: string): string {
  const k = written
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const alias = ownEntry(STANDARD_ALIASES, k);
  if (alias !== undefined) return alias;
  const iso = ISO.exec(k);
  return iso ? `iso${iso[1]}${iso[2] ? `:${iso[2]}` : ''}` : k;
}
