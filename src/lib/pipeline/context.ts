// What the ingest of one file needs to know about the others: official areas, coverage, elections, today.
import type { AreaIndex } from '../geo/area-index.ts';
import type { ElectionInfo } from '../model.ts';

/** An election as the other files' rules read it. */
export type Election = ElectionInfo;

export interface IngestContext {
  readonly areas: AreaIndex;
  /** Covered cities: regency code -> slug. */
  readonly cities: Map<string, string>;
  readonly elections: Map<string, Election>;
  /** ISO date after which no date may fall. */
  readonly today: string;
}
