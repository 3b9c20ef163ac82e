// Median of a histogram of whole numbers, so a million handling times never sit in memory.

/** Median of values given as value -> count; null when empty. */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  let n = 0;
  for (const count of histogram.values()) n += count;
  if (n === 0) return null;
  const keys = [...histogram.keys()].sort((a, b) => a - b);
  const lower = Math.floor((n - 1) / 2);
  const upper = Math.floor(n / 2);
  let seen = 0;
  let lowerValue: number | undefined;
  for (const key of keys) {
    seen += histogram.get(key) ?? 0;
    if (lowerValue === undefined && seen > lower) lowerValue = key;
    if (seen > upper) return ((lowerValue ?? key) + key) / 2;
  }
  return null;
}

/** Adds one histogram into another. */
export function mergeHistogram(into: Map<number, number>, from: ReadonlyMap<number, number>): void {
  for (const [value, count] of from) into.set(value, (into.get(value) ?? 0) + count);
}
