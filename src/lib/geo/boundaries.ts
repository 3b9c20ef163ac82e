// The boundaries step: checks that every covered kecamatan has exactly one polygon, then simplifies.
import { geoArea } from 'd3';
import type { Issue } from '../pipeline/issues.ts';
import { forD3 } from './d3-winding.ts';
import { labelPoint } from './label-point.ts';
import { simplifyLayers, type AreaCollection } from './simplify-boundaries.ts';

export interface CityGeometry {
  readonly kecamatan: AreaCollection;
  readonly kelurahan: AreaCollection | null;
  /** Kecamatan code -> [lon, lat] of its label. */
  readonly labels: Readonly<Record<string, [number, number]>>;
  readonly bbox: [number, number, number, number];
  readonly neighbours: Readonly<Record<string, readonly string[]>>;
}

/** File name of a regency's layer in a boundaries folder: "kecamatan-kota-bogor.geojson". */
export function boundaryFileName(layer: 'kecamatan' | 'kelurahan', regencyName: string): string {
  return `${layer}-${regencyName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.geojson`;
}

export function prepareCityGeometry(
  kecamatanCodes: readonly string[],
  kecamatan: AreaCollection,
  kelurahan: AreaCollection | null,
  fileName: string,
): { issues: Issue[]; geometry?: CityGeometry } {
  const issues: Issue[] = [];
  const wanted = new Set(kecamatanCodes);
  const count = new Map<string, number>();
  for (const f of kecamatan.features) {
    const code = String(f.properties?.code ?? '');
    if (wanted.has(code)) count.set(code, (count.get(code) ?? 0) + 1);
  }
  for (const code of kecamatanCodes) {
    const n = count.get(code) ?? 0;
    if (n === 0) issues.push({ file: fileName, line: 1, column: code, value: code, rule: 'boundary-missing' });
    if (n > 1) issues.push({ file: fileName, line: 1, column: code, value: code, rule: 'boundary-duplicate', params: { count: String(n) } });
  }
  if (issues.length > 0) return { issues };
  const only = (fc: AreaCollection, keep: (code: string) => boolean): AreaCollection => ({
    type: 'FeatureCollection',
    features: fc.features.filter((f) => keep(String(f.properties.code))).sort((a, b) => a.properties.code.localeCompare(b.properties.code)),
  });
  const simple = simplifyLayers(
    only(kecamatan, (code) => wanted.has(code)),
    kelurahan === null ? null : only(kelurahan, (code) => wanted.has(code.slice(0, 8))),
  );
  // Labels in order of area, largest first: the order in which maps place them when they collide.
  const labels: Record<string, [number, number]> = {};
  const bySize = [...simple.kecamatan.features].sort((a, b) => geoArea(forD3(b)) - geoArea(forD3(a)));
  for (const f of bySize) labels[f.properties.code] = labelPoint(f);
  return { issues, geometry: { ...simple, labels, bbox: bbox(simple.kecamatan) } };
}

function bbox(fc: AreaCollection): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of fc.features) {
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings) {
      for (const [x = 0, y = 0] of ring) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
    }
  }
  return [w, s, e, n];
}
