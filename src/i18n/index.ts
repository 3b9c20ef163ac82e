// Language helpers: the dictionary, locale-aware numbers and dates, and the two-language route table.
import { en } from './en.ts';
import { id, type Dictionary } from './id.ts';

export type Lang = 'id' | 'en';
export const langs: readonly Lang[] = ['id', 'en'];

export function t(lang: Lang): Dictionary {
  return lang === 'id' ? id : en;
}

/** Intl locale used for numbers and dates: id-ID (1.234,5; 15 Februari 2018), en-GB (1,234.5; 15 February 2018). */
export const locale: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-GB' };

// Intl formatters are costly to construct (a build formats hundreds of thousands of values): one per kind.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  return cached(`n|${lang}|${fractionDigits}`, () => new Intl.NumberFormat(locale[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })).format(value);
}

export function formatPercent(lang: Lang, share: number, fractionDigits = 1): string {
  return cached(`p|${lang}|${fractionDigits}`, () => new Intl.NumberFormat(locale[lang], { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })).format(share);
}

/** "A dan B", "A, B dan C" / "A and B": a list in the reader's language. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return cached(`l|${lang}`, () => new Intl.ListFormat(locale[lang], { style: 'long', type: 'conjunction' })).format(items);
}

/** An ISO date (yyyy-mm-dd) as "15 Februari 2018" / "15 February 2018". */
export function formatDate(lang: Lang, iso: string): string {
  return cached(`d|${lang}`, () => new Intl.DateTimeFormat(locale[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`));
}

/** A month (yyyy-mm) as "Februari 2018". */
export function formatMonth(lang: Lang, month: string): string {
  return cached(`m|${lang}`, () => new Intl.DateTimeFormat(locale[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${month}-01T00:00:00Z`));
}

export type PageRef =
  | { readonly page: 'home' | 'about' | 'methodology' | 'data' | 'search' | 'updates' | 'record' }
  | { readonly page: 'city'; readonly slug: string }
  | { readonly page: 'kecamatan'; readonly code: string }
  | { readonly page: 'embed'; readonly id: string }
  | { readonly page: 'province'; readonly code: string }
  | { readonly page: 'searchProvince'; readonly code: string };

/** The path of a page in a language; the two languages use their own words in the path. */
export function pathOf(ref: PageRef, lang: Lang): string {
  const prefix = lang === 'id' ? '' : '/en';
  switch (ref.page) {
    case 'home':
      return `${prefix}/`;
    case 'about':
      return lang === 'id' ? '/tentang/' : '/en/about/';
    case 'methodology':
      return lang === 'id' ? '/metodologi/' : '/en/methodology/';
    case 'data':
      return `${prefix}/data/`;
    case 'search':
      return lang === 'id' ? '/cari/' : '/en/search/';
    case 'updates':
      return lang === 'id' ? '/pembaruan/' : '/en/updates/';
    case 'record':
      return lang === 'id' ? '/catatan-resmi/' : '/en/official-record/';
    case 'city':
      return lang === 'id' ? `/kota/${ref.slug}/` : `/en/city/${ref.slug}/`;
    case 'kecamatan':
      return `${prefix}/kecamatan/${ref.code}/`;
    case 'embed':
      return `${prefix}/embed/${ref.id}/`;
    case 'province':
      return lang === 'id' ? `/provinsi/${ref.code}/` : `/en/province/${ref.code}/`;
    case 'searchProvince':
      return lang === 'id' ? `/cari/${ref.code}/` : `/en/search/${ref.code}/`;
  }
}

/** The page and language a path belongs to (the inverse of pathOf), so the sitemap can name each page's twin. */
export function pageOf(path: string): { ref: PageRef; lang: Lang } | null {
  const lang: Lang = path === '/en/' || path.startsWith('/en/') ? 'en' : 'id';
  const rest = lang === 'en' ? path.slice(3) : path;
  const fixed: Record<string, PageRef['page']> = lang === 'id' ? { '/': 'home', '/tentang/': 'about', '/metodologi/': 'methodology', '/data/': 'data', '/cari/': 'search', '/pembaruan/': 'updates', '/catatan-resmi/': 'record' } : { '/': 'home', '/about/': 'about', '/methodology/': 'methodology', '/data/': 'data', '/search/': 'search', '/updates/': 'updates', '/official-record/': 'record' };
  const page = fixed[rest];
  if (page === 'home' || page === 'about' || page === 'methodology' || page === 'data' || page === 'search' || page === 'updates' || page === 'record') return { ref: { page }, lang };
  const match = /^\/(kota|city|kecamatan|embed|provinsi|province|cari|search)\/([^/]+)\/$/.exec(rest);
  if (!match) return null;
  const [, kind, key = ''] = match;
  if (kind === (lang === 'id' ? 'kota' : 'city')) return { ref: { page: 'city', slug: key }, lang };
  if (kind === 'kecamatan') return { ref: { page: 'kecamatan', code: key }, lang };
  if (kind === 'embed') return { ref: { page: 'embed', id: key }, lang };
  if (kind === (lang === 'id' ? 'provinsi' : 'province')) return { ref: { page: 'province', code: key }, lang };
  if (kind === (lang === 'id' ? 'cari' : 'search')) return { ref: { page: 'searchProvince', code: key }, lang };
  return null;
}
