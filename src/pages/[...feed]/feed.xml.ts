// /pembaruan/feed.xml (/en/updates/feed.xml): the Atom feed of data releases, in every language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../i18n/langs.ts';
import { feedFolder } from '../../i18n/routes.ts';
import { feedResponse } from '../../lib/release/feed-route.ts';

export const getStaticPaths: GetStaticPaths = () => langs.map((lang) => ({ params: { feed: feedFolder(lang) }, props: { lang } }));

export const GET: APIRoute = ({ props, site }) => feedResponse((props as { lang: Lang }).lang, site);
