// How pages name and show the covered cities: each in full when there are a few, one table when there are many.
import { listOf, t, type Lang } from '../i18n/index.ts';
import type { EventInfo, SiteData } from './model.ts';

/**
 * Up to this many cities the home page shows each city's map, figures and trend, and the header links each
 * city; beyond it those would grow with every city added (a province is 27 of them), so one table lists them.
 */
export const CITY_DETAIL_LIMIT = 4;

/** Whether the site covers more cities than the home page and header can show one by one. */
export function manyCities(data: SiteData): boolean {
  return data.cities.length > CITY_DETAIL_LIMIT;
}

/** The covered cities for a title: named when few ("Kota Bogor dan Kota Bandung"), counted when many. */
export function citiesPhrase(lang: Lang, data: SiteData): string {
  return manyCities(data) ? t(lang).home.cityCount(data.cities.length) : listOf(lang, data.cities.map((c) => c.name));
}

/** Which events the home page's timeline shows: all of them for a few cities; with many, only national and province ones (each city's are on its own page, and 514 cities' would bury the rest). */
export function homeEvent(data: SiteData): (e: EventInfo) => boolean {
  return manyCities(data) ? (e) => e.scope !== 'city' : () => true;
}
