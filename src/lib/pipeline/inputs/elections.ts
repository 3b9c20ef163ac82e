// elections.csv: every other file names its elections, so they are read before them.
import { electionsSchema } from '../../schema/index.ts';
import { modelOf } from '../../schema/row-of.ts';
import { checkElection } from '../file-rules.ts';
import { ingestInput, type InputStage } from './input-stage.ts';

export const electionsInput: InputStage = async (io, run) => {
  await ingestInput(io, run, electionsSchema, {
    check: checkElection,
    accept(r) {
      run.ctx.elections.set(r.id, modelOf(electionsSchema, r, ['demo']));
    },
  });
  return undefined;
};
