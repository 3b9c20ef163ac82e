// /export/<id>.svg|csv|xlsx (/en/export/…): print-ready downloads of every chart and map, in every language (the
// PNG is drawn from the SVG by the reader's browser: src/scripts/png-maker.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFile, exportFiles, type ExportFileProps } from '../../lib/export/endpoint.ts';
import { langs, type Lang } from '../../i18n/langs.ts';
import { exportFolder } from '../../i18n/routes.ts';
import { keyed, pathKey } from '../../lib/build-cache/page-keys.ts';

type Props = ExportFileProps & { lang: Lang };

export const getStaticPaths: GetStaticPaths = () =>
  langs.flatMap((lang) => exportFiles(lang).map(({ params, props }) => keyed({ params: { exports: exportFolder(lang), file: params.file }, props: { ...props, lang } satisfies Props }, pathKey(props.item.page))));

export const GET: APIRoute = ({ props, site }) => exportFile((props as Props).lang, props as Props, site);
