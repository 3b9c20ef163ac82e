// Loads the official area lists (idn-area-data) and the project's reference tables into an AreaIndex.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { getDistricts, getRegencies, getVillages } from 'idn-area-data';
import { buildAreaIndex, type AliasRow, type AreaIndex, type BpsRow } from '../../src/lib/geo/area-index.ts';

const referenceDir = fileURLToPath(new URL('../../data/reference/', import.meta.url));

async function readReference<T>(file: string): Promise<T[]> {
  const text = (await readFile(referenceDir + file, 'utf8')).split('\n').filter((line) => !line.startsWith('#')).join('\n');
  return Papa.parse<T>(text, { header: true, skipEmptyLines: true }).data;
}

/** The area index; villages are loaded only for the regencies given (the covered cities). */
export async function loadAreaIndex(villageRegencies: ReadonlySet<string>): Promise<AreaIndex> {
  const [regencies, districts, villages, bps, aliases] = await Promise.all([
    getRegencies(),
    getDistricts(),
    getVillages(),
    readReference<BpsRow>('kecamatan-bps-kemendagri.csv'),
    readReference<AliasRow>('kecamatan-aliases.csv'),
  ]);
  return buildAreaIndex({ regencies, districts, villages, bps, aliases, villageRegencies });
}
