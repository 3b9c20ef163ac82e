// All input files in the order the pipeline reads them (references before the rows that use them).
import { casesSchema } from './cases.ts';
import { citiesSchema } from './cities.ts';
import { electionsSchema } from './elections.ts';
import { eventsSchema } from './events.ts';
import { headcountSchema } from './headcount.ts';
import { reportedFiguresSchema } from './reported-figures.ts';
import { signingsSchema } from './signings.ts';
import type { FileSchema } from './column.ts';

export { casesSchema, citiesSchema, electionsSchema, eventsSchema, headcountSchema, reportedFiguresSchema, signingsSchema };

export const allSchemas: readonly FileSchema[] = [citiesSchema, electionsSchema, headcountSchema, eventsSchema, reportedFiguresSchema, signingsSchema, casesSchema];
