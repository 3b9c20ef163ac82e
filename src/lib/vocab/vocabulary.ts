// A controlled vocabulary: the canonical keys a column accepts, with their labels and the spellings stewards use.
import { authored, type Lang } from '../../i18n/languages.ts';

export interface Term {
  /** Canonical key written to the normalised data. */
  readonly key: string;
  readonly id: string;
  readonly en: string;
  /** Other spellings accepted on input (Indonesian and English forms, abbreviations). */
  readonly aliases?: readonly string[];
}

export interface Vocabulary {
  readonly name: string;
  readonly terms: readonly Term[];
}

/** Folds a spelling to a lookup key so that case, spaces and punctuation never matter. */
export function termKey(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Builds the spelling -> canonical key lookup once per vocabulary. */
export function vocabularyLookup(vocab: Vocabulary): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const term of vocab.terms) {
    for (const spelling of [term.key, term.id, term.en, ...(term.aliases ?? [])]) {
      lookup.set(termKey(spelling), term.key);
    }
  }
  return lookup;
}

/** Label of a key in a language, for pages and error messages. */
export function termLabel(vocab: Vocabulary, key: string, lang: Lang): string {
  const term = vocab.terms.find((t) => t.key === key);
  return term ? authored(lang, term) : key;
}
