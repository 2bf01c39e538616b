/**
 * The documented information the standards require, as data: per item the clause (and list item) that
 * requires it, and what in an ISMS folder can satisfy it — a document whose `satisfies:` cites the clause,
 * records of the right kind, or (for the scope) `scope:` of `isms.yaml`. docs/format.md shows this table;
 * src/core/documents/mandatory.ts checks a folder against it; a test holds every clause to the catalogue.
 *
 * Only what the clauses say "shall be available / retained as documented information" is listed, cited as
 * the standard numbers it. Clauses a catalogue does not split finer are cited at the level it has (ISO
 * 22301 9.1 and 10.1). ISO/IEC 27701 adds little of its own to ISO/IEC 27001's list: the PIMS scope, the
 * Statement of Applicability with its Annex A/B controls, and the records of processing and privacy impact
 * assessments where the SoA makes those controls applicable; the 2025 edition (a standalone PIMS) is listed
 * with the same items under its own numbers, and its management-system clauses (5.2, 6.1.2 …) not yet.
 */
import { catalogueFor } from './catalogues';
import { date, ids, list, text } from './fields';
import type { IsmsRecord, RecordKind } from './types';

/** Records of one kind that satisfy an item, and which of them count. */
export interface MandatoryEvidence {
  kind: RecordKind;
  /** what the records must show, in words (docs/format.md, `isms report documents`) */
  what: string;
  /** whether a record counts (as of `today`); every record of the kind when absent */
  counts?: (record: IsmsRecord, today: string) => boolean;
}

export interface MandatoryRequirement {
  /** the catalogue key of the standard, as in `isms.yaml` `standards:` */
  standard: string;
  /** the clause number as the standard numbers it, without prefix: `6.1.3` */
  clause: string;
  /** the list items of the clause that require it (`['d']` for 6.1.3 d); empty for the clause's own sentence */
  letters: readonly string[];
  title: string;
  /** records that satisfy it, besides a document citing the clause */
  records: readonly MandatoryEvidence[];
  /** `scope:` of `isms.yaml` is this documented information */
  configScope?: boolean;
  /** required only when the SoA marks this control applicable (a control-based item of ISO/IEC 27701) */
  control?: string;
  /** required only when a nonconformity (a finding or a corrective action) has been recorded */
  whenNonconformities?: boolean;
}

const hasNumber = (r: IsmsRecord, key: string): boolean => typeof r.data[key] === 'number';

const SOA: MandatoryEvidence = { kind: 'soa', what: 'SoA entries (isms: soa)' };
const RISK_PLAN: MandatoryEvidence = {
  kind: 'risk',
  what: 'risks with a treatment decision (‘treatment:’)',
  counts: (r) => text(r, 'treatment') !== undefined,
};
const RISK_ASSESSED: MandatoryEvidence = {
  kind: 'risk',
  what: 'risks assessed (‘likelihood:’ and ‘impact:’)',
  counts: (r) => hasNumber(r, 'likelihood') && hasNumber(r, 'impact'),
};
const RISK_TREATED: MandatoryEvidence = {
  kind: 'risk',
  what: 'risks treated or accepted (‘status:’ treated, accepted or closed)',
  counts: (r) => ['treated', 'accepted', 'closed'].includes(text(r, 'status') ?? ''),
};
const OBJECTIVES: MandatoryEvidence = { kind: 'objective', what: 'objectives (isms: objectives)' };
const TRAINING: MandatoryEvidence = {
  kind: 'awareness',
  what: 'training or refresher records naming who took part (‘participants:’)',
  counts: (r) => ['training', 'refresher'].includes(text(r, 'type') ?? '') && list(r, 'participants').length > 0,
};
const MEASUREMENTS: readonly MandatoryEvidence[] = [
  { kind: 'objective', what: 'objectives with measured ‘results:’', counts: (r) => list(r, 'results').length > 0 },
  {
    kind: 'awareness',
    what: 'phishing simulations with their numbers (‘clicked:’ or ‘reported:’)',
    counts: (r) => text(r, 'type') === 'phishing-simulation' && (hasNumber(r, 'clicked') || hasNumber(r, 'reported')),
  },
];
const AUDITS: MandatoryEvidence = { kind: 'internal-audit', what: 'internal audits (the programme and its results)' };
const REVIEWS: MandatoryEvidence = { kind: 'management-review', what: 'management reviews' };
const ACTIONS: MandatoryEvidence = { kind: 'corrective-action', what: 'corrective actions' };

