// One figure of the public record as the pipeline writes it and the pages read it (generated/record.json).
import type { ElectionInfo } from '../model.ts';
import type { reportedFiguresSchema } from '../schema/index.ts';
import type { ModelOf } from '../schema/row-of.ts';

/** A figure as reported-figures.csv declares it (the schema refuses demo figures, so the flag is not kept). */
export type RecordFigure = Omit<ModelOf<typeof reportedFiguresSchema>, 'demo'>;

/** The record file: every election (also those with no per-kecamatan data) and every figure, with area names. */
export interface RecordData {
  readonly elections: readonly ElectionInfo[];
  readonly figures: readonly RecordFigure[];
  /** Official names of the regions the figures name (code -> name). */
  readonly regionNames: Readonly<Record<string, string>>;
}
