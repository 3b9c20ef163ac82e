// generated/site-data.json: everything the pages read, in one file.
import type { OutputStage } from './output-stage.ts';

export const siteDataJson: OutputStage = async (io, { site }) => {
  await io.writeFile('site-data.json', `${JSON.stringify(site)}\n`);
  return undefined;
};
