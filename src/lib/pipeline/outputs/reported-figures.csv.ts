// publish/reported-figures.csv: the columns of reported-figures.csv, each region with its official name;
// `demo` is always "no": the schema refuses demo figures.
import type { RecordFigure } from '../../record/record-figure.ts';
import { reportedFiguresSchema } from '../../schema/index.ts';
import { publishedColumns } from '../../schema/published-columns.ts';
import { csvFile, type OutputColumn } from '../csv-write.ts';
import type { OutputStage } from './output-stage.ts';

export function reportedFiguresCsvColumns(regionNames: Readonly<Record<string, string>>): readonly OutputColumn<RecordFigure>[] {
  return publishedColumns<RecordFigure>()(reportedFiguresSchema, {
    region: [
      { name: 'region', cell: (f) => f.region },
      { name: 'region_name', cell: (f) => regionNames[f.region] ?? '' },
    ],
    demo: [{ name: 'demo', cell: () => false }],
  });
}

export const reportedFiguresCsv: OutputStage = async (io, { record }) => {
  if (record !== undefined) await io.writeFile('publish/reported-figures.csv', csvFile(reportedFiguresCsvColumns(record.regionNames), record.figures));
  return undefined;
};
