/**
 * The documented information the standards ask for (ISO/IEC 27001:2022, and ISO 22301 and ISO/IEC 27701
 * when `isms.yaml` lists them), and what in the folder satisfies each item: a document whose `satisfies:`
 * cites the clause, records of the right kind, or `scope:` of `isms.yaml`. The list itself is data
 * (src/core/model/mandatory.ts); ISMS931, `isms report documents` and the tree all read this function.
 */
import type { CycleSource } from '../cycle/cycle';
import { canonicalId, catalogueFor } from '../model/catalogues';
import { parseClauseCitation } from '../model/citations';
import { ids, text } from '../model/fields';
import { MANDATORY_REQUIREMENTS, citationPrefix, requirementCitation, requirementId, type MandatoryRequirement } from '../model/mandatory';
import { KeyedMemo, Memo } from '../model/memo';
import { listsStandard } from '../model/standards';
import type { FileKey, IsmsRecord, Range, RecordKind } from '../model/types';

export interface MandatoryEvidenceRef {
  /** `config` for `scope:` of `isms.yaml` */
  kind: RecordKind | 'config';
  id?: string;
  file: FileKey;
  range: Range;
  /** the record's title, when it has one */
  title?: string;
}

export type MandatoryStatus = 'satisfied' | 'missing' | 'not-applicable';

export interface MandatoryItem {
  /** the standard key of `isms.yaml` `standards:`, e.g. `iso27001:2022` */
  standard: string;
  /** the clause that requires it, e.g. `6.1.3 d` */
  clause: string;
  /** what is required, e.g. "Statement of Applicability" */
  title: string;
  /** the documents or records that satisfy it; empty when missing */
  satisfiedBy: readonly MandatoryEvidenceRef[];
  /** the standard's name, e.g. `ISO/IEC 27001:2022` */
  standardName: string;
  /** the catalogue id of the clause as records write it: `6.1.3`, `iso22301:8.4`, `iso27701:A.7.2.8` */
  reference: string;
  /** `satisfied` when something satisfies it; `not-applicable` when its condition does not hold; else `missing` */
  status: MandatoryStatus;
  /** why it is not applicable */
  notApplicableBecause?: string;
  /** how it can be satisfied, in words: the document citation and the records that count */
  how: string;
}

/**
 * Whether a `satisfies:` value cites the requirement. Lenient about spelling (`6.1.3 d`, `6.1.3(d)`,
 * `ISO 27001 6.1.3 d`, a subclause of the clause). A letter picks the item of that letter where a clause
 * has several items (6.1.3, 6.1.3 d, 6.1.3 e); the bare number then names the clause's own item. Where a
 * clause has one item (5.2 e, 10.2 f–g), its number names it with or without a letter.
 */
export function citesRequirement(
  value: string | number,
  req: MandatoryRequirement,
  all: readonly MandatoryRequirement[] = MANDATORY_REQUIREMENTS,
): boolean {
  const c = parseClauseCitation(value);
  if (!c) return canonicalId(value) === requirementId(req); // an Annex control: the control id itself
  if (c.prefix !== citationPrefix(req.standard)) return false;
  if (c.clause !== req.clause && !c.clause.startsWith(`${req.clause}.`)) return false;
  const same = all.filter((s) => s.standard === req.standard && s.clause === req.clause);
  if (same.length <= 1) return true;
  if (c.letters.length === 0) return req.letters.length === 0;
  return req.letters.some((l) => c.letters.includes(l));
}

const ref = (r: IsmsRecord): MandatoryEvidenceRef => ({
  kind: r.kind,
  ...(r.id ? { id: r.id } : {}),
  file: r.file,
  range: r.anchor,
  ...(text(r, 'title') ? { title: text(r, 'title') } : {}),
});

function documentsCiting(source: CycleSource, req: MandatoryRequirement): IsmsRecord[] {
  return source
    .records('document')
    .filter(
      (d) =>
        text(d, 'status')?.toLowerCase() !== 'retired' &&
        [...ids(d, 'satisfies'), ...(req.control ? ids(d, 'implements') : [])].some((v) => citesRequirement(v, req)),
    );
}

