/**
 * "ISMS: New document": the templates, as data — per document type its id prefix, usual folder and the
 * headings of its body. Headings only: a new document claims nothing (no statement, no approval) until
 * its owner writes it. Pure (no `vscode`), so unit tests read it.
 */

/** The document types of docs/format.md (`DOCUMENT_TYPES` of src/core/model/kinds.ts; a test keeps them in step). */
export const NEW_DOCUMENT_TYPES = ['policy', 'procedure', 'plan', 'standard', 'guideline', 'template', 'record', 'other'] as const;
export type NewDocumentType = (typeof NEW_DOCUMENT_TYPES)[number];

export interface DocumentTemplate {
  /** what the type is for, in the picker */
  detail: string;
  /** the id prefix: POL-001, PRO-001, … */
  prefix: string;
  /** the folder a new one goes to when the ISMS has no document of the type yet */
  folder: string;
  /** the `##` headings of the body */
  headings: readonly string[];
}

export const DOCUMENT_TEMPLATES: Readonly<Record<NewDocumentType, DocumentTemplate>> = {
  policy: {
    detail: 'What management requires and why (5.2, A.5.1)',
    prefix: 'POL',
    folder: 'policies',
    headings: ['Purpose', 'Scope', 'Policy statements', 'Roles and responsibilities', 'Compliance and exceptions', 'Related documents'],
  },
  procedure: {
    detail: 'How a task is done, step by step (A.5.37)',
    prefix: 'PRO',
    folder: 'procedures',
    headings: ['Purpose', 'Scope', 'Roles', 'Steps', 'Records kept', 'Related documents'],
  },
  plan: {
    detail: 'What will be done, by whom and when (6.2, 6.1.3 e, A.5.29)',
    prefix: 'PLN',
    folder: 'plans',
    headings: ['Purpose', 'Scope', 'Objectives', 'Actions and responsibilities', 'Resources', 'Timeline', 'How results are evaluated'],
  },
  standard: {
    detail: 'Specific, measurable requirements a policy relies on',
    prefix: 'STD',
    folder: 'policies',
    headings: ['Purpose', 'Scope', 'Requirements', 'Verification', 'Exceptions', 'Related documents'],
  },
  guideline: {
    detail: 'Recommended practice, advice rather than requirement',
    prefix: 'GDL',
    folder: 'guidelines',
    headings: ['Purpose', 'Scope', 'Guidance', 'Related documents'],
  },
  template: { detail: 'A form to fill in', prefix: 'TPL', folder: 'templates', headings: ['Purpose', 'How to use it', 'Template'] },
  record: { detail: 'Documented information kept as evidence', prefix: 'REC', folder: 'records', headings: ['Purpose', 'Content'] },
  other: { detail: 'Any other documented information (7.5.1 b)', prefix: 'DOC', folder: 'documents', headings: ['Purpose', 'Content'] },
};

/** `POL-003`: one more than the highest `<prefix>-<number>` in use (three digits at least). */
export function suggestDocumentId(prefix: string, existing: Iterable<string>): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let max = 0;
  for (const id of existing) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}-${String(max + 1).padStart(3, '0')}`;
}

export interface NewDocument {
  type: NewDocumentType;
  id: string;
  title: string;
  owner?: string;
}

/**
 * The front matter of a new document: a draft at version 0.1, no approver and no approval date (nothing
 * is approved yet), and no `review-months` (the interval of isms.yaml applies until the owner sets one).
 */
export function newDocumentRecord(d: NewDocument): Record<string, unknown> {
  return {
    id: d.id,
    title: d.title,
    type: d.type,
    ...(d.owner ? { owner: d.owner } : {}),
    version: '0.1',
    status: 'draft',
    classification: 'internal',
  };
}

/** The body: the title and the type's headings, nothing else. */
export function newDocumentBody(d: NewDocument): string {
  const title = d.title.replace(/[\r\n]+/g, ' ').trim();
  return [`# ${title}`, ...DOCUMENT_TEMPLATES[d.type].headings.map((h) => `\n## ${h}`)].join('\n') + '\n';
}

/** `access-control-policy`: the title as a file name stem (the server makes it safe and unique). */
export function documentFileStem(title: string, id: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || id;
}