/** Audits whose scope names a clause or control of the standard with this prefix. */
const auditsOf = (prefix: string, name: string): MandatoryEvidence => ({
  kind: 'internal-audit',
  what: `internal audits whose scope names ${name} clauses`,
  counts: (r) => ids(r, 'scope').some((id) => id.toLowerCase().startsWith(prefix)),
});

/** Reviews that list the standard under their `standards:`. */
const reviewsOf = (token: string, name: string): MandatoryEvidence => ({
  kind: 'management-review',
  what: `management reviews listing ${name} in ‘standards:’`,
  counts: (r) => ids(r, 'standards').some((k) => k.toLowerCase().includes(token)),
});

const DPIAS: MandatoryEvidence = {
  kind: 'dpia',
  what: 'DPIAs performed (‘performed:’)',
  counts: (r) => date(r, 'performed') !== undefined,
};
const PROCESSING: MandatoryEvidence = { kind: 'processing-activity', what: 'records of processing' };
const PROCESSING_AS_PROCESSOR: MandatoryEvidence = {
  kind: 'processing-activity',
  what: 'records of processing as processor (‘role: processor’)',
  counts: (r) => text(r, 'role') === 'processor',
};

const ISO27001 = 'iso27001:2022';
const ISO22301 = 'iso22301:2019';
const ISO27701 = 'iso27701:2019';
const ISO27701_2025 = 'iso27701:2025';

const item = (
  standard: string,
  citation: string,
  title: string,
  records: readonly MandatoryEvidence[] = [],
  more: Partial<MandatoryRequirement> = {},
): MandatoryRequirement => {
  const [clause, letters = ''] = citation.split(' ');
  return { standard, clause, letters: letters ? letters.split('-') : [], title, records, ...more };
};

