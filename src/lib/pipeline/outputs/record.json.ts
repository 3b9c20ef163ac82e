// generated/record.json: the public record as the pages read it, with every election and the region names.
import type { OutputStage } from './output-stage.ts';

export const recordJson: OutputStage = async (io, { elections, record }) => {
  if (record !== undefined) await io.writeFile('record.json', `${JSON.stringify({ elections, figures: record.figures, regionNames: record.regionNames })}\n`);
  return undefined;
};
