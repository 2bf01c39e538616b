/**
 * ISO/IEC 17021-1:2015 (requirements for certification bodies): only the clauses the rules and docs cite,
 * so that a citation of it can be checked like one of ISO 27001. Not a standard an ISMS lists in
 * `standards:` (it binds the certification body), hence not in CATALOGUES.
 *
 * Sources, where a public one confirms the number: 9.1.3 (audit programme: surveillance at least once a
 * calendar year, the first within 12 months of the certification decision) as ISOP Solutions quotes it;
 * 9.1.3.2 (initial certification: the two-stage initial audit) from European Accreditation's FAQ 32.4;
 * 9.6.3.2.5 (certification restored within six months of expiry) from the IAF FAQ Q26 and
 * certbodies.co.uk; 9.6.3.1.1 (recertification planned in due time for renewal before expiry) from the
 * IAF FAQ Q31. The others (8.2.2, 9.4.9 cause analysis, 9.4.10 effectiveness of corrections and
 * corrective actions, 9.6.2.2, 9.6.3) follow the standard's table of contents; no public source found
 * here quotes them with their number.
 */
import type { CatalogueEntry, StandardCatalogue } from '../catalogue';

const clause = (id: string, title: string, items?: string): CatalogueEntry => ({
  id: `iso17021-1:${id}`,
  title,
  kind: 'clause',
  ...(items ? { items } : {}),
});

export const ISO17021_1: StandardCatalogue = {
  key: 'iso17021-1:2015',
  name: 'ISO/IEC 17021-1:2015',
  prefix: 'iso17021-1:',
  certifiable: false,
  entries: [
    clause('8.2', 'Certification documents'),
    clause('8.2.2', 'Content of the certification documents (effective and expiry dates among them)'),
    clause('9.1.3', 'Audit programme'),
    clause('9.1.3.2', 'Audit programme for the initial certification'),
    clause('9.4', 'Conducting audits'),
    clause('9.4.9', 'Cause analysis of nonconformities'),
    clause('9.4.10', 'Effectiveness of corrections and corrective actions'),
    clause('9.6.2', 'Surveillance activities'),
    clause('9.6.2.2', 'Surveillance audit'),
    clause('9.6.3', 'Recertification'),
    clause('9.6.3.1', 'Recertification audit planning'),
    clause('9.6.3.1.1', 'Recertification planned in due time for renewal before expiry'),
    clause('9.6.3.2', 'Recertification audit'),
    clause('9.6.3.2.5', 'Certification restored after expiry'),
  ],
};
