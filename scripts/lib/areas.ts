// Loads the official area lists (idn-area-data) and the reference tables (the project's, plus any in the
// data folder's reference/ for a newly covered city) into an AreaIndex.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { getDistricts, getRegencies, getVillages } from 'idn-area-data';
import { buildAreaIndex, type AliasRow, type AreaIndex, type BpsRow } from '../../src/lib/geo/area-index.ts';

const referenceDir = fileURLToPath(new URL('../../data/reference/', import.meta.url));

async function readTable<T>(path: string): Promise<T[]> {
  if (!existsSync(path)) return [];
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => !line.startsWith('#')).join('\n');
  return Papa.parse<T>(text, { header: true, skipEmptyLines: true }).data;
}

/** The shipped table, then the data folder's rows of the same name (which win where both give a code). */
async function readReference<T>(file: string, dataDir: string | undefined): Promise<T[]> {
  const shipped = await readTable<T>(referenceDir + file);
  const extra = dataDir === undefined ? undefined : resolve(dataDir, 'reference', file);
  return extra === undefined || extra === resolve(referenceDir, file) ? shipped : [...shipped, ...(await readTable<T>(extra))];
}

/** The area index; villages are loaded only for the regencies given (the covered cities). */
export async function loadAreaIndex(villageRegencies: ReadonlySet<string>, dataDir?: string): Promise<AreaIndex> {
  const [regencies, districts, villages, bps, aliases] = await Promise.all([
    getRegencies(),
    getDistricts(),
    getVillages(),
    readReference<BpsRow>('kecamatan-bps-kemendagri.csv', dataDir),
    readReference<AliasRow>('kecamatan-aliases.csv', dataDir),
  ]);
  return buildAreaIndex({ regencies, districts, villages, bps, aliases, villageRegencies });
}
