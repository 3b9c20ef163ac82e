// The pages' one read of the pipeline's output (generated/site-data.json), with a clear error if it is missing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
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

/** A published case row, as the pages show it: no identity, no position group. */
export interface PublishedCase {
  readonly election: string;
  readonly kecamatan_code: string;
  readonly origin: string;
  readonly category: string;
  readonly status: string;
  readonly reported_date: string;
  readonly decision_date: string;
  readonly sanction: string;
  readonly demo: string;
}

let casesByKecamatan: Map<string, PublishedCase[]> | undefined;

/** Cases of one kecamatan from the published cases.csv, newest report first. */
export function casesOf(code: string): readonly PublishedCase[] {
  if (casesByKecamatan === undefined) {
    const text = readFileSync(resolve(process.env['OUT_DIR'] ?? 'generated', 'publish', 'cases.csv'), 'utf8');
    casesByKecamatan = new Map();
    for (const row of Papa.parse<PublishedCase>(text, { header: true, skipEmptyLines: true }).data) {
      const list = casesByKecamatan.get(row.kecamatan_code) ?? [];
      list.push(row);
      casesByKecamatan.set(row.kecamatan_code, list);
    }
    for (const list of casesByKecamatan.values()) list.sort((a, b) => b.reported_date.localeCompare(a.reported_date));
  }
  return casesByKecamatan.get(code) ?? [];
}
