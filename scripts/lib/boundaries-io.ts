// Finds the boundary files ($BOUNDARIES_DIR, then data/boundaries/, then ../shared/boundaries/), checks and
// simplifies them per covered city, and stages the result in generated/geo/. Boundaries are third-party
// data: they are read here at build time and never committed.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { boundaryFileName, prepareCityGeometry } from '../../src/lib/geo/boundaries.ts';
import type { AreaCollection } from '../../src/lib/geo/simplify-boundaries.ts';
import type { GeoIndex, SiteData } from '../../src/lib/model.ts';
import type { Issue } from '../../src/lib/pipeline/issues.ts';
import type { PipelineIO } from '../../src/lib/pipeline/run.ts';

export const DEFAULT_ATTRIBUTION = 'Kemendagri (Ditjen Dukcapil), via github.com/Alf-Anas/batas-administrasi-indonesia; codes: idn-area-data';

/** The boundaries folder to use and how to name it in messages, or undefined when there is none. */
export function findBoundariesDir(): { dir: string; label: string } | undefined {
  // An explicit $BOUNDARIES_DIR is the only place looked at (a missing one means: build without maps).
  const explicit = process.env['BOUNDARIES_DIR'];
  if (explicit !== undefined && explicit !== '') return existsSync(resolve(explicit)) ? { dir: resolve(explicit), label: '$BOUNDARIES_DIR' } : undefined;
  for (const [dir, label] of [['data/boundaries', 'data/boundaries/'], ['../shared/boundaries', '../shared/boundaries/']] as const) {
    if (existsSync(resolve(dir))) return { dir: resolve(dir), label };
  }
  return undefined;
}

async function readLayer(path: string): Promise<AreaCollection | null> {
  if (!existsSync(path)) return null;
  return JSON.parse(await readFile(path, 'utf8')) as AreaCollection;
}

/** Stages generated/geo/ for every covered city; returns problems (a covered kecamatan without exactly one polygon). */
export async function stageBoundaries(site: SiteData, io: PipelineIO): Promise<{ issues: Issue[]; index: GeoIndex; warnings: string[] }> {
  const found = findBoundariesDir();
  const index: GeoIndex = { source: found?.label ?? null, attribution: process.env['BOUNDARIES_ATTRIBUTION'] ?? DEFAULT_ATTRIBUTION, cities: {} };
  const issues: Issue[] = [];
  const warnings: string[] = [];
  if (found === undefined) {
    warnings.push('no-boundaries');
    await io.writeFile('geo/index.json', `${JSON.stringify(index, null, 1)}\n`);
    return { issues, index, warnings };
  }
  for (const city of site.cities) {
    const kecFile = boundaryFileName('kecamatan', city.name);
    const kecamatan = await readLayer(join(found.dir, kecFile));
    if (kecamatan === null) {
      warnings.push(`missing:${kecFile}`);
      continue;
    }
    const kelFile = boundaryFileName('kelurahan', city.name);
    const kelurahan = await readLayer(join(found.dir, kelFile));
    const result = prepareCityGeometry(city.kecamatan, kecamatan, kelurahan, kecFile);
    issues.push(...result.issues);
    if (result.geometry === undefined) continue;
    const { geometry } = result;
    const kecName = `${city.slug}-kecamatan.json`;
    const kelName = geometry.kelurahan === null ? null : `${city.slug}-kelurahan.json`;
    await io.writeFile(`geo/${kecName}`, JSON.stringify(geometry.kecamatan));
    if (kelName !== null && geometry.kelurahan !== null) await io.writeFile(`geo/${kelName}`, JSON.stringify(geometry.kelurahan));
    index.cities[city.code] = { kecamatan: kecName, kelurahan: kelName, labels: geometry.labels, bbox: geometry.bbox, neighbours: geometry.neighbours };
  }
  await io.writeFile('geo/index.json', `${JSON.stringify(index, null, 1)}\n`);
  return { issues, index, warnings };
}
