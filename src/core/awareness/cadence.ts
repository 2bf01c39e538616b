/**
 * How the awareness cadence reads in the views (the tree and `isms report awareness`; the extension bundles
 * this file, so it imports nothing): "met" only with some activity behind it — a programme with none yet
 * and no gap reported (not started) has met nothing (issue 15.6).
 */
export function cadenceVerdict(o: { cadenceMet: boolean; lastActivity?: unknown }): 'met' | 'not met' | 'no activity yet' {
  if (!o.cadenceMet) return 'not met';
  return o.lastActivity ? 'met' : 'no activity yet';
}
