// Which record figures belong beside a covered city: its own, and its province's.
import type { RecordFigure } from './record-figure.ts';

/** Figures stated for one regency (e.g. 32.73), oldest election first as the record is sorted. */
export function cityFigures(figures: readonly RecordFigure[], cityCode: string): RecordFigure[] {
  return figures.filter((f) => f.scope === 'city' && f.region === cityCode);
}

/** Figures for the covered cities and their provinces (e.g. Jawa Barat, Kota Bogor, Kota Bandung). */
export function regionalFigures(figures: readonly RecordFigure[], cityCodes: readonly string[]): RecordFigure[] {
  const areas = new Set([...cityCodes, ...cityCodes.map((c) => c.slice(0, 2))]);
  return figures.filter((f) => f.scope !== 'national' && areas.has(f.region));
}

/** Pairs of figures that state the same thing differently, each pair once. */
export function disagreements(figures: readonly RecordFigure[]): [RecordFigure, RecordFigure][] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const seen = new Set<string>();
  const pairs: [RecordFigure, RecordFigure][] = [];
  for (const f of figures) {
    const other = byId.get(f.contradicts);
    if (other === undefined) continue;
    const key = [f.id, other.id].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push([f, other]);
  }
  return pairs;
}
