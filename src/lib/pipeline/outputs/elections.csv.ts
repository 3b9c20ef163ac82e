// publish/elections.csv: the elections with per-kecamatan rows, as elections.csv declares them.
import type { ElectionInfo } from '../../model.ts';
import { electionsSchema } from '../../schema/index.ts';
import { publishedColumns } from '../../schema/published-columns.ts';
import { csvFile } from '../csv-write.ts';
import type { OutputStage } from './output-stage.ts';

export const electionsCsvColumns = publishedColumns<ElectionInfo>()(electionsSchema, { demo: [] });

export const electionsCsv: OutputStage = async (io, { site }) => {
  await io.writeFile('publish/elections.csv', csvFile(electionsCsvColumns, site.elections));
  return undefined;
};
