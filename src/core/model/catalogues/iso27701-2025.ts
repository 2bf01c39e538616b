/**
 * ISO/IEC 27701:2025 — privacy information management systems, requirements and guidance. The second
 * edition (October 2025) is a management-system standard of its own: clauses 4–10 in the harmonized
 * structure, Annex A (normative) in three tables — A.1 controls for PII controllers, A.2 for PII
 * processors, A.3 information security controls for both — Annex B the implementation guidance, and
 * Annex F the correspondence with the 2019 edition (kept as data in ../iso27701Editions.ts).
 *
 * The standard's text is not reachable here. Built from these public sources, read in November 2026:
 * - ISMS.online, "ISO 27701:2025 Annex A" (isms.online/iso-27701/annex-a-2025): the three tables, their
 *   counts (31 + 18 + 29 = 78), the objectives A.1.2–A.1.5 with 8/10/9/4 controls, the numbering (the
 *   first control of an objective is .2), and the titles of A.1.2.2–A.1.2.9;
 * - ISMS.online's page per control (…/annex-a-2025/pii-controller-controls-2025/a-1-…,
 *   …/pii-processor-controls-2025/a-2-…, …/shared-security-controls-2025/a-3-…): id and title of each
 *   control of A.1.3–A.1.5, A.2 and A.3.17–A.3.31 named below;
 * - ISMS.online, "Annex F: correspondence with 2019" (…/iso-27701/annex-f-2025-correspondence-with-2019):
 *   ids and titles of A.3.3–A.3.16 (Table F.1);
 * - ISMS.online, "Clause 6 — Planning" and "Clause 8 — Operation" (…/iso-27701/requirements-2025/…):
 *   6.1.1–6.1.3 and 8.1–8.3 and their titles ("Privacy risk assessment", "Privacy risk treatment");
 *   "Annex D: GDPR mapping" for 4.1–4.4, 5.2 "privacy policy" and 5.3;
 * - CertiKit ISO/IEC 27701 Toolkit v2, PII Principal Request Procedure: A.1.3.5–A.1.3.11 with titles;
 * - the ThomasMoreAI/legal-skills-open references for ISO 27701:2025 (GitHub): A.1.3.3–A.1.3.4 and
 *   A.1.4.3, A.1.4.6, A.1.4.8, A.1.4.9 by subject (limit processing, deletion, retention, disposal).
 *
 * What is here, and what was left out:
 * - Clauses 4–10 down to the subclauses of the harmonized structure that every ISO management-system
 *   standard since 2021 shares (ISO/IEC 27001:2022 has the same numbers). Titles say "privacy" where a
 *   source gives the 2025 wording (5.2, 6.1.2, 6.1.3, 6.2, 8.2, 8.3) and "PIMS" for the system itself;
 *   the other titles are the harmonized structure's. The clause text (list items a) b) …) is not here:
 *   no source gives it whole, so no citation with a letter is checked against this edition.
 * - All 78 Annex A controls with their titles. The A.3 titles are the short titles the Annex F summary
 *   uses; where ISO/IEC 27002:2022 words the same control longer (A.3.10, A.3.11, A.3.12, A.3.13, A.3.15,
 *   A.3.16) the summary's wording is kept rather than a guess at the standard's.
 * - Annex B (guidance) is not a list of requirements and has no entries: records name the Annex A control.
 * - The objectives (A.1.2, A.2.5 …) are headings that group controls (not auditable). Table A.3 is not
 *   divided into objectives in the sources, so it has none.
 *
 * Ids carry the prefix 'iso27701-2025:' (e.g. 'iso27701-2025:6.1.3', 'iso27701-2025:A.1.2.6'): the
 * 2019 edition's ids ('iso27701:…') and these share numbers with different meanings (2019 7.2 is
 * "Conditions for collection and processing", 2025 7.2 "Competence"), so one prefix cannot serve both.
 * `iso27701:A.1.2.6`-style ids (A.1–A.3, which 2019 does not have) are read as this edition's.
 */
import type { CatalogueEntry, StandardCatalogue } from '../catalogue';
import { nameTable } from '../nameTable';

const P = 'iso27701-2025:';

const clause = (id: string, title: string, auditable = true): CatalogueEntry => ({ id: P + id, title, kind: 'clause', auditable });

const CLAUSES: readonly CatalogueEntry[] = [
  clause('4', 'Context of the organization', false),
  clause('4.1', 'Understanding the organization and its context'),
  clause('4.2', 'Understanding the needs and expectations of interested parties'),
  clause('4.3', 'Determining the scope of the privacy information management system'),
  clause('4.4', 'Privacy information management system'),
  clause('5', 'Leadership', false),
  clause('5.1', 'Leadership and commitment'),
  clause('5.2', 'Privacy policy'),
  clause('5.3', 'Roles, responsibilities and authorities'),
  clause('6', 'Planning', false),
  clause('6.1', 'Actions to address risks and opportunities', false),
  clause('6.1.1', 'General'),
  clause('6.1.2', 'Privacy risk assessment'),
  clause('6.1.3', 'Privacy risk treatment'),
  clause('6.2', 'Privacy objectives and planning to achieve them'),
  clause('6.3', 'Planning of changes'),
  clause('7', 'Support', false),
  clause('7.1', 'Resources'),
  clause('7.2', 'Competence'),
  clause('7.3', 'Awareness'),
  clause('7.4', 'Communication'),
  clause('7.5', 'Documented information', false),
  clause('7.5.1', 'General'),
  clause('7.5.2', 'Creating and updating'),
  clause('7.5.3', 'Control of documented information'),
  clause('8', 'Operation', false),
  clause('8.1', 'Operational planning and control'),
  clause('8.2', 'Privacy risk assessment'),
  clause('8.3', 'Privacy risk treatment'),
  clause('9', 'Performance evaluation', false),
  clause('9.1', 'Monitoring, measurement, analysis and evaluation'),
  clause('9.2', 'Internal audit', false),
  clause('9.2.1', 'General'),
  clause('9.2.2', 'Internal audit programme'),
  clause('9.3', 'Management review', false),
  clause('9.3.1', 'General'),
  clause('9.3.2', 'Management review inputs'),
  clause('9.3.3', 'Management review results'),
  clause('10', 'Improvement', false),
  clause('10.1', 'Continual improvement'),
  clause('10.2', 'Nonconformity and corrective action'),
];

