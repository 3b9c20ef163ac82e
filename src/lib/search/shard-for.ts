// Which shard a query needs: the last one whose first key is not past the query's key (shared by the page
// script and the tests, so both pick the same file). Keys are compared as the shards were sorted: by code unit.
import { searchKey } from './normalise.ts';

export function shardFor(starts: readonly string[], query: string): number | null {
  if (starts.length === 0) return null;
  const q = searchKey(query);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= q) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
