// Texts the data gives once per authored language, in a column each (elections.csv name_id, name_en), in the reader's language.
import { authored, authoredLangs, type Authored, type AuthoredLang, type Lang } from './langs.ts';

/** A row with a column per authored language for `base`: { name_id, name_en } for 'name'. */
export type Localized<B extends string> = Readonly<Record<`${B}_${AuthoredLang}`, string>>;

/** The row's `base` text in the reader's language: localized(lang, election, 'name'). */
export function localized<B extends string>(lang: Lang, row: Localized<B>, base: B): string {
  const text = Object.fromEntries(authoredLangs.map((a) => [a, row[`${base}_${a}`]])) as Record<AuthoredLang, string> satisfies Authored;
  return authored(lang, text);
}

/** An official figure's note: Indonesian in `note`, English in `note_en` (reported-figures.csv). */
export function recordNote(lang: Lang, figure: { readonly note: string; readonly note_en: string }): string {
  return authored(lang, { id: figure.note, en: figure.note_en });
}
