import { fold } from './fold';

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
    }
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}


/**
 * Candidates within a typo or two of `query` (more allowed for longer words), closest first.
 * Each candidate is compared by every name it has, so aliases and spellings count.
 */
export function suggest<T>(query: string, candidates: readonly T[], namesOf: (c: T) => readonly string[], limit = 5): T[] {
  const q = fold(query);
  if (q.length < 3) return [];
  const allowed = q.length <= 5 ? 1 : q.length <= 10 ? 2 : 3;
  const scored: { c: T; d: number }[] = [];
  for (const c of candidates) {
    let best = Infinity;
    for (const name of namesOf(c)) {
      const n = fold(name);
      if (Math.abs(n.length - q.length) > allowed) continue;
      best = Math.min(best, editDistance(q, n));
    }
    if (best <= allowed) scored.push({ c, d: best });
  }
  return scored.sort((x, y) => x.d - y.d).slice(0, limit).map((s) => s.c);
}
