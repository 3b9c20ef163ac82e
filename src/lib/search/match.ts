// Matching what a reader types against the index: exact, then prefix, then contained, then close
// spellings (a missing, extra or swapped letter). Places the site covers come before those it does not.
// A place may be followed by where it lies ("Sukasari Bogor", "sukasari bogor timur"): its kecamatan or city.
import { editDistance } from '../geo/area-key.ts';
import type { IndexEntry } from './search-index.ts';
import { searchKey, searchWords } from './normalise.ts';

export interface Match {
  readonly entry: IndexEntry;
  readonly score: number;
}

export function search(index: readonly IndexEntry[], query: string, limit = 8): Match[] {
  const q = searchKey(query);
  if (q.length < 2) return [];
  const tolerance = q.length >= 9 ? 2 : q.length >= 4 ? 1 : 0;
  const qualified = placeAndQualifiers(query);
  const best = new Map<string, Match>();
  for (const entry of index) {
    const score = nameScore(entry.k, q, tolerance) ?? qualifiedScore(entry, qualified);
    if (score === undefined) continue;
    // Kecamatan before kelurahan, covered before outside; one result per name and place.
    const rank = score * 10 + (entry.o ? 5 : entry.p ? 1 : 0);
    const id = `${entry.n}|${entry.p ?? ''}|${entry.c}`;
    const prior = best.get(id);
    if (prior === undefined || rank < prior.score) best.set(id, { entry, score: rank });
  }
  return [...best.values()].sort((a, b) => a.score - b.score || a.entry.n.localeCompare(b.entry.n)).slice(0, limit);
}

/** How well a name's key answers a query key; undefined when it does not. */
function nameScore(k: string, q: string, tolerance: number): number | undefined {
  if (k === q) return 0;
  if (k.startsWith(q)) return 1;
  if (q.length >= 3 && k.includes(q)) return 2;
  if (tolerance === 0) return undefined;
  const whole = editDistance(q, k);
  if (whole <= tolerance) return 3 + whole;
  const head = editDistance(q, k.slice(0, q.length));
  if (head <= 1 && q.length >= 5) return 5 + head;
  return undefined;
}

interface Qualified {
  readonly place: string;
  readonly within: string;
}

/** Every way to read "words of a place, then words of where it lies": "sukasari bogor timur" gives
 *  (sukasari, bogortimur) and (sukasaribogor, timur). */
function placeAndQualifiers(query: string): Qualified[] {
  const words = searchWords(query);
  const out: Qualified[] = [];
  for (let i = 1; i < words.length; i++) {
    const place = words.slice(0, i).join('');
    const within = words.slice(i).join('');
    if (place.length >= 3 && within.length >= 3) out.push({ place, within });
  }
  return out;
}

/** A place named with its kecamatan or city scores as its name does, one step behind a whole-name match. */
function qualifiedScore(entry: IndexEntry, qualified: readonly Qualified[]): number | undefined {
  let best: number | undefined;
  for (const { place, within } of qualified) {
    const score = nameScore(entry.k, place, place.length >= 5 ? 1 : 0);
    if (score === undefined || score > 3) continue;
    if (!liesIn(entry, within)) continue;
    if (best === undefined || score + 1 < best) best = score + 1;
  }
  return best;
}

function liesIn(entry: IndexEntry, within: string): boolean {
  const parent = entry.p === undefined ? '' : searchKey(entry.p);
  const city = regionKey(entry.c);
  return parent.startsWith(within) || city.startsWith(within) || searchKey(entry.c).startsWith(within);
}

const regionCache = new Map<string, string>();
/** "Kota Bogor" and "Kabupaten Bogor" are both found by "bogor". */
function regionKey(name: string): string {
  let key = regionCache.get(name);
  if (key === undefined) {
    key = searchKey(name.replace(/^\s*(?:kota|kabupaten|kab\.?)\s+/i, ''));
    regionCache.set(name, key);
  }
  return key;
}
