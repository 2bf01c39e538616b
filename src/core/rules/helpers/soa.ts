/** The SoA status once per check: the six SoA rules read the same computation (src/core/documents/soa.ts). */
import { soaStatus, type SoaStatus } from '../../documents/soa';
import type { RuleContext } from '../rule';

// a context lives for one check(), so a status cached on it cannot outlive the records it was computed from
const CACHE = new WeakMap<RuleContext, SoaStatus>();

export function soaOf(ctx: RuleContext): SoaStatus {
  let status = CACHE.get(ctx);
  if (!status) {
    status = soaStatus(ctx);
    CACHE.set(ctx, status);
  }
  return status;
}
