// Boundaries fit for phones: kecamatan and kelurahan simplified together on one topology, so shared
// edges stay shared (no slivers, no gaps) and kelurahan outlines still nest in their kecamatan.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

export type AreaGeometry = Polygon | MultiPolygon;
export interface AreaProps {
  readonly code: string;
  readonly name: string;
}
export type AreaCollection = FeatureCollection<AreaGeometry, AreaProps>;

/** Share of vertices kept: enough to keep every kecamatan recognisable at city scale. */
export const KEEP_SHARE = 0.08;

export function simplifyLayers(kecamatan: AreaCollection, kelurahan: AreaCollection | null, keep = KEEP_SHARE): { kecamatan: AreaCollection; kelurahan: AreaCollection | null; neighbours: Record<string, string[]> } {
  const objects: Record<string, AreaCollection> = { kecamatan };
  if (kelurahan !== null) objects['kelurahan'] = kelurahan;
  const topo = presimplify<Objects>(topology(objects, 1e6) as unknown as Topology<Objects>);
  // topojson-simplify ranks weights from the largest: quantile(topo, p) keeps the share p of the points.
  const simple = simplify(topo, quantile(topo, keep));
  const layer = (name: string): AreaCollection => {
    const fc = feature(simple, simple.objects[name] as GeometryCollection<AreaProps>) as unknown as AreaCollection;
    return { type: 'FeatureCollection', features: fc.features.map(roundFeature) };
  };
  // Kecamatan that share an arc share a border.
  const geometries = (simple.objects['kecamatan'] as GeometryCollection<AreaProps>).geometries;
  const neighbourIndex = neighbors(geometries);
  const neighbours: Record<string, string[]> = {};
  const codeOf = (i: number): string => String((geometries[i]?.properties as AreaProps | undefined)?.code);
  geometries.forEach((_, i) => {
    neighbours[codeOf(i)] = (neighbourIndex[i] ?? []).map(codeOf).sort();
  });
  return { kecamatan: layer('kecamatan'), kelurahan: kelurahan === null ? null : layer('kelurahan'), neighbours };
}

const round = (p: Position): Position => [Math.round((p[0] ?? 0) * 1e5) / 1e5, Math.round((p[1] ?? 0) * 1e5) / 1e5];

/** Coordinates to 5 decimals (about 1 m), properties reduced to code and name. */
function roundFeature(f: Feature<AreaGeometry, AreaProps>): Feature<AreaGeometry, AreaProps> {
  const geometry: AreaGeometry =
    f.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: f.geometry.coordinates.map((ring) => ring.map(round)) }
      : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((poly) => poly.map((ring) => ring.map(round))) };
  return { type: 'Feature', properties: { code: f.properties.code, name: f.properties.name }, geometry };
}

/** Vertex count, for reporting what simplification kept. */
export function vertexCount(fc: AreaCollection): number {
  let n = 0;
  for (const f of fc.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) n += ring.length;
  }
  return n;
}
