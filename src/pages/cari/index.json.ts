// /cari/index.json: the search index for the Indonesian pages.
import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../../lib/search/search-index.ts';
import { siteData } from '../../lib/site-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(buildSearchIndex(siteData(), 'id')), { headers: { 'Content-Type': 'application/json' } });
