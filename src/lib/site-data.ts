// The pages' one read of the pipeline's output (generated/site-data.json), with a clear error if it is missing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteData } from './model.ts';

let cached: SiteData | undefined;

export function siteData(): SiteData {
  if (cached !== undefined) return cached;
  const path = resolve(process.env['OUT_DIR'] ?? 'generated', 'site-data.json');
  try {
    cached = JSON.parse(readFileSync(path, 'utf8')) as SiteData;
  } catch (error) {
    throw new Error(`Cannot read ${path}: run "npm run data" first (npm run build does it for you).`, { cause: error });
  }
  return cached;
}

/** Whether any figure on the site comes from demo rows. */
export function hasDemo(data: SiteData): boolean {
  return Object.values(data.demoRowCounts).some((n) => n > 0);
}
