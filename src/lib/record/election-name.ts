// The name of an election a record figure cites, in the reader's language.
import { localized, type Lang } from '../../i18n/index.ts';
import type { ElectionInfo } from '../model.ts';

/** Falls back to the election's id, so a figure citing an election the record does not list still reads. */
export function electionName(elections: readonly ElectionInfo[], id: string, lang: Lang): string {
  const e = elections.find((x) => x.id === id);
  return e ? localized(lang, e, 'name') : id;
}