/** What satisfies an item; with `first`, only the first thing found (enough to know the item is not missing). */
function evidence(source: CycleSource, req: MandatoryRequirement, today: string, first = false): MandatoryEvidenceRef[] {
  const found: MandatoryEvidenceRef[] = documentsCiting(source, req).map(ref);
  const scope = source.config.scope?.trim();
  if (req.configScope && scope) found.push({ kind: 'config', file: source.config.file, range: source.config.anchor, title: 'scope:' });
  for (const e of req.records) {
    for (const r of source.records(e.kind)) {
      if (first && found.length > 0) return found;
      if (!e.counts || e.counts(r, today)) found.push(ref(r));
    }
  }
  return found;
}

const NONCONFORMITY = new Set(['major-nc', 'minor-nc']);

/** Why a conditional item does not apply here, or undefined when it does. */
function notApplicable(source: CycleSource, req: MandatoryRequirement): string | undefined {
  if (req.control) {
    const control = canonicalId(req.control);
    const applicable = source.records('soa').some((s) => canonicalId(text(s, 'control') ?? '') === control && s.data.applicable === true);
    if (!applicable) return `the Statement of Applicability does not mark ${req.control} applicable`;
  }
  if (req.whenNonconformities) {
    const any =
      source.records('corrective-action').length > 0 ||
      source.records('finding').some((f) => NONCONFORMITY.has(text(f, 'type')?.toLowerCase() ?? ''));
    if (!any) return 'no nonconformity has been recorded';
  }
  return undefined;
}

/** How an item can be satisfied, in words (the report and the diagnostic). */
export function howToSatisfy(req: MandatoryRequirement): string {
  const cite = `a document with ‘satisfies: ["${citationPrefix(req.standard)}${requirementCitation(req)}"]’`;
  const ways = [cite, ...(req.configScope ? ['‘scope:’ in isms.yaml'] : []), ...req.records.map((e) => e.what)];
  return ways.length === 1 ? ways[0] : `${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]}`;
}

/** Items read for the rule (`firstEvidence`), per requirement, kept while what they are read from is the same objects. */
const FIRST = new KeyedMemo<MandatoryRequirement, MandatoryItem>();
/** The requirements of the listed standards, while `standards:` is the same object. */
const LISTED = new Memo<readonly MandatoryRequirement[]>();

/**
 * Every mandatory item of the listed standards, in clause order, with what satisfies it. `firstEvidence`:
 * `satisfiedBy` holds only the first thing found — the rule only asks which items are missing, and
 * listing every corrective action on each edit of a register was most of that edit's time (issue 20.3).
 */
export function mandatoryDocuments(source: CycleSource, today: string, firstEvidence = false): MandatoryItem[] {
  const listed = LISTED.get([source.config.standards], () =>
    MANDATORY_REQUIREMENTS.filter((r) => listsStandard(source.config.standards, r.standard)),
  );
  // the rule re-runs on every edit of a kind any item reads: an item whose kinds are the same lists as last time stands
  return listed.map((req) =>
    firstEvidence
      ? FIRST.get(req, inputsOf(source, req, today), () => mandatoryItem(source, req, today, true))
      : mandatoryItem(source, req, today),
  );
}

/** What an item is read from: the configuration, the day, and the record lists of the kinds it looks at. */
function inputsOf(source: CycleSource, req: MandatoryRequirement, today: string): unknown[] {
  const kinds: RecordKind[] = ['document', ...req.records.map((e) => e.kind)];
  if (req.control) kinds.push('soa');
  if (req.whenNonconformities) kinds.push('corrective-action', 'finding');
  return [source.config, today, ...kinds.map((k) => source.records(k))];
}

function mandatoryItem(source: CycleSource, req: MandatoryRequirement, today: string, firstEvidence = false): MandatoryItem {
  const satisfiedBy = evidence(source, req, today, firstEvidence);
  const because = satisfiedBy.length === 0 ? notApplicable(source, req) : undefined;
  return {
    standard: req.standard,
    clause: requirementCitation(req),
    title: req.title,
    satisfiedBy,
    standardName: catalogueFor(req.standard)?.name ?? req.standard,
    reference: requirementId(req),
    status: satisfiedBy.length > 0 ? 'satisfied' : because ? 'not-applicable' : 'missing',
    ...(because ? { notApplicableBecause: because } : {}),
    how: howToSatisfy(req),
  };
}
