// Where to write a kecamatan's name: its centroid when that lies inside, else the inside point farthest
// from the outline (a coarse pole of inaccessibility), so labels never sit outside their polygon.
import { geoCentroid, geoContains } from 'd3';
import type { Feature, Position } from 'geojson';
import { forD3 } from './d3-winding.ts';
import type { AreaGeometry } from './simplify-boundaries.ts';

export function labelPoint(geojson: Feature<AreaGeometry>): [number, number] {
  const f = forD3(geojson);
  const centroid = geoCentroid(f);
  if (geoContains(f, centroid)) return [round(centroid[0]), round(centroid[1])];
  const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  const points = rings.flat();
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: [number, number] = [centroid[0], centroid[1]];
  let bestDistance = -1;
  const steps = 24;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: [number, number] = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!geoContains(f, p)) continue;
      const d = nearest(points, p);
      if (d > bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
  }
  return [round(best[0]), round(best[1])];
}

function nearest(points: readonly Position[], p: readonly [number, number]): number {
  let min = Infinity;
  for (const q of points) min = Math.min(min, ((q[0] ?? 0) - p[0]) ** 2 + ((q[1] ?? 0) - p[1]) ** 2);
  return min;
}

const round = (v: number): number => Math.round(v * 1e5) / 1e5;
