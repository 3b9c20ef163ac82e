// The languages this build publishes, and the tables derived from the language list (src/i18n/languages.ts).
import { languages, type Lang } from './languages.ts';

export { authored, authoredLangs, languages, type Authored, type AuthoredLang, type Lang } from './languages.ts';

/** The language of / and of x-default alternates. */
export const defaultLang: Lang = 'id';

/** The languages this build publishes: the pseudo-locale only when PANTAU_PSEUDO_LOCALE=1 (tests/site/pseudo-locale.test.ts). */
export const langs: readonly Lang[] = (Object.keys(languages) as Lang[]).filter((lang) => !languages[lang].pseudo || process.env['PANTAU_PSEUDO_LOCALE'] === '1');

/** Intl locale used for numbers and dates: id-ID (1.234,5; 15 Februari 2018), en-GB (1,234.5; 15 February 2018). */
export const locale = Object.fromEntries(Object.entries(languages).map(([lang, spec]) => [lang, spec.locale])) as Readonly<Record<Lang, string>>;
