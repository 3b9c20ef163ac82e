// /geo/<file>: simplified boundaries from the build's boundaries step (absent when there were none).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed, fileKey } from '../../lib/build-cache/page-keys.ts';
import { geoIndex } from '../../lib/geo-data.ts';

export const getStaticPaths: GetStaticPaths = () =>
  Object.values(geoIndex().cities)
    .flatMap((c) => [c.kecamatan, c.kelurahan])
    .filter((f): f is string => f !== null)
    .map((file) => keyed({ params: { file } }, fileKey('geo', file)));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(resolve(process.env['OUT_DIR'] ?? 'generated', 'geo', String(params['file']))), { headers: { 'Content-Type': 'application/json' } });
