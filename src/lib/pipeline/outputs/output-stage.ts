// An output stage writes one published file (or one family of files) from the model of a clean run.
import type { AreaIndex } from '../../geo/area-index.ts';
import type { ElectionInfo, SiteData } from '../../model.ts';
import type { RecordFigure } from '../../record/record-figure.ts';
import type { Issue } from '../issues.ts';
import type { PipelineIO } from '../pipeline-io.ts';

export interface Published {
  readonly site: SiteData;
  readonly areas: AreaIndex;
  /** Every election, also those the record names without per-kecamatan rows. */
  readonly elections: readonly ElectionInfo[];
  /** The public record, sorted, with the names of the regions it names; undefined without figures. */
  readonly record: { readonly figures: readonly RecordFigure[]; readonly regionNames: Readonly<Record<string, string>> } | undefined;
}

/** What an output stage found that the steward must hear of (geography: polygons that do not fit, layers missing). */
export interface OutputReport {
  readonly issues?: readonly Issue[];
  readonly geo?: GeoReport;
}

export interface GeoReport {
  /** The boundaries folder as named in messages, or null when there is none. */
  readonly source: string | null;
  /** 'no-boundaries', or 'missing:<file>' per city shown without a map. */
  readonly warnings: readonly string[];
}

export type OutputStage = (io: PipelineIO, out: Published) => Promise<OutputReport | undefined>;
