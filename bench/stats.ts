/** Small statistics for noisy timings: medians and nearest-rank percentiles. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export interface Distribution {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** p50/p95/max in milliseconds, rounded to 0.01 ms. */
export function distribution(samples: readonly number[]): Distribution {
  const r = (x: number): number => Math.round(x * 100) / 100;
  if (samples.length === 0) return { n: 0, p50: NaN, p95: NaN, max: NaN };
  return { n: samples.length, p50: r(percentile(samples, 50)), p95: r(percentile(samples, 95)), max: r(Math.max(...samples)) };
}
