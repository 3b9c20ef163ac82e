// The pages' read of the boundaries step's output (generated/geo/).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AreaCollection } from './geo/simplify-boundaries.ts';
import type { GeoIndex } from './model.ts';

const dir = (): string => resolve(process.env['OUT_DIR'] ?? 'generated', 'geo');

export function geoIndex(): GeoIndex {
  const path = resolve(dir(), 'index.json');
  if (!existsSync(path)) return { source: null, attribution: '', cities: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as GeoIndex;
}

export function kecamatanGeometry(cityCode: string): AreaCollection | null {
  const entry = geoIndex().cities[cityCode];
  return entry === undefined ? null : (JSON.parse(readFileSync(resolve(dir(), entry.kecamatan), 'utf8')) as AreaCollection);
}

/** Optional tile layer, configured at build time (none by default: the map reads without tiles). */
export function tileConfig(): { url: string; attribution: string } | null {
  const url = process.env['TILE_URL'];
  return url ? { url, attribution: process.env['TILE_ATTRIBUTION'] ?? '' } : null;
}
