/** The SoA status once per check: the six SoA rules read the same computation (src/core/documents/soa.ts). */
import { soaStatus, type SoaStatus } from '../../documents/soa';
import { Memo } from '../../model/memo';
import type { RuleContext } from '../rule';

// a context lives for one check(), so a status cached on it cannot outlive the records it was computed from
const CACHE = new WeakMap<RuleContext, SoaStatus>();
// across checks: the status reads the configuration, the SoA's records and register headers, and the documents
const ACROSS = new Memo<SoaStatus>();

export function soaOf(ctx: RuleContext): SoaStatus {
  let status = CACHE.get(ctx);
  if (!status) {
    const inputs = [ctx.config, ctx.records('soa'), ctx.registers?.('soa'), ctx.records('document')];
    status = ACROSS.get(inputs, () => soaStatus(ctx));
    CACHE.set(ctx, status);
  }
  return status;
}
