/**
 * The field table of `isms.yaml`: every setting, its type, range, default and meaning. The reader
 * (parse/config.ts), the JSON Schema (jsonSchema.ts → schemas/isms.schema.json) and the settings table
 * of docs/format.md all come from it. A module of its own so that the extension's bundle, which needs
 * only the cycle audit types of config.ts, does not carry it.
 */
import { CYCLE_AUDIT_STATUSES, CYCLE_AUDIT_TYPES } from './config';

/**
 * How a setting of `isms.yaml` is written. `whole`: a whole number from 1 to `max` (months and days are
 * counted whole: `cadence-months: 1.5` would otherwise switch ISMS103 off); `share`: a number in (0, 1];
 * `controls`: clause and control ids; `controls-or-all`: `all` or control ids; `list`: a list of mappings with the fields `items`.
 */
export type ConfigFieldType =
  'marker' | 'text' | 'text-list' | 'date' | 'whole' | 'share' | 'enum' | 'controls' | 'controls-or-all' | 'list';

export interface ConfigField {
  type: ConfigFieldType;
  /** the Meaning column of docs/format.md */
  meaning: string;
  /** the JSON Schema's description, when shorter than the meaning */
  description?: string;
  /** the Type column of docs/format.md, when the type alone does not say it */
  docType?: string;
  default?: number | string | readonly string[];
  /** `whole`: the largest value allowed */
  max?: number;
  values?: readonly string[];
  required?: boolean;
  deprecated?: boolean;
  items?: Readonly<Record<string, ConfigField>>;
}

/** The settings sections of `isms.yaml`: the first part of a dotted key in CONFIG_FIELDS. */
export const CONFIG_SECTIONS: Readonly<Record<string, string>> = {
  certification: 'The certificate and its three-year audit cycle (ISO/IEC 17021-1 9.1.3).',
  'internal-audit': 'The internal audit programme (ISO/IEC 27001:2022 9.2.2).',
  'management-review': 'Management reviews (ISO/IEC 27001:2022 9.3).',
  'corrective-action': 'Corrective actions (ISO/IEC 27001:2022 10.2).',
  awareness: 'The awareness programme (ISO/IEC 27001:2022 7.2, 7.3, 7.4, Annex A 6.3).',
  privacy: 'Records of processing and DPIAs (GDPR Art. 30, 35; ISO/IEC 27701).',
  documents: 'Documents: policies, procedures, plans (ISO/IEC 27001:2022 7.5, Annex A 5.1).',
  continuity: 'Business continuity (ISO 22301).',
  evidence: 'Evidence that controls operate and recurring control activities (ISO/IEC 27001:2022 8.1, 9.1).',
  risk: 'The risk register (ISO/IEC 27001:2022 6.1.2, 6.1.3, 8.2).',
};

const CYCLE_AUDIT_FIELDS: Readonly<Record<string, ConfigField>> = {
  type: { type: 'enum', values: CYCLE_AUDIT_TYPES, required: true, meaning: `${CYCLE_AUDIT_TYPES.join(' | ')}.` },
  date: { type: 'date', meaning: 'First day of the audit.' },
  end: { type: 'date', meaning: 'Last day of the audit, when it runs over several days (default: `date`).' },
  status: { type: 'enum', values: CYCLE_AUDIT_STATUSES, default: 'planned', meaning: `${CYCLE_AUDIT_STATUSES.join(' | ')}.` },
};

const DEPARTMENT_FIELDS: Readonly<Record<string, ConfigField>> = {
  id: { type: 'text', required: true, meaning: "Department id, used by records' `department:`." },
  owner: { type: 'text', meaning: 'Who heads the department.' },
  owns: { type: 'controls', meaning: 'The Annex A controls (and clauses) the department owns.' },
};

/**
 * Every setting of `isms.yaml`, by dotted key, in the order docs/format.md lists them: the reader
 * (parse/config.ts), the JSON Schema (`schemas/isms.schema.json`) and the table of docs/format.md all
 * come from here. ISO/IEC 27001:2022 defaults are the practitioner's reading; every number is overridable.
 */
