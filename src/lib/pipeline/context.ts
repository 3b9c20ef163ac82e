// What the ingest of one file needs to know about the others: official areas, coverage, elections, today.
import type { AreaIndex } from '../geo/area-index.ts';

export interface Election {
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

export interface IngestContext {
  readonly areas: AreaIndex;
  /** Covered cities: regency code -> slug. */
  readonly cities: Map<string, string>;
  readonly elections: Map<string, Election>;
  /** ISO date after which no date may fall. */
  readonly today: string;
}
