/**
 * The fields of each record kind, as data: the schema rule (ISMS006), completion, the JSON Schemas
 * in `schemas/` and docs/format.md all follow this table. The engine accepts extra fields (never less).
 */
import { CYCLE_AUDIT_TYPES } from './config';
import { nameTable } from './nameTable';
import type { RecordKind } from './types';

export type FieldType =
  | 'string'
  | 'date' // YYYY-MM-DD, a calendar date
  | 'number'
  | 'boolean'
  | 'string-list'
  | 'control-list' // clause / control ids of a catalogue
  | 'control' // one clause / control id
  | 'reference' // the id of another record
  | 'reference-list'
  | 'list' // a list of objects (findings, actions, attendees as objects…)
  | 'map'; // an object (management review inputs)

export interface FieldSpec {
  type: FieldType;
  required?: boolean;
  /** allowed values of a string field */
  values?: readonly string[];
  description: string;
}

export const INTERNAL_AUDIT_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export const FINDING_TYPES = ['major-nc', 'minor-nc', 'observation', 'opportunity'] as const;
export const CA_STATUSES = ['open', 'in-progress', 'implemented', 'verified', 'closed', 'cancelled'] as const;
export const AWARENESS_TYPES = ['poster', 'communication', 'phishing-simulation', 'training', 'refresher'] as const;
/** GDPR Art. 6(1) a–f, the lawful bases of processing. */
export const LAWFUL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export const EXERCISE_TYPES = ['tabletop', 'walkthrough', 'simulation', 'full-test'] as const;
export const DOCUMENT_TYPES = ['policy', 'procedure', 'plan', 'standard', 'guideline', 'template', 'record', 'other'] as const;
export const DOCUMENT_STATUSES = ['draft', 'in-review', 'approved', 'retired'] as const;
export const OBJECTIVE_DIRECTIONS = ['at-least', 'at-most'] as const;
/** GDPR Art. 4(7), 4(8): who decides the purposes and means, and who processes on their behalf (POPIA: responsible party, operator). */
export const PRIVACY_ROLES = ['controller', 'processor'] as const;
export const SOA_IMPLEMENTATIONS = ['implemented', 'partial', 'planned', 'not-implemented'] as const;

/** The kind names a file may carry in `isms:`; a register uses the plural with a `records:` list. */
export const REGISTER_KINDS: Readonly<Record<string, RecordKind>> = nameTable({
  'internal-audits': 'internal-audit',
  'external-audits': 'external-audit',
  'management-reviews': 'management-review',
  'corrective-actions': 'corrective-action',
  incidents: 'incident',
  awareness: 'awareness',
  risks: 'risk',
  soa: 'soa',
  'processing-activities': 'processing-activity',
  dpias: 'dpia',
  'continuity-plans': 'continuity-plan',
  exercises: 'exercise',
  people: 'person',
  objectives: 'objective',
  acknowledgements: 'acknowledgement',
  evidence: 'evidence',
  'control-activities': 'control-activity',
});

/** The kinds whose `findings:` list holds finding records (ISO 22301 exercises find nonconformities too). */
export const KINDS_WITH_FINDINGS: ReadonlySet<RecordKind> = new Set<RecordKind>(['internal-audit', 'external-audit', 'exercise']);

const id: FieldSpec = { type: 'string', required: true, description: 'Unique id of the record, chosen by you.' };
const title: FieldSpec = { type: 'string', description: 'Short human title.' };
const department: FieldSpec = { type: 'string', description: 'Department id from `isms.yaml` `departments:`.' };

export const FINDING_FIELDS: Readonly<Record<string, FieldSpec>> = nameTable({
  id,
  type: { type: 'string', required: true, values: FINDING_TYPES, description: 'major-nc | minor-nc | observation | opportunity.' },
  ref: { type: 'control', description: 'The clause or Annex A control the finding is against.' },
  text: { type: 'string', description: 'What was found.' },
  'corrective-action': { type: 'reference', description: 'Id of the corrective action raised for it.' },
});