export const CONFIG_FIELDS = {
  isms: {
    type: 'marker',
    docType: '`config`',
    meaning: 'Marks the root of an ISMS folder.',
    description: 'Marks this file as the root of an ISMS folder.',
  },
  organisation: { type: 'text', meaning: 'The organisation whose ISMS this is.' },
  scope: { type: 'text', meaning: 'The scope of the ISMS (ISO/IEC 27001:2022 4.3).' },
  standards: {
    type: 'text-list',
    docType: 'list of keys',
    default: ['iso27001:2022'],
    meaning:
      'The standards and laws whose ids records may use: `iso27001:2022`, `iso27701:2019`, `iso27701:2025`, `iso22301:2019`, `gdpr`, `popia`. An id of a standard not listed here is reported.',
    description: 'The standards and laws the ISMS answers to; their clause, control and article ids may be used in records.',
  },
  'top-management': {
    type: 'text-list',
    docType: 'list of names',
    default: [],
    meaning: 'The people who make up top management (5.1). Management reviews are theirs (9.3.1): they belong among its attendees.',
    description: 'The people who make up top management (ISO/IEC 27001:2022 5.1); management reviews must include them.',
  },
  exclude: {
    type: 'text-list',
    docType: 'list of patterns',
    default: [],
    meaning:
      'Paths the checks leave out, in `.gitignore` syntax relative to the root: `archive/` (a folder anywhere), ' +
      '`/drafts/` (at the root only), `**/*.draft.md`, `!keep.md` (back in). Applied after the `.gitignore` files; ' +
      '`isms.yaml` itself is always read.',
    description: 'Paths the checks leave out, as .gitignore patterns relative to this folder; .gitignore files are honoured as well.',
  },
  'certification.body': { type: 'text', meaning: 'The certification body.' },
  'certification.certificate': { type: 'text', meaning: 'The certificate number.' },
  'certification.decision': {
    type: 'date',
    meaning:
      'Date of the certification decision. ISO/IEC 17021-1 9.1.3: the first surveillance audit is due no later than 12 months after it.',
    description: 'Date of the certification decision; the first surveillance audit is due within 12 months of it.',
  },
  'certification.issued': { type: 'date', meaning: 'Date the certificate was issued; on or before `expires`.' },
  'certification.expires': {
    type: 'date',
    meaning:
      'Date the certificate expires. Recertification must be completed (and decided) before it. Validity is tracked apart from the audit dates.',
    description: 'Date the certificate expires; recertification must be completed before it.',
  },
  'certification.audits': {
    type: 'list',
    default: [],
    items: CYCLE_AUDIT_FIELDS,
    meaning: `The external audits of the cycle, each \`{ type, date, end, status }\`: \`type\` is ${CYCLE_AUDIT_TYPES.map((t) => `\`${t}\``).join(', ')}; \`date\` the first day; \`end\` the last day of an audit of several days; \`status\` \`planned\` (default), \`done\` (not after today) or \`cancelled\`.`,
    description: 'The external audits of the cycle.',
  },
  'certification.decision-days': {
    type: 'whole',
    max: 365,
    default: 30,
    meaning:
      "The days the certification body needs between the recertification audit's last day and the certificate's expiry to take its decision (ISO/IEC 17021-1:2015 9.6.3.1.1, 9.6.3.2): a recertification audit planned closer to expiry is reported.",
    description: "Days needed between the recertification audit's last day and expiry for the certification decision (1–365).",
  },
  'internal-audit.cadence-months': {
    type: 'whole',
    max: 12,
    default: 1,
    meaning: 'One internal audit every this many months: months of the programme with no audit planned are reported.',
    description: 'One internal audit every this many months (1–12).',
  },
  'internal-audit.warn-before-external-days': {
    type: 'whole',
    default: 60,
    meaning: 'From this many days before an external audit, open corrective actions are reported (listed by id).',
    description: 'Warn about open corrective actions this many days before an external audit.',
  },
  'internal-audit.bunching-share': {
    type: 'share',
    default: 0.5,
    meaning:
      "The share of a year's internal audits that may fall in the `bunching-days` before an external audit; more looks like audits crammed in for the auditor.",
    description: "The share (0–1] of a year's internal audits that may fall in the `bunching-days` before an external audit.",
  },
  'internal-audit.bunching-days': {
    type: 'whole',
    default: 90,
    meaning: 'The window before an external audit in which internal audits count as bunched.',
  },
  'management-review.interval-months': {
    type: 'whole',
    max: 12,
    default: 6,
    meaning:
      'A management review at least every this many months (warning). ISO/IEC 27001 9.3 asks for reviews "at planned intervals"; certification bodies expect at least one a year, so more than 12 months is always an error.',
    description: 'A review at least every this many months (1–12); more than 12 is always an error.',
  },
  'corrective-action.follow-up-days': {
    type: 'whole',
    default: 30,
    meaning: 'An open corrective action whose `updated:` (else `raised:`) is older than this is stale.',
    description: 'An open corrective action not updated for this many days is stale.',
  },
  'corrective-action.root-cause-days': {
    type: 'whole',
    max: 365,
    default: 30,
    meaning:
      'Days from `raised:` given to cause analysis (10.2 b): an open corrective action is asked for its `root-cause:` only after this many days (at once when it has no `raised:` date).',
    description: 'Days from `raised:` before an open corrective action is asked for its root cause (1–365).',
  },
  'awareness.cadence-months': {
    type: 'whole',
    max: 12,
    default: 1,
    meaning:
      'Some awareness activity — any awareness record: poster, communication, phishing simulation, training or refresher — at least every this many calendar months (7.3, 7.4, A.6.3). `1` means every month.',
    description:
      'Some awareness activity (poster, communication, phishing simulation, training, refresher) at least every this many calendar months (1–12).',
  },
  'awareness.refresher-months': {
    type: 'whole',
    max: 36,
    default: 12,
    meaning:
      'With a `people` roster: each current person takes part in a training or refresher at least every this many months (7.2, A.6.3).',
    description: 'Each person on the `people` roster takes part in a training or refresher at least every this many months (1–36).',
  },
  'awareness.induction-days': {
    type: 'whole',
    max: 365,
    default: 30,
    meaning: 'With a `people` roster: a new joiner takes part in a training within this many days of `joined`.',
    description: 'A new joiner takes part in a training within this many days of joining (1–365).',
  },
  'awareness.max-gap-months': {
    type: 'whole',
    max: 12,
    deprecated: true,
    meaning: '**Deprecated**: the old name of `awareness.cadence-months`, still read when `cadence-months` is absent.',
    description: 'Deprecated: the old name of `cadence-months`, read when `cadence-months` is absent.',
  },
  'privacy.review-months': {
    type: 'whole',
    default: 12,
    meaning:
      'Each [record of processing](#processing-activity) and each [DPIA](#dpia) is reviewed at least this often (GDPR Art. 30, 35(11); ISO/IEC 27701:2019 A.7.2.5, A.7.2.8; ISO/IEC 27701:2025 A.1.2.6, A.1.2.9). Checked when `standards:` lists `gdpr`, `popia` or ISO/IEC 27701 (`iso27701:2019` or `iso27701:2025`).',
    description: 'Review each record of processing and each DPIA at least every this many months.',
  },
  'privacy.role': {
    type: 'enum',
    values: ['controller', 'processor'],
    default: 'controller',
    meaning:
      "The organisation's role for personal data when an [incident](#incident) says none and names no processing activity with a `role`: `controller` (it notifies the supervisory authority, GDPR Art. 33(1); the responsible party of POPIA) or `processor` (it notifies the controller, Art. 33(2); the operator of POPIA s.21(2)).",
    description: "The organisation's role for personal data when an incident or its processing activity says none.",
  },
  'privacy.authority-notification-hours': {
    type: 'whole',
    default: 72,
    meaning:
      'A controller notifies the supervisory authority of a personal data breach within this many hours of becoming aware of it (GDPR Art. 33(1): 72). Counted in whole days in your favour (72 hours: the detection date + 3 days).',
    description:
      'A controller notifies the supervisory authority within this many hours of becoming aware of a breach (GDPR Art. 33(1): 72).',
  },
  'privacy.controller-notification-hours': {
    type: 'whole',
    default: 24,
    meaning:
      'A processor notifies the controller of a personal data breach within this many hours (GDPR Art. 33(2) says "without undue delay", POPIA s.21(2) "immediately"; the figure is the usual contractual one, not the law\'s: set your contracts\' own).',
    description: 'A processor notifies the controller within this many hours (a contractual figure; the law says without undue delay).',
  },
  'privacy.popia-notification-days': {
    type: 'whole',
    default: 3,
    meaning:
      'A breach under POPIA only: the Information Regulator is notified "as soon as reasonably possible" (s.22(2)); after this many days without a notification the engine reminds you (information). The figure is the engine\'s, not the Act\'s.',
    description: 'POPIA only: remind after this many days without notifying the Information Regulator (s.22 sets no fixed period).',
  },
  'documents.review-months': {
    type: 'whole',
    default: 12,
    meaning:
      'Each [document](#document) is reviewed at least this often, unless its own `review-months` says otherwise (ISO/IEC 27001:2022 A.5.1, 7.5.2). Approving a new version counts as a review.',
    description: 'Review each document at least every this many months, unless its own `review-months` says otherwise.',
  },
  'documents.acknowledge-days': {
    type: 'whole',
    max: 365,
    default: 30,
    meaning:
      "The people of a [document](#document)'s `audience` acknowledge its current approved version within this many days of `approved` (a person who joins later, within this many days of `joined`), recorded as [acknowledgements](#acknowledgement) (ISO/IEC 27001:2022 A.5.1, 7.3).",
    description: 'The audience of an approved document acknowledges it within this many days of its approval (1–365).',
  },
  'evidence.warn-days': {
    type: 'whole',
    max: 365,
    default: 30,
    meaning:
      '[Evidence](#evidence) whose last valid day is this many days away or fewer is *renewal due* (information), so that it is renewed before it runs out (ISO/IEC 27001:2022 9.1).',
    description: 'Evidence within this many days of its last valid day needs renewal (1–365).',
  },
  'evidence.reminder-days': {
    type: 'whole',
    max: 90,
    default: 7,
    meaning:
      'The calendar export reminds (an iCalendar alarm) this many days before a [control activity](#control-activity) falls due and before [evidence](#evidence) runs out.',
    description: 'Calendar reminders this many days before an activity falls due or evidence runs out (1–90).',
  },
  'evidence.expected-for': {
    type: 'controls-or-all',
    docType: '`all` or list of control ids',
    default: 'all',
    meaning:
      'The applicable controls of the [SoA](#soa) expected to have [evidence](#evidence) or a [control activity](#control-activity): `all`, or the ids of the controls to start with (`[A.5.15, A.8.13]`). Those without either are noted (information), a warning within `internal-audit.warn-before-external-days` of the next external audit (ISO/IEC 27001:2022 9.1, 8.1).',
    description: 'Which applicable controls are expected to have evidence or a control activity: all, or a list of control ids.',
  },
  'continuity.exercise-months': {
    type: 'whole',
    default: 12,
    meaning:
      'Each [continuity plan](#continuity-plan) is exercised at least this often (ISO 22301 8.5). Checked when `standards:` lists `iso22301:2019`.',
    description: 'Exercise each continuity plan at least every this many months (ISO 22301 8.5).',
  },
  'risk.review-months': {
    type: 'whole',
    default: 12,
    meaning:
      'Each [risk](#risk) that is not closed is reviewed at least this often (ISO/IEC 27001:2022 8.2: risk assessments at planned intervals), counted from `reviewed:`, else `identified:`.',
    description: 'Review each risk that is not closed at least every this many months.',
  },
  'risk.acceptance-level': {
    type: 'whole',
    docType: 'whole number (no default)',
    meaning:
      "The organisation's risk acceptance criterion (6.1.2 a 1): the highest residual risk score (residual likelihood × impact) accepted without more. A [risk](#risk) whose residual score is above it needs its owner's acceptance, `accepted-by:` and `accepted:` (6.1.3 f). Without this setting residual risk is not checked.",
    description: "The highest residual risk score accepted without the risk owner's explicit acceptance; absent: not checked.",
  },
  departments: {
    type: 'list',
    default: [],
    items: DEPARTMENT_FIELDS,
    meaning:
      "Departments, their owners and the controls they own, each `{ id, owner, owns }`. Each department's controls must see an internal audit every 12 months, and its overdue corrective actions are reported at its entry. Records name a department by its `id`; a corrective action belongs to a department by its `department:`, else by the finding it answers (the audit's `department:`, the department owning the finding's control or the audit's scope), else by its `owner:` being the department's owner (names compare ignoring case, spacing and a role in brackets).",
    description: 'Departments and the controls they own; each must see an audit of its controls every 12 months.',
  },
} as const satisfies Readonly<Record<string, ConfigField>>;

export type ConfigKey = keyof typeof CONFIG_FIELDS;
/** The settings that are numbers. */
export type NumberSettingKey = { [K in ConfigKey]: (typeof CONFIG_FIELDS)[K]['type'] extends 'whole' | 'share' ? K : never }[ConfigKey];
