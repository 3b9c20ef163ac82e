// events.csv: the timeline; an empty one is worth a warning, not a refusal.
import { eventsSchema } from '../../schema/index.ts';
import { modelOf } from '../../schema/row-of.ts';
import { checkEvent } from '../file-rules.ts';
import { seeDate } from '../run-state.ts';
import { ingestInput, type InputStage } from './input-stage.ts';

export const eventsInput: InputStage = async (io, run) => {
  await ingestInput(io, run, eventsSchema, {
    check: checkEvent,
    accept(r) {
      seeDate(run, r.start_date);
      run.events.push(modelOf(eventsSchema, r));
    },
  });
  if (run.rowCounts[eventsSchema.file] === 0) run.warnings.push({ file: eventsSchema.file, line: 1, column: '*', value: '', rule: 'empty-events' });
  return undefined;
};
