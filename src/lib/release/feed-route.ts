// The feed of one language as an Astro endpoint response: the text of the updates dictionary, absolute links.
import { formatDate, formatNumber, pathOf, t, type Lang } from '../../i18n/index.ts';
import { releaseHistory } from '../releases.ts';
import { releaseFeed } from './release-feed.ts';

export function feedResponse(lang: Lang, site: URL | undefined): Response {
  const d = t(lang).updates;
  const base = site ?? new URL('https://example.org');
  const page = new URL(pathOf({ page: 'updates' }, lang), base).href;
  const body = releaseFeed(
    releaseHistory(),
    {
      title: d.feedTitle,
      entryTitle: (r) => d.release(formatDate(lang, r.date)),
      summary: (r) => {
        const rows = r.files.map((f) => `${f.file} ${f.before === null ? '–' : formatNumber(lang, f.before)} → ${formatNumber(lang, f.after)}`).join(', ');
        return d.feedSummary(rows, r.flagged > 0 ? d.feedFlagged(formatNumber(lang, r.flagged)) : d.feedCalm);
      },
    },
    page,
    new URL('feed.xml', page).href,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
