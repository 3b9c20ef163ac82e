// publish/events.csv: the timeline, column for column as events.csv declares it.
import type { EventInfo } from '../../model.ts';
import { eventsSchema } from '../../schema/index.ts';
import { publishedColumns } from '../../schema/published-columns.ts';
import { csvFile } from '../csv-write.ts';
import type { OutputStage } from './output-stage.ts';

export const eventsCsvColumns = publishedColumns<EventInfo>()(eventsSchema, {});

export const eventsCsv: OutputStage = async (io, { site }) => {
  await io.writeFile('publish/events.csv', csvFile(eventsCsvColumns, site.events));
  return undefined;
};
