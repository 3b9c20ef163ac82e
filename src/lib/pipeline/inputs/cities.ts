// cities.csv: the covered cities, read first; without one every kecamatan would be "not covered".
import { citiesSchema } from '../../schema/index.ts';
import { cityRule } from '../file-rules.ts';
import { ingestInput, type InputStage } from './input-stage.ts';

export const citiesInput: InputStage = async (io, run) => {
  await ingestInput(io, run, citiesSchema, {
    accept(r) {
      run.ctx.cities.set(r.code, r.slug);
    },
    check: cityRule(),
  });
  if (run.ctx.cities.size > 0) return undefined;
  // Report the cause alone (a header-only file has no other issue to show, and a run must never end with
  // neither output nor a reason).
  if (run.issues.length === 0) run.issues.push({ file: citiesSchema.file, line: 1, column: '*', value: '', rule: 'no-covered-city' });
  return 'stop';
};
