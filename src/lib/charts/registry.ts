// Every chart of the site, one spec each (`specs/`). Pages ask for a chart by scope and id; embeds and
// downloads are made for every exported chart at every place of its scope, in this order.
import type { RegisteredChart, Scope } from './chart-spec.ts';
import { casesMonthlyCity } from './specs/cases-monthly-city.ts';
import { casesMonthlyKecamatan } from './specs/cases-monthly-kecamatan.ts';
import { categoriesCity } from './specs/categories-city.ts';
import { coverageCity } from './specs/coverage-city.ts';
import { kecamatanRatesCity } from './specs/kecamatan-rates-city.ts';
import { officialRecordNational } from './specs/official-record-national.ts';
import { outcomesCity } from './specs/outcomes-city.ts';
import { timelineCity, timelineKecamatan, timelineNational } from './specs/timelines.ts';

export const CHARTS = [
  casesMonthlyCity, coverageCity, kecamatanRatesCity, outcomesCity, categoriesCity, timelineCity,
  timelineNational, officialRecordNational,
  casesMonthlyKecamatan, timelineKecamatan,
] as const;

/** The ids a page may ask for at a scope: a misspelt or misplaced id does not compile. */
export type ChartId<S extends Scope> = Extract<(typeof CHARTS)[number], { readonly scope: S }>['id'];

/** The specs of one scope, in the registry's order. */
export function specsOf<S extends Scope>(scope: S): RegisteredChart<S>[] {
  return CHARTS.filter((spec): spec is Extract<(typeof CHARTS)[number], { readonly scope: S }> => spec.scope === scope) as unknown as RegisteredChart<S>[];
}
