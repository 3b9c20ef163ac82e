// /export/<id>.svg|png|csv: print-ready downloads of every chart and map (English).
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFile, exportFiles, type ExportFileProps } from '../../../lib/export/endpoint.ts';

export const getStaticPaths: GetStaticPaths = () => exportFiles('en');
export const GET: APIRoute = ({ props, site }) => exportFile('en', props as ExportFileProps, site);
