// signings.csv: small, so kept in memory for the pages, and tallied per kecamatan (or city, for city-wide rows).
import type { SigningInfo } from '../../model.ts';
import { signingsSchema } from '../../schema/index.ts';
import { modelOf } from '../../schema/row-of.ts';
import { signingRule } from '../file-rules.ts';
import { seeDate } from '../run-state.ts';
import { ingestInput, type InputStage } from './input-stage.ts';

export const signingsInput: InputStage = async (io, run) => {
  await ingestInput(io, run, signingsSchema, {
    check: signingRule(run.ctx),
    accept(r) {
      const { id, election, date, ...rest } = modelOf(signingsSchema, r, ['city']);
      const cityCode = rest.kecamatan !== '' ? rest.kecamatan.slice(0, 5) : (r.city ?? '');
      seeDate(run, date);
      // The city code sits after the date, where the pages' JSON has always had it.
      const info: SigningInfo = { id, election, date, cityCode, ...rest };
      run.signings.push(info);
      run.tally.addSigning(info.election, info.kecamatan !== '' ? info.kecamatan : cityCode, info.activity, info.unit_type, info.unit_name, info.signatories, info.staff_total, info.demo);
    },
  });
  return undefined;
};
