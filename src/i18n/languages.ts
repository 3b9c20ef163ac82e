// The languages of the site, defined once: every table keyed by language (dictionaries, locales, path
// words, data columns) is a Record<Lang, …>, so the type checker names each place a new language must fill.
// Nothing here has side effects, so a client script that reaches termLabel through vocabulary.ts carries none of it.
import { pseudo } from './pseudo.ts';

/** The languages whose texts people write: each has a dictionary, and data files carry a column per language (name_id, name_en). */
export const authoredLangs = ['id', 'en'] as const;
export type AuthoredLang = (typeof authoredLangs)[number];

/** A text as written in each authored language (a data file's x_id and x_en columns, a schema's doc). */
export type Authored = Readonly<Record<AuthoredLang, string>>;

interface LangSpec {
  /** Intl locale for numbers and dates. */
  readonly locale: string;
  /** Open Graph locale (og:locale). */
  readonly ogLocale: string;
  /** Built only on request: the pseudo-locale that tests build to find untranslated text. */
  readonly pseudo: boolean;
  /** The reader's text of something written in the authored languages. */
  readonly text: (authored: Authored) => string;
}

/**
 * Every language a page can be built in, in the order pages list them (hreflang links, the language switch);
 * the one served at / is defaultLang (langs.ts), whose path words have no prefix (routes.ts).
 * xx is a pseudo-locale: English with every text bracketed (⟦Home⟧), so anything not bracketed on an xx page
 * was not translated. A pseudo-locale has no Intl data: it formats numbers and dates as en-GB.
 */
export const languages = {
  id: { locale: 'id-ID', ogLocale: 'id_ID', pseudo: false, text: (a) => a.id },
  en: { locale: 'en-GB', ogLocale: 'en_GB', pseudo: false, text: (a) => a.en },
  xx: { locale: 'en-GB', ogLocale: 'en_GB', pseudo: true, text: (a) => pseudo(a.en) },
} as const satisfies Readonly<Record<AuthoredLang, LangSpec>> & Readonly<Record<string, LangSpec>>;

export type Lang = keyof typeof languages;

/** A text written in the authored languages, in the reader's language. */
export function authored(lang: Lang, text: Authored): string {
  return languages[lang].text(text);
}
