// A first, tolerant look at cities.csv (or cities.xlsx): which regencies' kelurahan the area index must load.
// Codes are read in every form the ingest accepts (32.71 and 3271), so both load the same kelurahan.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readXlsx } from '../../src/lib/xlsx/read-xlsx.ts';

const code = /(?<![\d.])(\d{2})[.\s-]?(\d{2})(?![\d.])/g;

export async function readCoveredCityCodes(dataDir: string): Promise<Set<string>> {
  try {
    let text = '';
    if (existsSync(join(dataDir, 'cities.csv'))) text = await readFile(join(dataDir, 'cities.csv'), 'utf8');
    else if (existsSync(join(dataDir, 'cities.xlsx'))) {
      await readXlsx(new Uint8Array(await readFile(join(dataDir, 'cities.xlsx'))), 'cities', (fields) => {
        text += `${fields[0] ?? ''}\n`;
      });
    }
    return new Set([...text.matchAll(code)].map((m) => `${m[1]}.${m[2]}`));
  } catch {
    return new Set();
  }
}
