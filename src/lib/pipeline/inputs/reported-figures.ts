// reported-figures.csv: the public record; optional, never demo; it may name elections that have no
// per-kecamatan rows.
import { reportedFiguresSchema } from '../../schema/index.ts';
import { modelOf } from '../../schema/row-of.ts';
import { checkFigure, contradictionIssues } from '../record-ingest.ts';
import { ingestInput, type InputStage } from './input-stage.ts';

export const reportedFiguresInput: InputStage = async (io, run) => {
  if ((await io.head(reportedFiguresSchema.file)) === undefined) return undefined;
  const lines = new Map<string, number>();
  const before = run.issues.length;
  await ingestInput(io, run, reportedFiguresSchema, {
    check: checkFigure,
    accept(r, line) {
      const figure = modelOf(reportedFiguresSchema, r, ['demo']);
      run.record.push(figure);
      lines.set(figure.id, line);
    },
  });
  if (run.issues.length === before) run.issues.push(...contradictionIssues(reportedFiguresSchema.file, run.record, lines, 'contradicts'));
  return undefined;
};
