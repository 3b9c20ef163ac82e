// A first, tolerant look at cities.csv: which regencies' kelurahan the area index must load.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function readCoveredCityCodes(dataDir: string): Promise<Set<string>> {
  try {
    const text = await readFile(join(dataDir, 'cities.csv'), 'utf8');
    return new Set(text.match(/\b\d{2}\.\d{2}\b/g) ?? []);
  } catch {
    return new Set();
  }
}
