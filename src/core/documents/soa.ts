/**
 * The Statement of Applicability as a whole (ISO/IEC 27001:2022 6.1.3 c–d, and ISO/IEC 27701 5.4.1.3 when
 * listed): which controls of each listed standard it names and which it lacks, which entries lack a
 * justification or an implementation status, which documents implement each control, and the SoA's own
 * version and approval (7.5.2, 7.5.3). One computation for the rules ISMS921–ISMS926 and any view.
 */
import type { CatalogueEntry, StandardCatalogue } from '../model/catalogue';
import { canonicalId, lookupEntry } from '../model/catalogues';
import type { IsmsConfig } from '../model/config';
import { date, ids, text } from '../model/fields';
import { listedCatalogues } from '../model/standards';
import { ownEntry } from '../model/nameTable';
import type { IsmsRecord, Location, RecordKind, RegisterHeader } from '../model/types';
import { documentStatus } from './register';

/** What the SoA is computed from: the records, the configuration and the register files' own fields. */
export interface SoaSource {
  readonly config: IsmsConfig;
  records(kind: RecordKind): readonly IsmsRecord[];
  registers?(kind: RecordKind): readonly RegisterHeader[];
}

export interface SoaEntry {
  record: IsmsRecord;
  /** the control as the catalogues spell it (`A.5.15`, `iso27701:A.7.2.8`) */
  control: string;
  /** the catalogue key of its standard (`iso27001:2022`); absent for an id no catalogue knows */
  standard?: string;
  /** `applicable:` when it is a boolean (anything else is ISMS006's) */
  applicable?: boolean;
  justified: boolean;
  /** `implementation:` as written, lower case */
  implementation?: string;
  /** ids of the documents in force that implement it: the entry's `documents:` and documents' `implements:` */
  documents: string[];
  /** for a control listed again: the entry that listed it first */
  duplicateOf?: IsmsRecord;
}

export interface SoaStandardStatus {
  /** the catalogue key, e.g. `iso27001:2022` */
  standard: string;
  name: string;
  /** the controls the SoA must name: every control of the standard (Annex A; for ISO/IEC 27701 Annexes A and B) */
  expected: number;
  /** of those, how many it names */
  present: number;
  /** the expected controls it does not name, in catalogue order */
  missing: string[];
  applicable: number;
  notApplicable: number;
  /** applicable and `implementation: implemented` */
  implemented: number;
  /** controls of the standard whose entry has no justification */
  withoutJustification: string[];
  /** applicable controls of the standard without an implementation status */
  withoutImplementation: string[];
  /** applicable, implemented controls no document in force implements */
  withoutDocument: string[];
  /** controls of the standard that name or are named by a document in force: 0 when the folder links none of them */
  withDocument: number;
}

/** The SoA's own version and approval, from the first register file that writes any of them. */
export interface SoaApproval {
  header?: RegisterHeader;
  version?: string;
  /** `status:` as written, lower case (`in review` reads as `in-review`) */
  status?: string;
  approved?: string;
  /** `approved:` is written but is not a date YYYY-MM-DD */
  approvedInvalid: boolean;
  approver?: string;
}

export interface SoaStatus {
  /** whether there is an SoA at all: an `soa` record or an `isms: soa` register */
  present: boolean;
  /** where a diagnostic about the SoA as a whole belongs: the first register's `isms:` line, else the first entry */
  location?: Location;
  /** every entry, in file order */
  entries: SoaEntry[];
  /** the first entry of each control, by its catalogue spelling */
  byControl: ReadonlyMap<string, SoaEntry>;
  standards: SoaStandardStatus[];
  approval: SoaApproval;
  /** whether the folder links documents to controls at all: a document in force with `implements:`, or an entry with `documents:` */
  linksDocuments: boolean;
}

/** The controls a complete SoA names for a standard: its controls, without the headings that only group them. */
export function expectedControls(standard: StandardCatalogue): readonly CatalogueEntry[] {
  return standard.entries.filter((e) => e.kind === 'control' && e.auditable !== false);
}

/** The listed standards that have controls for an SoA (ISO/IEC 27001, ISO/IEC 27701); laws and ISO 22301 have none. */
export function soaStandards(config: IsmsConfig): StandardCatalogue[] {
  return listedCatalogues(config.standards).filter((c) => expectedControls(c).length > 0);
}

/** Documents in force (not retired) by id, and the controls their `implements:` names. */
function documentsInForce(source: SoaSource): { byId: Set<string>; implementing: Map<string, string[]> } {
  const byId = new Set<string>();
  const implementing = new Map<string, string[]>();
  for (const doc of source.records('document')) {
    if (doc.id === undefined || documentStatus(doc) === 'retired') continue;
    byId.add(doc.id);
    for (const id of ids(doc, 'implements')) {
      const control = canonicalId(id);
      const list = implementing.get(control) ?? [];
      if (!list.includes(doc.id)) list.push(doc.id);
      implementing.set(control, list);
    }
  }
  return { byId, implementing };
}

