// publish/kecamatan-totals.csv: every figure per kecamatan and city, with its denominators.
import { FEW_CASES } from '../../metrics/definitions.ts';
import { areaTotalsCsv } from '../area-totals-csv.ts';
import type { OutputStage } from './output-stage.ts';

export const kecamatanTotalsCsv: OutputStage = async (io, { site }) => {
  await io.writeFile('publish/kecamatan-totals.csv', areaTotalsCsv(site, FEW_CASES));
  return undefined;
};
