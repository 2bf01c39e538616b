/** Which standards an ISMS (or one management review) answers to: the rules a standard adds run only when it is listed. */
import type { StandardCatalogue } from './catalogue';
import { catalogueFor } from './catalogues';

/**
 * Whether `keys` (of `isms.yaml` `standards:`) name the standard `key`, in any spelling `catalogueFor`
 * accepts (`iso22301`, `ISO22301:2019`).
 */
export function listsStandard(keys: readonly string[], key: string): boolean {
  const wanted = catalogueFor(key);
  return wanted !== undefined && keys.some((k) => catalogueFor(k) === wanted);
}

/** The catalogues of the standards `keys` name, once each, in their order; keys no catalogue knows are left out. */
export function listedCatalogues(keys: readonly string[]): StandardCatalogue[] {
  return [...new Set(keys.map(catalogueFor).filter((c): c is StandardCatalogue => c !== undefined))];
}

/** The catalogue keys (`iso22301:2019`) of the standards `keys` name, once each, in their order. */
export const standardKeys = (keys: readonly string[]): string[] => listedCatalogues(keys).map((c) => c.key);

/** The privacy laws and standards whose records (processing activities, DPIAs) the privacy rules check. */
export const PRIVACY_STANDARDS = ['gdpr', 'popia', 'iso27701:2019', 'iso27701:2025'] as const;

export const listsPrivacyStandard = (keys: readonly string[]): boolean => PRIVACY_STANDARDS.some((k) => listsStandard(keys, k));