/** Letters written `f-g` here are the items f and g (10.2 f–g). */
export const MANDATORY_REQUIREMENTS: readonly MandatoryRequirement[] = [
  // ISO/IEC 27001:2022
  item(ISO27001, '4.3', 'Scope of the ISMS', [], { configScope: true }),
  item(ISO27001, '5.2 e', 'Information security policy'),
  item(ISO27001, '6.1.2', 'Information security risk assessment process'),
  item(ISO27001, '6.1.3', 'Information security risk treatment process'),
  item(ISO27001, '6.1.3 d', 'Statement of Applicability', [SOA]),
  item(ISO27001, '6.1.3 e', 'Information security risk treatment plan', [RISK_PLAN]),
  item(ISO27001, '6.2', 'Information security objectives', [OBJECTIVES]),
  item(ISO27001, '7.2 d', 'Evidence of competence', [TRAINING]),
  item(ISO27001, '8.1', 'Operational planning and control (processes carried out as planned)'),
  item(ISO27001, '8.2', 'Results of information security risk assessments', [RISK_ASSESSED]),
  item(ISO27001, '8.3', 'Results of information security risk treatment', [RISK_TREATED]),
  item(ISO27001, '9.1', 'Monitoring and measurement results', MEASUREMENTS),
  item(ISO27001, '9.2.2', 'Audit programme(s) and audit results', [AUDITS]),
  item(ISO27001, '9.3.3', 'Results of management reviews', [REVIEWS]),
  item(ISO27001, '10.2 f-g', 'Nonconformities, actions taken, results of corrective action', [ACTIONS], {
    whenNonconformities: true,
  }),
  // ISO 22301:2019, when listed
  item(ISO22301, '4.3.2', 'Scope of the BCMS'),
  item(ISO22301, '5.2', 'Business continuity policy'),
  item(ISO22301, '6.2', 'Business continuity objectives'),
  item(ISO22301, '7.2 d', 'Evidence of competence', [TRAINING]),
  item(ISO22301, '8.2.2', 'Business impact analysis', [
    {
      kind: 'continuity-plan',
      what: 'continuity plans with a recovery time objective (‘rto:’)',
      counts: (r) => text(r, 'rto') !== undefined,
    },
  ]),
  item(ISO22301, '8.2.3', 'Risk assessment of disruption'),
  item(ISO22301, '8.4', 'Business continuity plans and procedures', [{ kind: 'continuity-plan', what: 'continuity plans' }]),
  item(ISO22301, '9.1', 'Monitoring and measurement results', [
    {
      kind: 'exercise',
      what: 'exercises held (‘status: done’, or past and not ‘planned’)',
      counts: (r, today) => text(r, 'status') === 'done' || (text(r, 'status') !== 'planned' && (date(r, 'date') ?? '9999-12-31') <= today),
    },
  ]),
  item(ISO22301, '9.2.2', 'Audit programme(s) and audit results', [auditsOf('iso22301:', 'ISO 22301')]),
  item(ISO22301, '9.3.3', 'Results of management reviews', [reviewsOf('22301', 'ISO 22301')]),
  item(ISO22301, '10.1', 'Nonconformities, actions taken, results of corrective action', [ACTIONS], { whenNonconformities: true }),
  // ISO/IEC 27701:2019, when listed
  item(ISO27701, '5.2.3', 'Scope of the PIMS (including the processing of PII)', [], { configScope: true }),
  item(ISO27701, '5.4.1.3', 'Statement of Applicability (with the Annex A and B controls)', [SOA]),
  item(ISO27701, 'A.7.2.5', 'Privacy impact assessments', [DPIAS], { control: 'iso27701:A.7.2.5' }),
  item(ISO27701, 'A.7.2.8', 'Records related to processing PII (controller)', [PROCESSING], { control: 'iso27701:A.7.2.8' }),
  item(ISO27701, 'B.8.2.6', 'Records related to processing PII (processor)', [PROCESSING_AS_PROCESSOR], {
    control: 'iso27701:B.8.2.6',
  }),
  // ISO/IEC 27701:2025, when listed: the same items under the 2025 numbers (scope 4.3, SoA in 6.1.3, Table A.1 / A.2)
  item(ISO27701_2025, '4.3', 'Scope of the PIMS (including the processing of PII)', [], { configScope: true }),
  item(ISO27701_2025, '6.1.3', 'Statement of Applicability (with the Annex A controls)', [SOA]),
  item(ISO27701_2025, 'A.1.2.6', 'Privacy impact assessments', [DPIAS], { control: 'iso27701-2025:A.1.2.6' }),
  item(ISO27701_2025, 'A.1.2.9', 'Records related to processing PII (controller)', [PROCESSING], {
    control: 'iso27701-2025:A.1.2.9',
  }),
  item(ISO27701_2025, 'A.2.2.7', 'Records related to processing PII (processor)', [PROCESSING_AS_PROCESSOR], {
    control: 'iso27701-2025:A.2.2.7',
  }),
];

/** The catalogue prefix of a standard key: '' for ISO/IEC 27001, `iso22301:`, `iso27701-2025:` for the others. */
export const citationPrefix = (standard: string): string => catalogueFor(standard)?.prefix ?? `${standard.split(':')[0]}:`;

/** The catalogue id of an item's clause (`6.1.3`, `iso22301:8.4`, `iso27701:A.7.2.8`). */
export const requirementId = (r: MandatoryRequirement): string => citationPrefix(r.standard) + r.clause;

/** The clause as people cite it: `6.1.3 d`, `10.2 f–g`. */
export function requirementCitation(r: MandatoryRequirement): string {
  if (r.letters.length === 0) return r.clause;
  return `${r.clause} ${r.letters.length > 1 ? `${r.letters[0]}–${r.letters[r.letters.length - 1]}` : r.letters[0]}`;
}
