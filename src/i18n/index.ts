// Language helpers: the dictionary, locale-aware numbers and dates; the languages (langs.ts) and the route table (routes.ts).
import { en } from './en.ts';
import { id, type Dictionary } from './id.ts';
import { locale, type Lang } from './langs.ts';
import { pseudoDictionary } from './pseudo.ts';

export { authored, defaultLang, langs, languages, locale, type Authored, type AuthoredLang, type Lang } from './langs.ts';
export { localized, recordNote, type Localized } from './localized.ts';
export { pageOf, pathOf, type PageRef } from './routes.ts';

const dictionaries: Readonly<Record<Lang, Dictionary>> = { id, en, xx: pseudoDictionary(en) };

export function t(lang: Lang): Dictionary {
  return dictionaries[lang];
}

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

// Formatting a date costs microseconds even with its formatter kept, and a build formats the same few thousand
// dates hundreds of thousands of times: each text is kept once made.
const texts = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    text = make();
    texts.set(key, text);
  }
  return text;
}

// Counts (whole numbers below 10,000: axis ticks, months' cases, headcounts) are most of what is formatted: each
// text is kept per language once made. Other numbers go to the formatter every time.
const counts = new Map<Lang, string[]>();

export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  const format = (): string => cached(`n|${lang}|${fractionDigits}`, () => new Intl.NumberFormat(locale[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })).format(value);
  if (fractionDigits !== 0 || !Number.isInteger(value) || value < 0 || value >= 10_000 || Object.is(value, -0)) return format();
  let known = counts.get(lang);
  if (known === undefined) counts.set(lang, (known = []));
  return (known[value] ??= format());
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
  return remembered(`d|${lang}|${iso}`, () => cached(`d|${lang}`, () => new Intl.DateTimeFormat(locale[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`)));
}

/** A month (yyyy-mm) as "Februari 2018". */
export function formatMonth(lang: Lang, month: string): string {
  return remembered(`m|${lang}|${month}`, () => cached(`m|${lang}`, () => new Intl.DateTimeFormat(locale[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${month}-01T00:00:00Z`)));
}