/**
 * Controls that operate (issue 18; ISO 27001 8.1, 9.1): evidence that a control ran, valid for a while from
 * the day it was collected or performed, and the recurring activities whose occurrences evidence proves.
 */
const CONTROL_FIELD_SPECS: Readonly<Record<'evidence' | 'control-activity', Readonly<Record<string, FieldSpec>>>> = {
  evidence: {
    id,
    title: { type: 'string', description: 'What the evidence shows, e.g. `Access review Q3 2026`.' },
    controls: { type: 'control-list', description: 'The Annex A controls and clauses it supports (any listed catalogue).' },
    effective: {
      type: 'date',
      required: true,
      description: 'The date it was collected or the work was performed (not the commit date); validity counts from it.',
    },
    'valid-months': {
      type: 'number',
      description: 'How many months it stays valid from `effective` (a whole number, 1 or more); it needs renewal after.',
    },
    'valid-until': { type: 'date', description: 'The last day it is valid, when that is a fixed date; wins over `valid-months`.' },
    owner: { type: 'string', description: 'Who keeps it current.' },
    location: { type: 'string', description: 'Where it is: a path in the repository (relative to this file) or a URL.' },
    activity: { type: 'reference', description: 'Id of the control activity whose occurrence it proves.' },
    source: { type: 'reference', description: 'The record it came from, e.g. the internal or external audit that sampled it.' },
  },
  'control-activity': {
    id,
    title: { type: 'string', description: 'What is done, e.g. `Quarterly access review`.' },
    controls: { type: 'control-list', description: 'The Annex A controls and clauses it operates.' },
    owner: { type: 'string', description: 'Who performs it (or has it performed).' },
    schedule: {
      type: 'string',
      required: true,
      description:
        'How often it recurs: `weekly`, `fortnightly`, `monthly`, `quarterly`, `half-yearly`, `yearly`, or `every N days|weeks|months|years`.',
    },
    day: {
      type: 'number',
      description: 'For a schedule in months or years: the day of the month it falls due (1–31; the last day of shorter months).',
    },
    start: {
      type: 'date',
      required: true,
      description: 'When it started: the first occurrence is due then (or on the first `day:` from then); the plan counts from it.',
    },
  },
};

