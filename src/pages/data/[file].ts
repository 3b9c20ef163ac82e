// /data/<file>: the normalised files written by the pipeline, served as they are.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { availablePublishedFiles } from '../../lib/published-files.ts';

export const getStaticPaths: GetStaticPaths = () => availablePublishedFiles().map((f) => ({ params: { file: f.name } }));

export const GET: APIRoute = ({ params }) => {
  const name = String(params['file']);
  const body = readFileSync(resolve(process.env['OUT_DIR'] ?? 'generated', 'publish', name));
  const type = name.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': type } });
};
