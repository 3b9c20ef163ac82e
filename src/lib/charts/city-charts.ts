// The charts of a city page, in the registry's order (`registry.ts`): the city page and the tests read them here.
import type { Lang } from '../../i18n/index.ts';
import type { SiteData } from '../model.ts';
import type { Chart } from './chart.ts';
import { chartsAt } from './chart-of.ts';

/** A city's charts, drawn once per dataset, city and language: the city page, the home page's trend and the exports share them. */
export function cityCharts(site: SiteData, cityCode: string, lang: Lang): readonly Chart[] {
  return chartsAt(site, { scope: 'city', code: cityCode }, lang);
}
