// Matching what a reader types against the index: exact, then prefix, then contained, then close
// spellings (a missing, extra or swapped letter). Places the site covers come before those it does not.
import { editDistance } from '../geo/area-key.ts';
import type { IndexEntry } from './search-index.ts';
import { searchKey } from './normalise.ts';

export interface Match {
  readonly entry: IndexEntry;
  readonly score: number;
}

export function search(index: readonly IndexEntry[], query: string, limit = 8): Match[] {
  const q = searchKey(query);
  if (q.length < 2) return [];
  const tolerance = q.length >= 9 ? 2 : q.length >= 4 ? 1 : 0;
  const best = new Map<string, Match>();
  for (const entry of index) {
    let score: number | undefined;
    if (entry.k === q) score = 0;
    else if (entry.k.startsWith(q)) score = 1;
    else if (q.length >= 3 && entry.k.includes(q)) score = 2;
    else if (tolerance > 0) {
      const whole = editDistance(q, entry.k);
      const head = editDistance(q, entry.k.slice(0, q.length));
      if (whole <= tolerance) score = 3 + whole;
      else if (head <= 1 && q.length >= 5) score = 5 + head;
    }
    if (score === undefined) continue;
    // Kecamatan before kelurahan, covered before outside; one result per name and place.
    const rank = score * 10 + (entry.o ? 5 : entry.p ? 1 : 0);
    const id = `${entry.n}|${entry.p ?? ''}|${entry.c}`;
    const prior = best.get(id);
    if (prior === undefined || rank < prior.score) best.set(id, { entry, score: rank });
  }
  return [...best.values()].sort((a, b) => a.score - b.score || a.entry.n.localeCompare(b.entry.n)).slice(0, limit);
}