const KIND_FIELD_SPECS: Readonly<Record<RecordKind, Readonly<Record<string, FieldSpec>>>> = {
  'internal-audit': {
    id,
    title,
    planned: { type: 'date', required: true, description: 'Planned date of the audit (ISO 27001 9.2.2 audit programme).' },
    performed: { type: 'date', description: 'Date the audit was performed; absent until done.' },
    auditor: { type: 'string', description: 'Who audited (objective and impartial, 9.2.2 b).' },
    department,
    scope: { type: 'control-list', description: 'Clauses and Annex A controls audited.' },
    'catch-up-for': {
      type: 'string',
      description: 'YYYY-MM: the earlier programme month this catch-up audit makes up for; it counts for that month, not its own.',
    },
    status: { type: 'string', values: INTERNAL_AUDIT_STATUSES, description: 'planned | in-progress | done | cancelled.' },
    findings: { type: 'list', description: 'Findings: id, type, ref, text, corrective-action.' },
  },
  'external-audit': {
    id,
    title,
    type: { type: 'string', values: CYCLE_AUDIT_TYPES, description: `${CYCLE_AUDIT_TYPES.join(' | ')}.` },
    date: { type: 'date', required: true, description: 'First day of the audit.' },
    body: { type: 'string', description: 'Certification body.' },
    outcome: { type: 'string', description: 'The recommendation or decision.' },
    status: { type: 'string', values: ['planned', 'done', 'cancelled'], description: 'planned | done | cancelled.' },
    findings: { type: 'list', description: 'Findings: id, type, ref, text, corrective-action.' },
  },
  'management-review': {
    id,
    title,
    date: { type: 'date', required: true, description: 'Date the review was held (or is planned).' },
    status: { type: 'string', values: ['planned', 'done'], description: 'planned | done (default done when the date is past).' },
    attendees: { type: 'string-list', description: 'Who took part; top management must be among them.' },
    standards: {
      type: 'string-list',
      description: 'The standards the review covers (keys of `isms.yaml` `standards:`); default: all of them.',
    },
    inputs: { type: 'map', description: 'The ISO 27001 9.3.2 inputs, by key (or as `##` sections of the body).' },
    decisions: { type: 'string-list', description: 'Decisions on improvement and changes (9.3.3).' },
    actions: { type: 'list', description: 'Actions decided: id, text, owner, due, status, carried-to.' },
  },
  'corrective-action': {
    id,
    title,
    source: { type: 'reference', description: 'The finding, incident or management review it answers, or "other".' },
    raised: { type: 'date', description: 'Date raised.' },
    owner: { type: 'string', description: 'Who is accountable.' },
    due: { type: 'date', description: 'Date by which the action is to be implemented.' },
    status: {
      type: 'string',
      values: CA_STATUSES,
      description: 'open | in-progress | implemented | verified | closed | cancelled (withdrawn; say why in `cancel-reason:`).',
    },
    correction: { type: 'string', description: 'ISO 27001 10.2 a: the immediate correction.' },
    'root-cause': {
      type: 'string',
      description: 'ISO 27001 10.2 b: the cause of the nonconformity; asked for `root-cause-days` after `raised`.',
    },
    action: { type: 'string', description: 'ISO 27001 10.2 c: the action that removes the cause.' },
    effectiveness: { type: 'string', description: 'ISO 27001 10.2 d: review of effectiveness; required before closing.' },
    updated: { type: 'date', description: 'Last follow-up.' },
    closed: { type: 'date', description: 'Date closed.' },
    'cancel-reason': { type: 'string', description: 'Why a cancelled action was withdrawn (superseded by another, finding withdrawn…).' },
    department,
  },
  finding: FINDING_FIELDS,
  incident: {
    id,
    title,
    detected: { type: 'date', required: true, description: 'Date detected.' },
    severity: { type: 'string', values: ['low', 'medium', 'high', 'critical'], description: 'low | medium | high | critical.' },
    status: { type: 'string', values: ['open', 'contained', 'closed'], description: 'open | contained | closed.' },
    'personal-data': { type: 'boolean', description: 'Whether personal data was involved (GDPR Art. 33).' },
    notification: {
      type: 'string',
      values: ['required', 'not-required'],
      description:
        "required | not-required: the controller's decision whether the supervisory authority must be notified (GDPR Art. 33(1), (5); POPIA s.22).",
    },
    'notified-authority': { type: 'date', description: 'Date the supervisory authority was notified.' },
    notified: { type: 'date', description: 'Older name of `notified-authority`, still read.' },
    'delay-reason': {
      type: 'string',
      description: 'Why the authority (or, for a processor, the controller) was notified after the deadline (GDPR Art. 33(1)).',
    },
    role: {
      type: 'string',
      values: PRIVACY_ROLES,
      description:
        "controller | processor: the organisation's role for the personal data concerned; else its processing activity's `role`, else `privacy.role`.",
    },
    regimes: {
      type: 'string-list',
      description: 'The data-protection laws that apply to the breach: gdpr, uk-gdpr (read as gdpr), popia; else those of `standards:`.',
    },
    'processing-activity': { type: 'reference', description: 'Id of the processing activity whose personal data is concerned.' },
    'controller-notified': {
      type: 'date',
      description: 'A processor: date the controller was notified (GDPR Art. 33(2); the responsible party, POPIA s.21(2)).',
    },
    controls: { type: 'control-list', description: 'Controls concerned.' },
    'corrective-action': { type: 'reference', description: 'Corrective action raised.' },
    lessons: {
      type: 'string',
      description:
        'Lessons learned (Annex A 5.27), or a `## Lessons learned` section of the body; a high or critical incident needs them to close.',
    },
  },
  awareness: {
    id,
    title,
    type: {
      type: 'string',
      required: true,
      values: AWARENESS_TYPES,
      description: 'poster | communication | phishing-simulation | training | refresher.',
    },
    date: { type: 'date', required: true, description: 'Date run or published.' },
    audience: { type: 'string', description: 'Who it was for.' },
    sent: { type: 'number', description: 'Phishing simulation: messages sent.' },
    clicked: { type: 'number', description: 'Phishing simulation: people who clicked.' },
    reported: { type: 'number', description: 'Phishing simulation: people who reported it.' },
    attendees: { type: 'number', description: 'Training: people trained.' },
    participants: { type: 'reference-list', description: 'Training or refresher: ids of the people (`person` records) who took part.' },
  },
  risk: {
    id,
    title,
    owner: { type: 'string', description: 'Risk owner (6.1.2 c 2).' },
    likelihood: { type: 'number', description: 'Likelihood score.' },
    impact: { type: 'number', description: 'Impact score.' },
    treatment: { type: 'string', values: ['modify', 'retain', 'avoid', 'share'], description: 'modify | retain | avoid | share.' },
    controls: { type: 'control-list', description: 'Controls that treat it.' },
    status: { type: 'string', values: ['open', 'treated', 'accepted', 'closed'], description: 'open | treated | accepted | closed.' },
    reviewed: { type: 'date', description: 'Last review (8.2: risk assessments at planned intervals, `risk.review-months`).' },
    identified: {
      type: 'date',
      description: 'Date the risk was identified; the review interval counts from it until the first `reviewed:`.',
    },
    residual: { type: 'number', description: 'Residual risk score after treatment; default `residual-likelihood` × `residual-impact`.' },
    'residual-likelihood': { type: 'number', description: 'Likelihood score after treatment.' },
    'residual-impact': { type: 'number', description: 'Impact score after treatment.' },
    'accepted-by': { type: 'string', description: 'Who accepted the residual risk: the risk owner (6.1.3 f).' },
    accepted: { type: 'date', description: 'Date the risk owner accepted the residual risk (6.1.3 f).' },
  },
  soa: {
    id: { type: 'string', description: 'Optional id; the control is the key.' },
    control: {
      type: 'control',
      required: true,
      description: 'Annex A control id (or an ISO/IEC 27701 Annex A / B control, `iso27701:A.7.2.8`).',
    },
    applicable: { type: 'boolean', required: true, description: 'Whether the control is applicable (6.1.3 d).' },
    justification: { type: 'string', description: 'Why it is included or excluded.' },
    implementation: {
      type: 'string',
      values: SOA_IMPLEMENTATIONS,
      description: 'implemented | partial | planned | not-implemented: whether the control is implemented (6.1.3 d).',
    },
    documents: {
      type: 'reference-list',
      description: "Ids of the documents (policies, procedures) that implement the control; a document's `implements:` counts too.",
    },
    department,
  },
  'processing-activity': {
    id,
    title,
    purpose: { type: 'string', description: 'Why the personal data is processed (GDPR Art. 30(1) b).' },
    role: {
      type: 'string',
      values: PRIVACY_ROLES,
      description: 'controller | processor: which record of Art. 30 this is, (1) or (2).',
    },
    'lawful-basis': {
      type: 'string',
      values: LAWFUL_BASES,
      description:
        'The GDPR Art. 6(1) basis: consent | contract | legal-obligation | vital-interests | public-task | legitimate-interests.',
    },
    'data-categories': { type: 'string-list', description: 'Categories of personal data (Art. 30(1) c).' },
    'data-subjects': { type: 'string-list', description: 'Categories of data subjects (Art. 30(1) c).' },
    recipients: { type: 'string-list', description: 'Categories of recipients (Art. 30(1) d).' },
    transfers: {
      type: 'string-list',
      description: 'Transfers to third countries or international organisations, with their safeguards (Art. 30(1) e).',
    },
    retention: { type: 'string', description: 'Time limits for erasure (Art. 30(1) f).' },
    dpia: { type: 'reference', description: 'Id of the DPIA of this processing, if one was needed (Art. 35).' },
    owner: { type: 'string', description: 'Who is accountable for the processing.' },
    department,
    reviewed: { type: 'date', description: 'Last review of the record (kept up to date: ISO/IEC 27701 A.7.2.8, B.8.2.6).' },
  },
  dpia: {
    id,
    title,
    processing: { type: 'reference', description: 'Id of the processing activity assessed.' },
    performed: { type: 'date', description: 'Date the assessment was carried out (Art. 35(1): prior to the processing).' },
    'residual-risk': {
      type: 'string',
      values: ['low', 'medium', 'high'],
      description: 'low | medium | high: the risk left after the planned measures.',
    },
    consulted: { type: 'date', description: 'Date the supervisory authority was consulted (prior consultation, Art. 36).' },
    reviewed: { type: 'date', description: 'Last review of the assessment (Art. 35(11)).' },
    owner: { type: 'string', description: 'Who is accountable for the assessment.' },
    status: { type: 'string', values: ['draft', 'approved'], description: 'draft | approved.' },
  },
  'continuity-plan': {
    id,
    title,
    owner: { type: 'string', description: 'Who is accountable for the plan.' },
    department,
    rto: { type: 'string', description: 'Recovery time objective, e.g. `4 hours` (ISO 22301 8.2.2).' },
    approved: { type: 'date', description: 'Date the plan was approved.' },
    reviewed: { type: 'date', description: 'Last review of the plan.' },
  },
  exercise: {
    id,
    title,
    date: { type: 'date', required: true, description: 'Date of the exercise (or its planned date).' },
    type: { type: 'string', values: EXERCISE_TYPES, description: 'tabletop | walkthrough | simulation | full-test.' },
    plans: { type: 'reference-list', description: 'Ids of the continuity plans exercised (ISO 22301 8.5).' },
    status: { type: 'string', values: ['planned', 'done'], description: 'planned | done (default done when the date is past).' },
    findings: { type: 'list', description: 'Findings: id, type, ref, text, corrective-action.' },
  },
  person: {
    id,
    name: { type: 'string', required: true, description: 'Full name, as it appears in owners and attendees.' },
    department,
    role: { type: 'string', description: 'Job title or ISMS role (ISO 27001 5.3).' },
    joined: { type: 'date', description: 'Start date; induction training is due within `awareness.induction-days` of it.' },
    left: { type: 'date', description: 'Leaving date; a person who has left is no longer checked for training.' },
    email: { type: 'string', description: 'Email address; acknowledgements and imports may name the person by it.' },
  },
  // the front matter of a policy, procedure or plan: the Markdown body below it is the document itself
  document: {
    id,
    title,
    type: {
      type: 'string',
      values: DOCUMENT_TYPES,
      description: 'policy | procedure | plan | standard | guideline | template | record | other.',
    },
    owner: { type: 'string', description: 'Who maintains the document (7.5.2 a: author).' },
    approver: {
      type: 'string',
      description: 'Who approved the current version (7.5.2 c); for the information security policy, one of `top-management` (5.2).',
    },
    version: { type: 'string', description: 'The current version, e.g. `1.2` (7.5.3 e: version control).' },
    status: { type: 'string', values: DOCUMENT_STATUSES, description: 'draft | in-review | approved | retired.' },
    approved: { type: 'date', description: 'Date the current version was approved (7.5.2 c).' },
    reviewed: {
      type: 'date',
      description: 'Date of the last review (A.5.1: reviewed at planned intervals); the approval counts as a review.',
    },
    'review-months': {
      type: 'number',
      description: 'Review at least every this many months; default `documents.review-months` of `isms.yaml` (12).',
    },
    classification: { type: 'string', description: 'Its information classification (A.5.12), e.g. `internal`, `public`.' },
    audience: {
      type: 'string-list',
      description: 'Who it is for (A.5.1: communicated to relevant personnel): `everyone`, department ids, roles or names.',
    },
    satisfies: {
      type: 'control-list',
      description: 'The clauses it is the documented information of, e.g. `"5.2"` for the information security policy, `"6.1.3"`.',
    },
    implements: { type: 'control-list', description: 'The Annex A controls it implements, e.g. `A.5.15`.' },
    supersedes: { type: 'reference-list', description: 'Ids of the documents it replaces; they are obsolete (7.5.3).' },
    'material-change': {
      type: 'boolean',
      description: 'Whether the current version changes what people must do (a new acknowledgement is needed), not just wording.',
    },
  },
  objective: {
    id,
    title,
    objective: { type: 'string', description: 'What is to be achieved (6.2), consistent with the information security policy (6.2 a).' },
    policy: { type: 'reference', description: 'Id of the policy document the objective follows from (6.2 a).' },
    measure: { type: 'string', description: 'What is measured and how (6.2 b measurable; 6.2 l how the results are evaluated).' },
    target: { type: 'number', description: 'The value to reach (6.2 b).' },
    direction: {
      type: 'string',
      values: OBJECTIVE_DIRECTIONS,
      description: 'at-least | at-most: whether a result meets the target by reaching or by staying under it (default at-least).',
    },
    unit: { type: 'string', description: 'The unit of the target and results, e.g. `%`, `days`.' },
    owner: { type: 'string', description: 'Who is responsible (6.2 j).' },
    plan: { type: 'string', description: 'What will be done to achieve it (6.2 h).' },
    resources: { type: 'string', description: 'What resources will be required (6.2 i).' },
    due: { type: 'date', description: 'When it will be completed (6.2 k).' },
    'cadence-months': { type: 'number', description: 'A result is measured at least every this many months (6.2 d monitored; 9.1).' },
    results: { type: 'list', description: 'The measurements over time, each `{ date, value }` (6.2 l; 9.1).' },
    department,
  },
  // one line of an acknowledgements register: a person confirmed having read a document version (A.5.1)
  acknowledgement: {
    id: { type: 'string', description: 'Optional id; the person, document and version are the key.' },
    person: {
      type: 'string',
      required: true,
      description: 'Who acknowledged: the id of a `person` record, or their name or `email` as the roster has it.',
    },
    document: { type: 'reference', required: true, description: 'Id of the document acknowledged.' },
    version: { type: 'string', required: true, description: "The version acknowledged (the document's `version` then)." },
    date: { type: 'date', required: true, description: 'When it was acknowledged.' },
  },
  ...CONTROL_FIELD_SPECS,
};

/**
 * The fields a register file may carry at its top level, beside `isms:` and `records:`: the Statement of
 * Applicability is itself documented information with a version and an approval (7.5.2, 7.5.3).
 */
export const REGISTER_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = nameTable({
  soa: nameTable({
    version: { type: 'string', description: 'The current version of the SoA, e.g. `6` (7.5.3 e: version control).' },
    status: { type: 'string', values: DOCUMENT_STATUSES, description: 'draft | in-review | approved | retired.' },
    approved: { type: 'date', description: 'Date the current version was approved (7.5.2 c).' },
    approver: { type: 'string', description: 'Who approved the current version (7.5.2 c), e.g. the risk owners or top management.' },
  }),
});

/** The field table of each kind, each without a prototype (fields are looked up by names from the files). */
export const KIND_FIELDS: Readonly<Record<RecordKind, Readonly<Record<string, FieldSpec>>>> = nameTable(
  Object.fromEntries(Object.entries(KIND_FIELD_SPECS).map(([kind, fields]) => [kind, nameTable(fields)])),
) as Readonly<Record<RecordKind, Readonly<Record<string, FieldSpec>>>>;
