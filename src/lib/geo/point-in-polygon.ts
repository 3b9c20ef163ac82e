// Which polygon holds a point: even-odd ray casting on lon/lat, run in the browser so a reader's location
// never leaves the device.
import type { Position } from 'geojson';
import type { AreaCollection } from './simplify-boundaries.ts';

function inRing(ring: readonly Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Code of the feature containing [lon, lat], or undefined. Holes count as outside. */
export function featureAt(fc: AreaCollection, lon: number, lat: number): string | undefined {
  for (const f of fc.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [outer, ...holes] of polygons) {
      if (outer && inRing(outer, lon, lat) && !holes.some((h) => inRing(h, lon, lat))) return f.properties.code;
    }
  }
  return undefined;
}
