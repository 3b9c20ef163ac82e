// Which shard a query needs: the longest shard prefix its search key starts with (shared by the page
// script and the tests, so both pick the same file).
import { searchKey } from './normalise.ts';

export function shardFor(prefixes: readonly string[], query: string): string | null {
  const q = searchKey(query);
  let best: string | null = null;
  for (const p of prefixes) if (q.startsWith(p) && (best === null || p.length > best.length)) best = p;
  return best;
}
