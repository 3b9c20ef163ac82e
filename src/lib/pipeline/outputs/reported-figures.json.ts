// publish/reported-figures.json: the public record as JSON, each figure with its region's name.
import type { OutputStage } from './output-stage.ts';

export const reportedFiguresJson: OutputStage = async (io, { record }) => {
  if (record === undefined) return undefined;
  const { figures, regionNames } = record;
  await io.writeFile('publish/reported-figures.json', `${JSON.stringify(figures.map((f) => ({ ...f, region_name: regionNames[f.region] ?? '', demo: false })), null, 1)}\n`);
  return undefined;
};
