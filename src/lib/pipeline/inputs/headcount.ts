// headcount.csv: ASN per kecamatan per year, the denominators of the rates.
import { headcountSchema } from '../../schema/index.ts';
import { headcountRule } from '../file-rules.ts';
import { ingestInput, type InputStage } from './input-stage.ts';

export const headcountInput: InputStage = async (io, run) => {
  await ingestInput(io, run, headcountSchema, {
    check: headcountRule(),
    accept(r) {
      const perYear = run.headcount.get(r.kecamatan) ?? new Map<number, number>();
      perYear.set(r.year, r.asn_total);
      run.headcount.set(r.kecamatan, perYear);
    },
  });
  return undefined;
};
