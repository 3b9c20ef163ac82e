// The route table: the words each language uses in its paths. Every URL of a page is built from it (pathOf),
// read back through it (pageOf), and the page routes (src/pages/[...*].astro) enumerate it (src/lib/page-paths.ts).
import { languages, type Lang } from './langs.ts';

export type FixedPage = 'home' | 'about' | 'methodology' | 'data' | 'search' | 'updates' | 'record';

export type PageRef =
  | { readonly page: FixedPage }
  | { readonly page: 'city'; readonly slug: string }
  | { readonly page: 'kecamatan'; readonly code: string }
  | { readonly page: 'embed'; readonly id: string }
  | { readonly page: 'province'; readonly code: string }
  | { readonly page: 'searchProvince'; readonly code: string };

/** The pages that exist once per key (a city's slug, a kecamatan's code…), and the folder their key sits in. */
type KeyedPage = Exclude<PageRef['page'], FixedPage>;

interface Slugs {
  /** The folder of the language's pages ('' for the default language, at /). */
  readonly prefix: string;
  /** Each page's folder; home has none. searchProvince pages sit in search's folder. */
  readonly pages: Readonly<Record<Exclude<FixedPage, 'home'> | Exclude<KeyedPage, 'searchProvince'>, string>>;
  /** The folder of chart downloads (/export/<id>.svg). */
  readonly export: string;
}

const enSlugs: Slugs = {
  prefix: 'en',
  pages: { about: 'about', methodology: 'methodology', data: 'data', search: 'search', updates: 'updates', record: 'official-record', city: 'city', kecamatan: 'kecamatan', embed: 'embed', province: 'province' },
  export: 'export',
};

export const slugs: Readonly<Record<Lang, Slugs>> = {
  id: {
    prefix: '',
    pages: { about: 'tentang', methodology: 'metodologi', data: 'data', search: 'cari', updates: 'pembaruan', record: 'catatan-resmi', city: 'kota', kecamatan: 'kecamatan', embed: 'embed', province: 'provinsi' },
    export: 'export',
  },
  en: enSlugs,
  xx: { ...enSlugs, prefix: 'xx' },
};

/** The path segments of a page after its language's prefix: ['kota', 'bogor']. */
function segmentsOf(ref: PageRef, lang: Lang): string[] {
  const words = slugs[lang].pages;
  switch (ref.page) {
    case 'home':
      return [];
    case 'city':
      return [words.city, ref.slug];
    case 'kecamatan':
      return [words.kecamatan, ref.code];
    case 'embed':
      return [words.embed, ref.id];
    case 'province':
      return [words.province, ref.code];
    case 'searchProvince':
      return [words.search, ref.code];
    default:
      return [words[ref.page]];
  }
}

/** A language's folder followed by the given segments, as a path without leading or trailing slash ('' for /). */
export function joinPath(lang: Lang, segments: readonly string[]): string {
  return [slugs[lang].prefix, ...segments].filter((s) => s !== '').join('/');
}

/** The rest parameter of a page's route: its path without slashes, undefined for / (Astro's rest parameter for the root). */
export function pathParam(ref: PageRef, lang: Lang): string | undefined {
  return joinPath(lang, segmentsOf(ref, lang)) || undefined;
}

/** The path of a page in a language; each language uses its own words in the path. */
export function pathOf(ref: PageRef, lang: Lang): string {
  const path = joinPath(lang, segmentsOf(ref, lang));
  return path === '' ? '/' : `/${path}/`;
}

/** The page a path's segments name in a language, or null. */
function refOf(segments: readonly string[], lang: Lang): PageRef | null {
  const words = slugs[lang].pages;
  const [first = '', key, ...more] = segments;
  if (segments.length === 0) return { page: 'home' };
  if (more.length > 0) return null;
  if (key === undefined) {
    const fixed = (['about', 'methodology', 'data', 'search', 'updates', 'record'] as const).find((page) => words[page] === first);
    return fixed ? { page: fixed } : null;
  }
  if (first === words.city) return { page: 'city', slug: key };
  if (first === words.kecamatan) return { page: 'kecamatan', code: key };
  if (first === words.embed) return { page: 'embed', id: key };
  if (first === words.province) return { page: 'province', code: key };
  if (first === words.search) return { page: 'searchProvince', code: key };
  return null;
}

/** The page and language a path belongs to (the inverse of pathOf), so the sitemap can name each page's twin. */
export function pageOf(path: string): { ref: PageRef; lang: Lang } | null {
  if (!path.startsWith('/') || !path.endsWith('/')) return null;
  const segments = path.split('/').filter((s) => s !== '');
  const prefixed = (Object.keys(languages) as Lang[]).find((l) => slugs[l].prefix !== '' && segments[0] === slugs[l].prefix);
  const lang = prefixed ?? (Object.keys(languages) as Lang[]).find((l) => slugs[l].prefix === '');
  if (lang === undefined) return null;
  const ref = refOf(prefixed ? segments.slice(1) : segments, lang);
  return ref ? { ref, lang } : null;
}

/** A language's folder of chart downloads (export, en/export): the rest parameter of src/pages/[...exports]/[file].ts. */
export function exportFolder(lang: Lang): string {
  return joinPath(lang, [slugs[lang].export]);
}

/** A language's Atom feed folder (pembaruan, en/updates): the rest parameter of src/pages/[...feed]/feed.xml.ts. */
export function feedFolder(lang: Lang): string {
  return joinPath(lang, [slugs[lang].pages.updates]);
}
