// Which page gets which social card: every page of the site in both languages, keyed by its path, except
// kecamatan pages: their two languages share one bilingual card. A kecamatan card is what a citizen's chat
// preview shows (place name and its two figures), and at national scale (7,285 kecamatan) one card per
// language was half of all images the build renders.
import { formatNumber, langs, pathOf, t, type Lang, type PageRef } from '../../i18n/index.ts';
import { citiesPhrase } from '../many-cities.ts';
import { ALL } from '../model.ts';
import { manyProvinces, provinces } from '../provinces.ts';
import { hasDemo, siteData } from '../site-data.ts';
import { ogCardSvg } from './og-card.ts';

export interface OgPage {
  readonly key: string;
  readonly lang: Lang;
  readonly path: string;
  readonly title: string;
  readonly headline: string;
  readonly detail: string;
  readonly demo: string | null;
}

/** The card's drawing; `site` is the site's address, printed on the card with the page's path. */
export function ogPageSvg(page: OgPage, site: URL | string | undefined): string {
  const address = new URL(page.path, site ?? 'https://example.org').href.replace(/^https?:\/\//, '');
  return ogCardSvg({ site: t(page.lang).siteName, title: page.title, headline: page.headline, detail: page.detail, demo: page.demo, address });
}

/** File name of a page's card: its path with slashes turned into dashes ("en-city-bogor"). */
export const ogKey = (path: string): string => path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-') || 'home';

/** The card a page shows: its own; for a kecamatan page in any language, the shared bilingual one; a province's list of places shows the search page's. */
export function ogImageKey(ref: PageRef, lang: Lang): string {
  if (ref.page === 'searchProvince') return ogKey(pathOf({ page: 'search' }, lang));
  return ogKey(pathOf(ref, ref.page === 'kecamatan' ? 'id' : lang));
}

export async function ogPages(): Promise<OgPage[]> {
  const data = siteData();
  const provinceList = manyProvinces(data) ? await provinces(data) : [];
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
    for (const p of provinceList) {
      const sum = (field: 'reported' | 'proven'): number => p.cities.reduce((a, c) => a + (data.totals[ALL]?.[c.code]?.[field] ?? 0), 0);
      add({ page: 'province', code: p.code }, dict.province.title(p.name), { headline: dict.og.headline(formatNumber(lang, sum('reported')), formatNumber(lang, sum('proven'))), detail: dict.og.detail(data.elections.length) });
    }
    const plain = { headline: dict.og.plain, detail: dict.tagline };
    add({ page: 'about' }, dict.about.title, plain);
    add({ page: 'methodology' }, dict.methodology.title, plain);
    add({ page: 'data' }, dict.data.title, plain);
    add({ page: 'search' }, dict.search.title, plain);
    add({ page: 'updates' }, dict.updates.title, plain);
    add({ page: 'record' }, dict.record.title, { headline: dict.record.title, detail: dict.record.nav });
  }
  out.push(...kecamatanCards());
  return out;
}

/** One card per kecamatan for both languages: Indonesian first, the English figures beneath. */
function kecamatanCards(): OgPage[] {
  const data = siteData();
  const [id, en] = [t('id'), t('en')];
  const cityName = new Map(data.cities.map((c) => [c.code, c.name]));
  const demo = hasDemo(data) ? `${id.demo.badge} · ${en.demo.badge}` : null;
  return data.kecamatan.map((k) => {
    const totals = data.totals[ALL]?.[k.code];
    const [reported, proven] = [totals?.reported ?? 0, totals?.proven ?? 0];
    const path = pathOf({ page: 'kecamatan', code: k.code }, 'id');
    return {
      key: ogKey(path),
      lang: 'id',
      path,
      title: `${id.kecamatan.title(k.name)}, ${cityName.get(k.cityCode) ?? ''}`,
      headline: id.og.headline(formatNumber('id', reported), formatNumber('id', proven)),
      detail: en.og.headline(formatNumber('en', reported), formatNumber('en', proven)),
      demo,
    };
  });
}
