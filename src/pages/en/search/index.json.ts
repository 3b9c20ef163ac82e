// /en/search/index.json: the search index for the English pages.
import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../../../lib/search/search-index.ts';
import { siteData } from '../../../lib/site-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(buildSearchIndex(siteData(), 'en')), { headers: { 'Content-Type': 'application/json' } });
