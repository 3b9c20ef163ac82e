// /export/<id>.svg|png|csv: print-ready downloads of every chart and map (Indonesian).
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFile, exportFiles, type ExportFileProps } from '../../lib/export/endpoint.ts';

export const getStaticPaths: GetStaticPaths = () => exportFiles('id');
export const GET: APIRoute = ({ props, site }) => exportFile('id', props as ExportFileProps, site);
