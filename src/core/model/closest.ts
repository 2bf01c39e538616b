/**
 * How far apart two names are, for "did you mean": the optimal string alignment distance (Levenshtein with
 * the swap of two neighbouring letters counted as one edit, `onwer` → `owner`). A dozen lines of our own
 * rather than a dependency: the plain Levenshtein of the libraries counts a swap as two edits.
 */

/** Edits (insert, delete, replace, swap of neighbours) from `a` to `b`; stops early once above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length];
}

/** The candidates within `max` edits of `word`, closest first (then in their given order). */
export function closestNames(word: string, candidates: readonly string[], max: number): string[] {
  return candidates
    .map((name, i) => ({ name, i, d: editDistance(word, name, max) }))
    .filter((c) => c.d <= max)
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((c) => c.name);
}

/** Every candidate, closest to `word` first (ties in their given order): for "use one of …" lists. */
export function byCloseness(word: string, candidates: readonly string[]): string[] {
  return candidates
    .map((name, i) => ({ name, i, d: editDistance(word, name) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((c) => c.name);
}

/** How many edits still count as close for a word of this length: 1 up to 4 letters, 2 up to 8, else 3. */
export const closeEnough = (word: string): number => (word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3);

const sharedStart = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * The quick fixes' "closest first, at most `limit`": the candidates within closeEnough edits of `word`
 * (in any case), closest first; ties go to the one sharing the longer start (A.5.38 → A.5.3x before
 * A.5.28), then to the nearer character where they part (A.5.37 before A.5.31), then to their given
 * order. Empty when nothing is close.
 */
export function nearest(word: string, candidates: readonly string[], limit = 3): string[] {
  const w = word.trim().toLowerCase();
  const max = closeEnough(w);
  return candidates
    .map((name, i) => {
      const n = name.toLowerCase();
      const s = sharedStart(w, n);
      return { name, i, d: editDistance(w, n, max), s, gap: Math.abs((w.charCodeAt(s) || 0) - (n.charCodeAt(s) || 0)) };
    })
    .filter((c) => c.d <= max && c.name.toLowerCase() !== w)
    .sort((x, y) => x.d - y.d || y.s - x.s || x.gap - y.gap || x.i - y.i)
    .slice(0, limit)
    .map((c) => c.name);
}
