// generated/geo/: per covered city its kecamatan (and kelurahan) polygons, checked and simplified, and
// geo/index.json naming them. Boundaries come through the IO like every input: an IO without them stages
// nothing; a folder that is not there still writes the index, so the pages say the map layer is missing.
import { boundaryFileName, prepareCityGeometry } from '../../geo/boundaries.ts';
import type { AreaCollection } from '../../geo/simplify-boundaries.ts';
import type { CityInfo, GeoIndex } from '../../model.ts';
import type { Issue } from '../issues.ts';
import type { BoundarySource, PipelineIO } from '../pipeline-io.ts';
import type { OutputStage } from './output-stage.ts';

async function readLayer(source: BoundarySource, file: string): Promise<AreaCollection | null> {
  const text = await source.read(file);
  return text === undefined ? null : (JSON.parse(text) as AreaCollection);
}

/** Stages one city's layers; the warning when it has no kecamatan layer. */
async function stageCity(io: PipelineIO, source: BoundarySource, city: CityInfo, index: GeoIndex, issues: Issue[]): Promise<string | undefined> {
  const kecFile = boundaryFileName('kecamatan', city.name);
  const kecamatan = await readLayer(source, kecFile);
  if (kecamatan === null) return `missing:${kecFile}`;
  const kelurahan = await readLayer(source, boundaryFileName('kelurahan', city.name));
  const result = prepareCityGeometry(city.kecamatan, kecamatan, kelurahan, kecFile);
  issues.push(...result.issues);
  if (result.geometry === undefined) return undefined;
  const { geometry } = result;
  const kecName = `${city.slug}-kecamatan.json`;
  const kelName = geometry.kelurahan === null ? null : `${city.slug}-kelurahan.json`;
  await io.writeFile(`geo/${kecName}`, JSON.stringify(geometry.kecamatan));
  if (kelName !== null && geometry.kelurahan !== null) await io.writeFile(`geo/${kelName}`, JSON.stringify(geometry.kelurahan));
  index.cities[city.code] = { kecamatan: kecName, kelurahan: kelName, labels: geometry.labels, bbox: geometry.bbox, neighbours: geometry.neighbours };
  return undefined;
}

export const geo: OutputStage = async (io, { site }) => {
  const source = io.boundaries;
  if (source === undefined) return undefined;
  const index: GeoIndex = { source: source.label, attribution: source.attribution, cities: {} };
  const issues: Issue[] = [];
  const warnings: string[] = [];
  if (source.label === null) warnings.push('no-boundaries');
  else {
    for (const city of site.cities) {
      const warning = await stageCity(io, source, city, index, issues);
      if (warning !== undefined) warnings.push(warning);
    }
  }
  await io.writeFile('geo/index.json', `${JSON.stringify(index, null, 1)}\n`);
  return { issues, geo: { source: index.source, warnings } };
};
