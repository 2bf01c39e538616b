/**
 * The files "ISMS: Initialise ISMS workspace" writes, as text: `isms.yaml` with the three-year cycle, an
 * empty corrective-action register, and the starter documents it offers — the scope (4.3), the
 * information security policy (5.2) and the objectives register (6.2). Pure (no VS Code), so the unit
 * tests parse exactly what the command writes.
 *
 * The starters claim nothing that is not true: each document is a `draft` with no approver, approval
 * or review date, and the objectives register holds no objective and no result — a blank is not a
 * decision of top management, nor a measurement.
 *
 * A new ISMS starts clean and forward-looking (issue 15.10): the folders of the usual layout, a first
 * internal audit and a first management review, both `planned` and dated ahead — plans, not records
 * of anything done.
 */
import { monthOf, plusDays, plusMonthKey, plusMonths } from '../../core/dates';
import { managementReviewBody } from './managementReviewTemplate';

export interface IsmsSetup {
  organisation: string;
  /** the certification (stage 2) audit, done or planned */
  certification?: string;
  /** the certificate's issue date, when certified */
  issued?: string;
}

const yamlString = (s: string) => (/^[\w .,()&'-]+$/.test(s) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) ? s : JSON.stringify(s));

/** The text of a new isms.yaml; the cycle follows ISO/IEC 17021-1 9.1.3 (surveillance yearly, three-year certificate). */
export function ismsYaml(setup: IsmsSetup, today: string): string {
  const lines = [
    '# The root of the ISMS: everything under this folder that is a record (a Markdown file with `isms:`',
    '# front matter, or a YAML register) is checked by ISMS Workbench and by `isms check`.',
    'isms: config',
    `organisation: ${yamlString(setup.organisation)}`,
    'scope: # what the ISMS covers (ISO 27001 4.3)',
    'standards: [iso27001:2022]',
    'top-management: [] # who must attend management reviews (5.1)',
    '',
    'certification:',
    '  body: # the certification body',
    '  certificate:',
  ];
  const base = setup.issued ?? setup.certification;
  if (setup.issued) lines.push(`  issued: ${setup.issued}`, `  expires: ${plusDays(plusMonths(setup.issued, 36), -1)}`);
  lines.push('  audits: # the three-year cycle (ISO/IEC 17021-1 9.1.3)');
  if (setup.certification && base) {
    const done = setup.certification <= today ? ', status: done' : '';
    lines.push(
      `    - { type: certification,   date: ${setup.certification}${done} }`,
      `    - { type: surveillance-1,  date: ${plusMonths(base, 11)} }`,
      `    - { type: surveillance-2,  date: ${plusMonths(base, 23)} }`,
      `    - { type: recertification, date: ${plusMonths(base, 33)} }`,
    );
  } else {
    lines.push('    # - { type: certification, date: YYYY-MM-DD }');
  }
  lines.push(
    '',
    'internal-audit: { cadence-months: 1, warn-before-external-days: 60 }',
    'management-review: { interval-months: 12 }',
    'corrective-action: { follow-up-days: 30 }',
    '',
    'departments: []',
    '',
  );
  return lines.join('\n');
}

export const CORRECTIVE_ACTION_REGISTER = [
  '# Corrective-action register (ISO 27001 10.2): one entry per nonconformity.',
  '# Run "ISMS: Log corrective action" to add one.',
  'isms: corrective-actions',
  'records: []',
  '',
].join('\n');

export type StarterKind = 'scope' | 'policy' | 'objectives';

export interface StarterDocument {
  kind: StarterKind;
  /** the quick-pick label */
  label: string;
  /** the clause it is the documented information of */
  clause: string;
  /** relative to the ISMS root */
  path: string;
  text: string;
}

export const STARTER_KINDS: readonly StarterKind[] = ['scope', 'policy', 'objectives'];

/** One line of Markdown body text from the organisation's name: no line break, no markup at its start. */
const bodyLine = (s: string): string => s.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

const DRAFT_NOTE = [
  'status: draft                    # draft | in-review | approved | retired',
  '# Nothing is approved yet. When it is: status: approved, approver, approved: YYYY-MM-DD, and a version.',
  '# owner: who maintains it (7.5.2 a)',
];

function scopeDocument(org: string): string {
  return [
    '---',
    '# The scope of the ISMS (ISO/IEC 27001:2022 4.3), a draft written by "ISMS: Initialise ISMS workspace".',
    'isms: document',
    'id: DOC-SCOPE',
    'title: Scope of the ISMS',
    'type: other',
    'version: "0.1"',
    ...DRAFT_NOTE,
    'classification: internal',
    'satisfies: ["4.3"]',
    '---',
    `# Scope of the ISMS — ${bodyLine(org)}`,
    '',
    'Draft: not yet written, not approved.',
    '',
    '## Boundaries and applicability',
    '',
    '<!-- 4.3: the organisational units, locations, services and assets the ISMS covers, and what it does not cover. -->',
    '',
    '## External and internal issues',
    '',
    '<!-- 4.3 a: the issues of 4.1 that bear on the scope. -->',
    '',
    '## Requirements of interested parties',
    '',
    '<!-- 4.3 b: the requirements of 4.2 (customers, regulators, contracts). -->',
    '',
    '## Interfaces and dependencies',
    '',
    '<!-- 4.3 c: between what the organisation does and what others (suppliers, a parent company) do. -->',
    '',
  ].join('\n');
}

function policyDocument(org: string): string {
  return [
    '---',
    '# The information security policy (ISO/IEC 27001:2022 5.2, Annex A 5.1), a draft written by',
    '# "ISMS: Initialise ISMS workspace". Top management approves it: the approver is one of',
    '# `top-management` in isms.yaml.',
    'isms: document',
    'id: POL-001',
    'title: Information Security Policy',
    'type: policy',
    'version: "0.1"',
    ...DRAFT_NOTE,
    'classification: internal',
    'audience: [everyone]',
    'satisfies: ["5.2"]',
    'implements: [A.5.1]',
    '---',
    `# Information Security Policy — ${bodyLine(org)}`,
    '',
    'Draft: not yet written, not approved by top management.',
    '',
    '## Purpose',
    '',
    '<!-- 5.2 a: appropriate to the purpose of the organisation. -->',
    '',
    '## Information security objectives',
    '',
    '<!-- 5.2 b: the objectives, or the framework for setting them; they are kept in registers/objectives.yaml (6.2). -->',
    '',
    '## Commitment to satisfy applicable requirements',
    '',
    '<!-- 5.2 c: legal, regulatory and contractual requirements related to information security. -->',
    '',
    '## Commitment to continual improvement',
    '',
    '<!-- 5.2 d: of the information security management system. -->',
    '',
    '## Communication and review',
    '',
    '<!-- 5.2 e-g: available as documented information, communicated within the organisation, available to',
    '     interested parties as appropriate; A.5.1: reviewed at planned intervals and after significant changes. -->',
    '',
  ].join('\n');
}

const OBJECTIVES_REGISTER = [
  '# Information security objectives (ISO/IEC 27001:2022 6.2), following from the information security',
  '# policy (policies/information-security-policy.md). None is set yet: top management sets them. Add one',
  '# entry per objective under `records:` (the fields: docs/format.md#objective), for example',
  '#',
  '#   - id: OBJ-1',
  '#     title: …',
  '#     objective: what is to be achieved',
  '#     policy: POL-001',
  '#     measure: what is measured, and how',
  '#     target: 0                 # a number',
  '#     direction: at-least       # at-least | at-most',
  '#     unit: "%"',
  '#     owner: who is responsible',
  '#     plan: what will be done',
  '#     resources: what it needs',
  '#     due: YYYY-MM-DD',
  '#     cadence-months: 3',
  '#     results: []               # add { date, value } as results are measured, never ahead',
  'isms: objectives',
  'records:',
  '',
].join('\n');

/** The starter documents of a new ISMS, in the order the command offers them. */
export function starterDocuments(organisation: string): StarterDocument[] {
  return [
    { kind: 'scope', label: 'Scope of the ISMS', clause: '4.3', path: 'documents/isms-scope.md', text: scopeDocument(organisation) },
    {
      kind: 'policy',
      label: 'Information security policy',
      clause: '5.2',
      path: 'policies/information-security-policy.md',
      text: policyDocument(organisation),
    },
    { kind: 'objectives', label: 'Objectives register', clause: '6.2', path: 'registers/objectives.yaml', text: OBJECTIVES_REGISTER },
  ];
}

/** The starters a command argument asks for: `true` or `"all"` for every one, else a list of kinds; none by default. */
export function requestedStarters(value: unknown): StarterKind[] {
  if (value === true || value === 'all') return [...STARTER_KINDS];
  if (!Array.isArray(value)) return [];
  return STARTER_KINDS.filter((k) => value.includes(k));
}

/** The folders of a new ISMS (docs/format.md's usual layout), relative to the root; `audits/YYYY` is added for the year. */
export const ISMS_FOLDERS: readonly string[] = ['audits', 'reviews', 'registers', 'policies', 'documents', 'external'];

export const ismsFolders = (today: string): string[] => [...ISMS_FOLDERS, `audits/${today.slice(0, 4)}`];

/** A file the command writes, relative to the ISMS root. */
export interface PlannedRecord {
  path: string;
  text: string;
}

/** The first internal audit: the 15th of next month, so that it is ahead of today whatever today is. */
export const firstAuditDate = (today: string): string => `${plusMonthKey(monthOf(today), 1)}-15`;

/**
 * The first management review: a month after the first audit, so that its results are an input
 * (9.3.2 d 3); before a certification audit still ahead (the certification body reviews it), though
 * never sooner than a week from today.
 */
export function firstReviewDate(setup: IsmsSetup, today: string): string {
  const after = plusMonths(firstAuditDate(today), 1);
  const cert = setup.certification;
  if (!cert || cert <= today || after < cert) return after;
  const before = plusDays(cert, -7);
  const soonest = plusDays(today, 7);
  return before > soonest ? before : soonest;
}

/** The first internal audit of the programme (9.2): planned, nothing performed, no auditor named yet. */
export function firstPlannedAudit(today: string): PlannedRecord {
  const planned = firstAuditDate(today);
  const id = `IA-${monthOf(planned)}`;
  const text = [
    '---',
    '# The first internal audit of the programme (ISO/IEC 27001:2022 9.2), planned by "ISMS: Initialise ISMS workspace".',
    '# Once it has been carried out: performed: YYYY-MM-DD, status: done, the auditor, and the findings',
    '# (findings: [] when there are none).',
    'isms: internal-audit',
    `id: ${id}`,
    'title: ISMS clauses 4 to 10',
    `planned: ${planned}`,
    'status: planned',
    'scope: ["4", "5", "6", "7", "8", "9", "10"]',
    '# auditor: who audits, objective and impartial (9.2.2 b); not decided yet',
    '---',
    `# Internal audit ${id}: ISMS clauses 4 to 10`,
    '',
    'Planned, not yet carried out.',
    '',
  ].join('\n');
  return { path: `audits/${planned.slice(0, 4)}/${id}.md`, text };
}

/** The first management review (9.3): planned, with every 9.3.2 input as a heading to fill in once held. */
export function firstPlannedReview(setup: IsmsSetup, today: string): PlannedRecord {
  const date = firstReviewDate(setup, today);
  const id = `MR-${date.slice(0, 4)}-01`;
  const title = `Management review ${date}`;
  const text = [
    '---',
    '# The first management review (ISO/IEC 27001:2022 9.3), planned by "ISMS: Initialise ISMS workspace".',
    'isms: management-review',
    `id: ${id}`,
    `title: ${title}`,
    `date: ${date}`,
    'status: planned',
    '---',
    managementReviewBody(title, ['iso27001']),
  ].join('\n');
  return { path: `reviews/${id}.md`, text };
}