function toEntry(record: IsmsRecord, docs: ReturnType<typeof documentsInForce>): SoaEntry {
  const raw = ids(record, 'control')[0] ?? '';
  const hit = raw === '' ? undefined : lookupEntry(raw);
  const control = hit?.entry.id ?? canonicalId(raw);
  const applicable = ownEntry(record.data, 'applicable');
  const own = ids(record, 'documents').filter((id) => docs.byId.has(id));
  return {
    record,
    control,
    ...(hit ? { standard: hit.standard.key } : {}),
    ...(typeof applicable === 'boolean' ? { applicable } : {}),
    justified: text(record, 'justification') !== undefined,
    ...(text(record, 'implementation') !== undefined ? { implementation: text(record, 'implementation')!.trim().toLowerCase() } : {}),
    documents: [...new Set([...own, ...(docs.implementing.get(control) ?? [])])],
  };
}

function approvalOf(headers: readonly RegisterHeader[]): SoaApproval {
  const keys = ['version', 'status', 'approved', 'approver'];
  const header = headers.find((h) => keys.some((k) => ownEntry(h.data, k) !== undefined)) ?? headers[0];
  if (!header) return { approvedInvalid: false };
  const approved = date(header, 'approved');
  const written = ownEntry(header.data, 'approved');
  return {
    header,
    ...(text(header, 'version') !== undefined ? { version: text(header, 'version') } : {}),
    ...(documentStatus(header) !== undefined ? { status: documentStatus(header) } : {}),
    ...(approved ? { approved } : {}),
    approvedInvalid: !approved && written !== undefined && written !== null && String(written).trim() !== '',
    ...(text(header, 'approver') !== undefined ? { approver: text(header, 'approver') } : {}),
  };
}

function standardStatus(standard: StandardCatalogue, byControl: ReadonlyMap<string, SoaEntry>): SoaStandardStatus {
  const status: SoaStandardStatus = {
    standard: standard.key,
    name: standard.name,
    expected: 0,
    present: 0,
    missing: [],
    applicable: 0,
    notApplicable: 0,
    implemented: 0,
    withoutJustification: [],
    withoutImplementation: [],
    withoutDocument: [],
    withDocument: 0,
  };
  for (const control of expectedControls(standard)) {
    status.expected++;
    const entry = byControl.get(control.id);
    if (!entry) {
      status.missing.push(control.id);
      continue;
    }
    status.present++;
    if (entry.documents.length > 0) status.withDocument++;
    if (!entry.justified) status.withoutJustification.push(control.id);
    if (entry.applicable === false) status.notApplicable++;
    if (entry.applicable !== true) continue;
    status.applicable++;
    if (entry.implementation === undefined) status.withoutImplementation.push(control.id);
    if (entry.implementation !== 'implemented') continue;
    status.implemented++;
    if (entry.documents.length === 0) status.withoutDocument.push(control.id);
  }
  return status;
}

/** The Statement of Applicability of a folder, per listed standard; pure, computed from `source` alone. */
export function soaStatus(source: SoaSource): SoaStatus {
  const records = source.records('soa');
  const headers = source.registers?.('soa') ?? [];
  const docs = documentsInForce(source);
  const entries = records.map((r) => toEntry(r, docs));
  const byControl = new Map<string, SoaEntry>();
  for (const entry of entries) {
    if (entry.control === '') continue;
    const first = byControl.get(entry.control);
    if (first) entry.duplicateOf = first.record;
    else byControl.set(entry.control, entry);
  }
  const at = headers[0] ?? records[0];
  return {
    present: records.length > 0 || headers.length > 0,
    ...(at ? { location: { file: at.file, range: at.anchor } } : {}),
    entries,
    byControl,
    standards: soaStandards(source.config).map((s) => standardStatus(s, byControl)),
    approval: approvalOf(headers),
    linksDocuments: docs.implementing.size > 0 || entries.some((e) => ids(e.record, 'documents').length > 0),
  };
}

/** Ids listed compactly: runs of neighbours in the catalogue (same parent) as `A.8.1–A.8.4`, at most `max` items. */
export function compactIds(list: readonly string[], max = 40): string {
  const parent = (id: string): string => id.slice(0, id.lastIndexOf('.'));
  const position = (id: string): number => {
    const hit = lookupEntry(id);
    return hit ? hit.standard.entries.indexOf(hit.entry) : -1;
  };
  const runs: string[][] = [];
  let previous = -2;
  for (const id of list) {
    const at = position(id);
    const run = runs[runs.length - 1];
    if (run && at >= 0 && at === previous + 1 && parent(run[0]) === parent(id)) run.push(id);
    else runs.push([id]);
    previous = at;
  }
  // the end of a run without its standard's prefix: `iso27701:A.7.2.1–A.7.2.8`
  const end = (id: string): string => id.slice(id.indexOf(':') + 1);
  const shown = runs.map((r) => (r.length > 2 ? `${r[0]}–${end(r[r.length - 1])}` : r.join(', ')));
  return shown.length <= max ? shown.join(', ') : `${shown.slice(0, max).join(', ')} and ${shown.length - max} more`;
}
