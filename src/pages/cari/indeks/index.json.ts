// /cari/indeks/index.json: which search shards exist ([first key, content hash] in key order); the search box reads it first.
import type { APIRoute } from 'astro';
import { buildSearchShards } from '../../../lib/search/search-shards.ts';
import { siteData } from '../../../lib/site-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(buildSearchShards(siteData()).manifest), { headers: { 'Content-Type': 'application/json' } });