/** The three tables of Annex A; `group` says whose controls they are. */
export type Iso27701Table = 'controller' | 'processor' | 'shared';

/**
 * One objective: its heading, then its controls numbered from `.2` (`.1` is the objective's statement,
 * not a control), in order.
 */
function objective(group: Iso27701Table, id: string, title: string, controls: readonly string[]): CatalogueEntry[] {
  return [
    { id: P + id, title, kind: 'control', group, auditable: false },
    ...controls.map((t, i): CatalogueEntry => ({ id: `${P}${id}.${i + 2}`, title: t, kind: 'control', group, auditable: true })),
  ];
}

/** Table A.1 — controls for PII controllers (31). */
const CONTROLLER: readonly CatalogueEntry[] = [
  ...objective('controller', 'A.1.2', 'Conditions for collection and processing', [
    'Identify and document purpose',
    'Identify lawful basis',
    'Determine when and how consent is to be obtained',
    'Obtain and record consent',
    'Privacy impact assessment',
    'Contracts with PII processors',
    'Joint PII controller',
    'Records related to processing PII',
  ]),
  ...objective('controller', 'A.1.3', 'Obligations to PII principals', [
    'Determining and fulfilling obligations to PII principals',
    'Determining information for PII principals',
    'Providing information to PII principals',
    'Providing mechanism to modify or withdraw consent',
    'Providing mechanism to object to PII processing',
    'Access, correction and/or erasure',
    "PII controllers' obligations to inform third parties",
    'Providing copy of PII processed',
    'Handling requests',
    'Automated decision making',
  ]),
  ...objective('controller', 'A.1.4', 'Privacy by design and privacy by default', [
    'Limit collection',
    'Limit processing',
    'Accuracy and quality',
    'PII minimization objectives',
    'PII de-identification and deletion at the end of processing',
    'Temporary files',
    'Retention',
    'Disposal',
    'PII transmission controls',
  ]),
  ...objective('controller', 'A.1.5', 'PII sharing, transfer and disclosure', [
    'Identify basis for PII transfer between jurisdictions',
    'Countries and international organizations to which PII can be transferred',
    'Records of transfer of PII',
    'Records of PII disclosure to third parties',
  ]),
];

/** Table A.2 — controls for PII processors (18). */
const PROCESSOR: readonly CatalogueEntry[] = [
  ...objective('processor', 'A.2.2', 'Conditions for collection and processing', [
    'Customer agreement',
    "Organization's purposes",
    'Marketing and advertising use',
    'Infringing instruction',
    'Customer obligations',
    'Records related to processing PII',
  ]),
  ...objective('processor', 'A.2.3', 'Obligations to PII principals', ['Obligations to PII principals']),
  ...objective('processor', 'A.2.4', 'Privacy by design and privacy by default', [
    'Temporary files',
    'Return, transfer or disposal of PII',
    'PII transmission controls',
  ]),
  ...objective('processor', 'A.2.5', 'PII sharing, transfer and disclosure', [
    'Basis for PII transfer between jurisdictions',
    'Countries and international organizations to which PII can be transferred',
    'Records of PII disclosure to third parties',
    'Notification of PII disclosure requests',
    'Legally binding PII disclosures',
    'Disclosure of subcontractors used to process PII',
    'Engagement of a subcontractor to process PII',
    'Change of subcontractor to process PII',
  ]),
];

/** Table A.3 — information security controls for PII controllers and processors (29), A.3.3–A.3.31. */
const SHARED_TITLES: readonly string[] = [
  'Policies for information security',
  'Information security roles and responsibilities',
  'Classification of information',
  'Labelling of information',
  'Information transfer',
  'Identity management',
  'Access rights',
  'Supplier agreements',
  'Incident management planning',
  'Response to security incidents',
  'Legal and regulatory requirements',
  'Protection of records',
  'Independent review',
  'Compliance with policies',
  'Information security awareness, education and training',
  'Confidentiality or non-disclosure agreements',
  'Clear desk and clear screen',
  'Storage media',
  'Secure disposal or re-use of equipment',
  'User endpoint devices',
  'Secure authentication',
  'Information backup',
  'Logging',
  'Use of cryptography',
  'Secure development life cycle',
  'Application security requirements',
  'Secure system architecture and engineering principles',
  'Outsourced development',
  'Test information',
];
const SHARED: readonly CatalogueEntry[] = SHARED_TITLES.map((title, i) => ({
  id: `${P}A.3.${i + 3}`,
  title,
  kind: 'control',
  group: 'shared',
  auditable: true,
}));

export const ISO27701_2025: StandardCatalogue = {
  key: 'iso27701:2025',
  name: 'ISO/IEC 27701:2025',
  prefix: P,
  certifiable: true,
  entries: [...CLAUSES, ...CONTROLLER, ...PROCESSOR, ...SHARED],
};

/** How many controls each table holds, as the sources count them (a test holds the data to it). */
export const ISO27701_2025_TABLE_SIZES: Readonly<Record<Iso27701Table, number>> = nameTable({ controller: 31, processor: 18, shared: 29 });
