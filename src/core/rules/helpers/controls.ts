/** The evidence and activities of the ISMS once per check: the rules ISMS961–ISMS966 read the same computation. */
import { ismsControlOperations, type ControlOperations } from '../../controls/operation';
import type { RuleContext } from '../rule';

// a context lives for one check(), so a result cached on it cannot outlive the records it was computed from
const CACHE = new WeakMap<RuleContext, ControlOperations>();

/** controlOperations on the check's day, with `evidence.warn-days` from isms.yaml. */
export function operationsOf(ctx: RuleContext): ControlOperations {
  let ops = CACHE.get(ctx);
  if (!ops) {
    ops = ismsControlOperations(ctx, ctx.today);
    CACHE.set(ctx, ops);
  }
  return ops;
}
