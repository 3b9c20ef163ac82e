// Loads the official area lists (idn-area-data) and the reference tables (the project's, plus any in the
// data folder's reference/ for a newly covered city) into an AreaIndex.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDistricts, getRegencies, getVillages } from 'idn-area-data';
import { buildAreaIndex, type AreaIndex } from '../../src/lib/geo/area-index.ts';
import type { Issue } from '../../src/lib/pipeline/issues.ts';
import { ingestReferences, type ReferenceSource } from '../../src/lib/pipeline/reference-ingest.ts';
import { registerPlaceNames } from '../../src/lib/pipeline/personal-data.ts';
import { fsIO } from './fs-io.ts';

const projectData = fileURLToPath(new URL('../../data/', import.meta.url));

export interface CheckedAreaIndex {
  readonly areas: AreaIndex;
  /** Problems in the reference tables (shipped or in the data folder), worded like any input's. */
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/**
 * The area index, and what is wrong with its reference tables: the project's (data/reference/), then the data
 * folder's of the same name, whose rows win where both give a code (with a warning naming both rows).
 * Villages are loaded only for the regencies given (the covered cities).
 */
export async function loadAreaIndexChecked(villageRegencies: ReadonlySet<string>, dataDir?: string): Promise<CheckedAreaIndex> {
  const [regencies, districts, villages] = await Promise.all([getRegencies(), getDistricts(), getVillages()]);
  const districtMap = new Map(districts.map((d) => [d.code, { code: d.code, name: d.name, regencyCode: d.regency_code }]));
  // Every official place name in the country, not only the covered cities': a unit may be named after any.
  registerPlaceNames([...regencies, ...districts, ...villages].map((area) => area.name));
  const sources: ReferenceSource[] = [{ io: fsIO(projectData, projectData), label: 'data' }];
  if (dataDir !== undefined && resolve(dataDir) !== resolve(projectData)) sources.push({ io: fsIO(dataDir, dataDir), label: dataDir });
  const refs = await ingestReferences(sources, districtMap);
  return { areas: buildAreaIndex({ regencies, districts, villages, bps: refs.bps, aliases: refs.aliases, villageRegencies }), issues: refs.issues, warnings: refs.warnings };
}

/** The area index alone (rows of the reference tables that break a rule are left out). */
export async function loadAreaIndex(villageRegencies: ReadonlySet<string>, dataDir?: string): Promise<AreaIndex> {
  return (await loadAreaIndexChecked(villageRegencies, dataDir)).areas;
}
