// /data/<file>: the normalised files written by the pipeline, served as they are, and each CSV again as .xlsx.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileKey, keyed } from '../../lib/build-cache/page-keys.ts';
import { availablePublishedFiles } from '../../lib/published-files.ts';
import { csvToXlsx } from '../../lib/xlsx/csv-to-xlsx.ts';

export const getStaticPaths: GetStaticPaths = () =>
  availablePublishedFiles().flatMap((f) => [f.name, ...(f.name.endsWith('.csv') ? [f.name.replace(/\.csv$/, '.xlsx')] : [])]).map((file) => keyed({ params: { file } }, fileKey('publish', file.replace(/\.xlsx$/, '.csv'))));

export const GET: APIRoute = async ({ params }) => {
  const name = String(params['file']);
  const path = (file: string): string => resolve(process.env['OUT_DIR'] ?? 'generated', 'publish', file);
  if (name.endsWith('.xlsx')) {
    const csv = name.replace(/\.xlsx$/, '.csv');
    return new Response(new Uint8Array(await csvToXlsx(readFileSync(path(csv), 'utf8'), csv.replace(/\.csv$/, ''))), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  }
  const body = readFileSync(path(name));
  const type = name.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': type } });
};
