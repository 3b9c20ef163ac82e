// An input stage reads one file of the data folder into the run; 'stop' ends the run there.
import type { FileSchema } from '../../schema/column.ts';
import { ingestFile, type FileHandlers, type FileResult } from '../ingest-file.ts';
import type { PipelineIO } from '../pipeline-io.ts';
import { readInput, type Run } from '../run-state.ts';

export type InputStage = (io: PipelineIO, run: Run) => Promise<'stop' | undefined>;

/** Reads `schema`'s file through the shared ingest: typed rows go to `handlers`. */
export function ingestInput<S extends FileSchema>(io: PipelineIO, run: Run, schema: S, handlers: FileHandlers<S>): Promise<FileResult | undefined> {
  return readInput(io, run, schema.file, (label, rows) => ingestFile(schema, label, rows, run.ctx, handlers));
}
