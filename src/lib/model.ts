// The normalised data the pipeline writes and the pages read: one shape, shared by both.

import type { Totals } from './metrics/totals.ts';

/** An area's published totals: counts, side figures and every metric of the registry (metrics/definitions.ts). */
export type { Totals };

export interface CityInfo {
  readonly code: string;
  readonly slug: string;
  readonly name: string;
  readonly kecamatan: readonly string[];
}

export interface KecamatanInfo {
  readonly code: string;
  readonly name: string;
  readonly cityCode: string;
  readonly bpsCode: string | null;
  readonly villages: readonly { readonly code: string; readonly name: string }[];
}

export interface ElectionInfo {
  readonly id: string;
  readonly name_id: string;
  readonly name_en: string;
  readonly kind: string;
  readonly campaign_start: string;
  readonly campaign_end: string;
  readonly voting_date: string;
  readonly window_start: string;
  readonly window_end: string;
  readonly source: string;
  readonly source_url: string;
}

export interface EventInfo {
  readonly id: string;
  readonly election: string;
  readonly scope: string;
  readonly region: string;
  readonly start_date: string;
  readonly end_date: string;
  readonly type: string;
  readonly title_id: string;
  readonly title_en: string;
  readonly source: string;
  readonly source_url: string;
  readonly demo: boolean;
}

export interface SigningInfo {
  readonly id: string;
  readonly election: string;
  readonly date: string;
  readonly cityCode: string;
  readonly kecamatan: string;
  readonly unit_type: string;
  readonly unit_name: string;
  readonly activity: string;
  readonly signatories: number;
  readonly staff_total: number;
  readonly source: string;
  readonly source_url: string;
  readonly demo: boolean;
}

export interface MonthCount {
  readonly election: string;
  readonly month: string;
  readonly reported: number;
  readonly proven: number;
}

/** Key of the "all elections" slice in per-election tables. */
export const ALL = 'all';

export interface SiteData {
  readonly dataUpTo: string | null;
  readonly rowCounts: Readonly<Record<string, number>>;
  readonly demoRowCounts: Readonly<Record<string, number>>;
  readonly cities: readonly CityInfo[];
  readonly kecamatan: readonly KecamatanInfo[];
  readonly elections: readonly ElectionInfo[];
  readonly events: readonly EventInfo[];
  readonly signings: readonly SigningInfo[];
  /** totals[election or ALL][area code] for every city and kecamatan. */
  readonly totals: Readonly<Record<string, Readonly<Record<string, Totals>>>>;
  /** Cases per election and month (of the report) for every city and kecamatan. */
  readonly monthly: Readonly<Record<string, readonly MonthCount[]>>;
  /** Position groups of reported ASN, city level only (never per kecamatan). */
  readonly positionGroups: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>>;
  readonly headcountYears: Readonly<Record<string, number | null>>;
  /** Kecamatan of the same provinces outside the covered cities: search answers "not covered" for them. */
  readonly nearby: readonly { readonly name: string; readonly regency: string }[];
}

/** What the boundaries step produced (generated/geo/index.json). */
export interface GeoIndex {
  /** Which folder the boundaries came from, or null when none was found (the site then has no map layer). */
  readonly source: string | null;
  readonly attribution: string;
  readonly cities: Record<
    string,
    {
      readonly kecamatan: string;
      readonly kelurahan: string | null;
      readonly labels: Readonly<Record<string, [number, number]>>;
      readonly bbox: [number, number, number, number];
      /** Kecamatan code -> codes of the kecamatan sharing a border with it. */
      readonly neighbours: Readonly<Record<string, readonly string[]>>;
    }
  >;
}
