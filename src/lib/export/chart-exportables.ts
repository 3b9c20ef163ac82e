// Every exported chart of the registry at every place of its scope, as embeds and downloads: cities first,
// then the site-wide charts, then each kecamatan.
import { pathOf, type Lang } from '../../i18n/index.ts';
import { exportedChartsAt, type At } from '../charts/chart-of.ts';
import type { Scope } from '../charts/chart-spec.ts';
import type { SiteData } from '../model.ts';
import { siteLookup } from '../site-lookup.ts';
import type { ExportableEntry } from './exportable.ts';

export function chartExportables(site: SiteData, lang: Lang): ExportableEntry[] {
  const places: At[] = [
    ...site.cities.map((c): At => ({ scope: 'city', code: c.code })),
    { scope: 'national' },
    ...site.kecamatan.map((k): At => ({ scope: 'kecamatan', code: k.code })),
  ];
  return places.flatMap((at) => {
    const page = pageOf(site, at, lang);
    return exportedChartsAt<Scope>(site, at, lang).map(({ id, draw }): ExportableEntry => {
      const anchor = `${page}#${id}`;
      return {
        id,
        kind: 'chart',
        page: anchor,
        draw: () => {
          const c = draw();
          return { id, kind: 'chart', title: c.title, subtitle: c.subtitle, source: c.source, summary: c.summary, scene: c.wide, narrow: c.narrow, table: c.table, page: anchor, demo: c.demo };
        },
      };
    });
  });
}

/** The page a place's charts sit on, where an embed's and a download's address lead. */
function pageOf(site: SiteData, at: At, lang: Lang): string {
  if (!('code' in at)) return pathOf({ page: 'home' }, lang);
  if (at.scope === 'kecamatan') return pathOf({ page: 'kecamatan', code: at.code }, lang);
  return pathOf({ page: 'city', slug: siteLookup(site).city.get(at.code)!.slug }, lang);
}
