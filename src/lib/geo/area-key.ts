// Comparison keys for place names, so that "KEC. BUAH BATU", "Buahbatu" and "buah batu" meet.
import { termKey } from '../vocab/vocabulary.ts';

const kecamatanPrefix = /^\s*(?:kecamatan|kec)(?:\s*[.:]\s*|\s+)/i;
const cityPrefix = /^\s*(?:kota|kabupaten|kab)(?:\s*[.:]\s*|\s+)/i;

/** Key of a kecamatan name: case, diacritics, spaces, punctuation and a "Kec."/"Kecamatan" prefix ignored. */
export function kecamatanKey(raw: string): string {
  return termKey(raw.replace(kecamatanPrefix, ''));
}

/** Key of a city name with "Kota"/"Kabupaten" removed, keeping which of the two was said. */
export function cityKey(raw: string): { key: string; kind: 'kota' | 'kabupaten' | undefined } {
  const match = cityPrefix.exec(raw);
  const prefix = match?.[0]?.trim().toLowerCase().replace(/[.:]/g, '');
  const kind = prefix === undefined ? undefined : prefix === 'kota' ? 'kota' : 'kabupaten';
  return { key: termKey(raw.replace(cityPrefix, '')), kind };
}

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
