// /cari/indeks/<hash>.json: one shard of the search index, shared by both languages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchShards, type Shard } from '../../../lib/search/search-shards.ts';
import { siteData } from '../../../lib/site-data.ts';

export const getStaticPaths: GetStaticPaths = () => {
  const { shards } = buildSearchShards(siteData());
  return [...shards].map(([hash, shard]) => ({ params: { shard: hash }, props: { shard } }));
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { shard: Shard }).shard), { headers: { 'Content-Type': 'application/json' } });
