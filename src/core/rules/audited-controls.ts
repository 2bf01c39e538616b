/** Which clauses and controls performed internal audits covered within a period. */
import { lookupEntry } from '../model/catalogues';
import { auditState } from '../cycle/state';
import { date, ids } from '../model/fields';
import type { IsmsRecord } from '../model/types';

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
