// A share the public record allows (proven ÷ reported, sanctioned ÷ proven), as the record's tables print it.
import { formatPercent, type Lang } from '../../i18n/index.ts';

/** A dash where one statement does not allow the share. */
export function formatShare(lang: Lang, v: number | null | undefined): string {
  return v === null || v === undefined ? '–' : formatPercent(lang, v);
}
