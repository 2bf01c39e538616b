/** The certificate's scope in clauses and controls, and which of them performed internal audits covered. */
import { annexAControls, auditableEntries, lookupEntry } from '../model/catalogues';
import { auditState } from './state';
import { date, ids, text } from '../model/fields';
import type { IsmsRecord, RecordKind } from '../model/types';

/** Canonical ids (as the catalogue writes them) audited by done audits performed in [from, to]. */
export function auditedControls(audits: readonly IsmsRecord[], from: string, to: string, today: string): Map<string, IsmsRecord> {
  const audited = new Map<string, IsmsRecord>();
  for (const audit of audits) {
    if (auditState(audit, today) !== 'done') continue;
    const performed = date(audit, 'performed') ?? date(audit, 'planned');
    if (!performed || performed < from || performed > to) continue;
    for (const id of ids(audit, 'scope')) {
      const entry = lookupEntry(id)?.entry;
      if (!entry) continue;
      audited.set(entry.id, audit);
      // auditing a clause covers its subclauses (9.2 covers 9.2.1 and 9.2.2)
      if (!entry.id.startsWith('A.')) audited.set(`${entry.id}.*`, audit);
    }
  }
  return audited;
}

export function isAudited(id: string, audited: ReadonlyMap<string, unknown>): boolean {
  if (audited.has(id)) return true;
  if (id.startsWith('A.')) return false;
  const parts = id.split('.');
  for (let n = parts.length - 1; n >= 1; n--) if (audited.has(`${parts.slice(0, n).join('.')}.*`)) return true;
  return false;
}

/**
 * What a certification audit programme must cover: the requirement clauses of ISO 27001 and the
 * Annex A controls — the applicable ones when a Statement of Applicability exists (6.1.3 d), else all.
 * `soaEntry` gives the SoA record of a control, where diagnostics about it belong.
 */
export function certificationScope(ws: { records(kind: RecordKind): readonly IsmsRecord[] }): { ids: string[]; soaEntry: ReadonlyMap<string, IsmsRecord> } {
  const soa = ws.records('soa');
  const applicable = new Map<string, IsmsRecord>();
  for (const s of soa) {
    const control = text(s, 'control');
    const id = control && lookupEntry(control)?.entry.id;
    if (s.data.applicable === true && id) applicable.set(id, s);
  }
  const clauses = auditableEntries(['iso27001:2022']).filter((e) => e.kind === 'clause').map((e) => e.id);
  const controls = soa.length > 0 ? [...applicable.keys()] : annexAControls().map((c) => c.id);
  return { ids: [...clauses, ...controls], soaEntry: applicable };
}
