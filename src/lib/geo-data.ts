// The pages' read of the boundaries step's output (generated/geo/).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AreaCollection } from './geo/simplify-boundaries.ts';
import type { GeoIndex } from './model.ts';

const dir = (): string => resolve(process.env['OUT_DIR'] ?? 'generated', 'geo');

// Read once per build: every city, kecamatan, embed and export page asks for the same few files.
let index: GeoIndex | undefined;
const geometries = new Map<string, AreaCollection | null>();

export function geoIndex(): GeoIndex {
  if (index !== undefined) return index;
  const path = resolve(dir(), 'index.json');
  index = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as GeoIndex) : { source: null, attribution: '', cities: {} };
  return index;
}

export function kecamatanGeometry(cityCode: string): AreaCollection | null {
  if (!geometries.has(cityCode)) {
    const entry = geoIndex().cities[cityCode];
    geometries.set(cityCode, entry === undefined ? null : (JSON.parse(readFileSync(resolve(dir(), entry.kecamatan), 'utf8')) as AreaCollection));
  }
  return geometries.get(cityCode) ?? null;
}

/** Optional tile layer, configured at build time (none by default: the map reads without tiles). */
export function tileConfig(): { url: string; attribution: string } | null {
  const url = process.env['TILE_URL'];
  return url ? { url, attribution: process.env['TILE_ATTRIBUTION'] ?? '' } : null;
}
