// cases.csv: streamed straight through the rules into the tally and the published copy.
import { casesSchema } from '../../schema/index.ts';
import { ingestCases } from '../cases-ingest.ts';
import { readInput, seeDate } from '../run-state.ts';
import type { InputStage } from './input-stage.ts';

export const casesInput: InputStage = async (io, run) => {
  const cases = await readInput(io, run, casesSchema.file, (label, rows) => ingestCases(label, rows, run.ctx, io.createWriter('publish/cases.csv'), run.tally));
  if (cases !== undefined) seeDate(run, cases.newest);
  return undefined;
};
