/** What the risk rules (ISMS941–943) share: which risks are still to be managed, and residual scores. */
import { enumValue } from '../../model/fields';
import { ownEntry } from '../../model/nameTable';
import type { IsmsRecord } from '../../model/types';

/**
 * A risk still to be managed: not closed. An unreadable `status:` (ISMS006 reports it) may be a closed
 * risk written another way, so the risk rules conclude nothing from it.
 */
export function riskInForce(risk: IsmsRecord): boolean {
  const status = enumValue(risk, 'status');
  if (status.state === 'unreadable') return false;
  return status.state === 'absent' || status.value !== 'closed';
}

const score = (risk: IsmsRecord, key: string): number | undefined => {
  const v = ownEntry(risk.data, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

export interface ResidualScore {
  score: number;
  /** the field it is read from, for the report's range */
  field: string;
  /** how it was found, for the message */
  how: string;
}

/**
 * The residual risk score: `residual:`, else `residual-likelihood` × `residual-impact`, else — for a risk
 * retained without treatment — its likelihood × impact (nothing was done to lower it). Undefined when the
 * record does not say.
 */
export function residualScore(risk: IsmsRecord): ResidualScore | undefined {
  const residual = score(risk, 'residual');
  if (residual !== undefined) return { score: residual, field: 'residual', how: `residual score ${residual}` };
  const rl = score(risk, 'residual-likelihood');
  const ri = score(risk, 'residual-impact');
  if (rl !== undefined && ri !== undefined) {
    return { score: rl * ri, field: 'residual-likelihood', how: `residual score ${rl * ri} (likelihood ${rl} × impact ${ri})` };
  }
  const treatment = enumValue(risk, 'treatment');
  const l = score(risk, 'likelihood');
  const i = score(risk, 'impact');
  if (treatment.state === 'known' && treatment.value === 'retain' && l !== undefined && i !== undefined) {
    return { score: l * i, field: 'treatment', how: `score ${l * i} (likelihood ${l} × impact ${i}, retained untreated)` };
  }
  return undefined;
}
