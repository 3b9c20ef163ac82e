// Which page gets which social card: every page of the site in both languages, keyed by its path.
import { formatNumber, langs, pathOf, t, type Lang, type PageRef } from '../../i18n/index.ts';
import { citiesPhrase } from '../many-cities.ts';
import { ALL } from '../model.ts';
import { hasDemo, siteData } from '../site-data.ts';

export interface OgPage {
  readonly key: string;
  readonly lang: Lang;
  readonly path: string;
  readonly title: string;
  readonly headline: string;
  readonly detail: string;
  readonly demo: string | null;
}

/** File name of a page's card: its path with slashes turned into dashes ("en-city-bogor"). */
export const ogKey = (path: string): string => path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-') || 'home';

export function ogPages(): OgPage[] {
  const data = siteData();
  const out: OgPage[] = [];
  for (const lang of langs) {
    const dict = t(lang);
    const demo = hasDemo(data) ? dict.demo.badge : null;
    const figures = (area: string): { headline: string; detail: string } => {
      const totals = data.totals[ALL]?.[area];
      return { headline: dict.og.headline(formatNumber(lang, totals?.reported ?? 0), formatNumber(lang, totals?.proven ?? 0)), detail: dict.og.detail(data.elections.length) };
    };
    const add = (ref: PageRef, title: string, f: { headline: string; detail: string }): void => {
      const path = pathOf(ref, lang);
      out.push({ key: ogKey(path), lang, path, title, demo, ...f });
    };
    const citiesText = citiesPhrase(lang, data);
    const allReported = data.cities.reduce((a, c) => a + (data.totals[ALL]?.[c.code]?.reported ?? 0), 0);
    const allProven = data.cities.reduce((a, c) => a + (data.totals[ALL]?.[c.code]?.proven ?? 0), 0);
    add({ page: 'home' }, dict.home.title(citiesText), { headline: dict.og.headline(formatNumber(lang, allReported), formatNumber(lang, allProven)), detail: dict.og.detail(data.elections.length) });
    for (const city of data.cities) add({ page: 'city', slug: city.slug }, dict.city.title(city.name), figures(city.code));
    for (const k of data.kecamatan) add({ page: 'kecamatan', code: k.code }, `${dict.kecamatan.title(k.name)}, ${data.cities.find((c) => c.code === k.cityCode)?.name ?? ''}`, figures(k.code));
    const plain = { headline: dict.og.plain, detail: dict.tagline };
    add({ page: 'about' }, dict.about.title, plain);
    add({ page: 'methodology' }, dict.methodology.title, plain);
    add({ page: 'data' }, dict.data.title, plain);
    add({ page: 'search' }, dict.search.title, plain);
    add({ page: 'updates' }, dict.updates.title, plain);
    add({ page: 'record' }, dict.record.title, { headline: dict.record.title, detail: dict.record.nav });
  }
  return out;
}
