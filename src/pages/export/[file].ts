// /export/<id>.svg|png|csv: print-ready downloads of every chart and map (Indonesian).
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFile, exportFiles } from '../../lib/export/endpoint.ts';

export const getStaticPaths: GetStaticPaths = () => exportFiles('id');
export const GET: APIRoute = ({ params, site }) => exportFile('id', String(params['file']), site);
