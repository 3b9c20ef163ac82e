// The Atom feed of data releases, for journalists: one entry per release, newest first. Built with an XML
// escaper for every value; dates come from the release history, so a rebuild gives the same bytes.
import type { Release, ReleaseHistory } from './release-review.ts';

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);

export interface FeedText {
  readonly title: string;
  readonly entryTitle: (release: Release) => string;
  readonly summary: (release: Release) => string;
}

/** An Atom document; `pageUrl` is the updates page, `selfUrl` the feed's own address. */
export function releaseFeed(history: ReleaseHistory, text: FeedText, pageUrl: string, selfUrl: string): string {
  const updated = history.releases[0]?.date ?? '2000-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(text.title)}</title>`,
    `  <id>${escapeXml(selfUrl)}</id>`,
    `  <link rel="self" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    '  <author><name>Pantau Netralitas ASN</name></author>',
  ];
  history.releases.forEach((release, i) => {
    const anchor = `rilis-${release.date}-${history.releases.length - i}`;
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(text.entryTitle(release))}</title>`,
      `    <id>${escapeXml(`${pageUrl}#${anchor}`)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${pageUrl}#${anchor}`)}"/>`,
      `    <updated>${release.date}T00:00:00Z</updated>`,
      `    <summary>${escapeXml(text.summary(release))}</summary>`,
      '  </entry>',
    );
  });
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** The anchor of a release on the updates page (also the feed entry's link). */
export function releaseAnchor(history: ReleaseHistory, index: number): string {
  const release = history.releases[index];
  return `rilis-${release?.date ?? ''}-${history.releases.length - index}`;
}
