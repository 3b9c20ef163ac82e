// Every page of the site as (page, language) pairs, read from the route table: the getStaticPaths of the page
// routes in src/pages/ (one route per template), so no file under src/pages/ names a language.
import { langs, type Lang } from '../i18n/langs.ts';
import { keyed, pathKey, refKey } from './build-cache/page-keys.ts';
import { pathParam, type FixedPage, type PageRef } from '../i18n/routes.ts';
import { exportables, type ExportableEntry } from './export/exportables.ts';
import { provincePaths } from './provinces.ts';
import { siteData } from './site-data.ts';

/** What a page route hands its template: the language and the page (its slug or code). */
export interface PageProps<R extends PageRef = PageRef> {
  readonly lang: Lang;
  readonly ref: R;
}

type RefOf<Page extends PageRef['page']> = Extract<PageRef, { readonly page: Page }>;

/** A route's static paths: one per built language and page, under the route's rest parameter, with the page cache's key (build-cache/page-keys.ts). */
type Paths<P extends string, R extends PageRef, Extra = object> = { params: Record<P, string | undefined>; props: PageProps<R> & Extra; cacheKey?: string }[];

const each = <P extends string, R extends PageRef>(param: P, refs: (lang: Lang) => readonly R[]): Paths<P, R> =>
  langs.flatMap((lang) => refs(lang).map((ref) => keyed({ params: { [param]: pathParam(ref, lang) } as Record<P, string | undefined>, props: { lang, ref } }, refKey(ref))));


/** The pages that exist once per language (home, about, methodology…). */
export function fixedPaths<P extends string>(param: P, page: FixedPage): Paths<P, RefOf<FixedPage>> {
  return each(param, () => [{ page }]);
}

/** A page per city, by its slug. */
export function cityPaths<P extends string>(param: P): Paths<P, RefOf<'city'>> {
  return each(param, () => siteData().cities.map((c) => ({ page: 'city' as const, slug: c.slug })));
}

/** A page per kecamatan, by its Kemendagri code. */
export function kecamatanPaths<P extends string>(param: P): Paths<P, RefOf<'kecamatan'>> {
  return each(param, () => siteData().kecamatan.map((k) => ({ page: 'kecamatan' as const, code: k.code })));
}

/** Province pages and per-province search pages exist only when the site spans several provinces with many cities. */
export async function provincePagePaths<P extends string, Page extends 'province' | 'searchProvince'>(param: P, page: Page): Promise<Paths<P, RefOf<Page>>> {
  const codes = (await provincePaths()).map((p) => p.params.code);
  return each(param, () => codes.map((code) => ({ page, code }) as RefOf<Page>));
}

/** Embed pages carry the exportable they show (its texts are in the page's language). */
export function embedPaths<P extends string>(param: P): Paths<P, RefOf<'embed'>, { item: ExportableEntry }> {
  return langs.flatMap((lang) =>
    exportables(lang).map((item) => {
      const ref = { page: 'embed', id: item.id } as const;
      return keyed({ params: { [param]: pathParam(ref, lang) } as Record<P, string | undefined>, props: { lang, ref, item } }, pathKey(item.page));
    }),
  );
}
