// A chart or map as a standalone, print-ready SVG: title, subtitle, the drawing, source, date and the
// site's address inside the image, in the bundled font (Noto Sans), so it renders the same everywhere.
import type { Scene, Shape } from '../charts/scene.ts';
import { INK, INK_SOFT } from '../charts/palette.ts';
import { exportTextStyle } from '../charts/text-styles.ts';
import { wrap, xml } from './xml.ts';

export const EXPORT_FONT = 'Noto Sans';
const PAD = 24;

export interface ExportTexts {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  /** "Data sampai 2 Januari 2025 · pantau-netralitas.example.org/kota/bogor/" */
  readonly footer: string;
  readonly demo: string | null;
}

function shapeXml(s: Shape): string {
  switch (s.t) {
    case 'rect':
      return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${xml(s.fill)}"${s.cls === 'outlined' ? ' stroke="#8a96a1" stroke-width="0.8"' : ''}/>`;
    case 'circle':
      return `<circle cx="${s.x}" cy="${s.y}" r="${s.r}" fill="${xml(s.fill)}"${s.stroke ? ` stroke="${xml(s.stroke)}"` : ''}/>`;
    case 'line':
      return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${xml(s.stroke)}" stroke-width="${s.width ?? 1}"${s.dash ? ` stroke-dasharray="${xml(s.dash)}"` : ''}/>`;
    case 'path':
      return `<path d="${xml(s.d)}" stroke="${xml(s.stroke)}" stroke-width="${s.width ?? 1.5}" fill="${xml(s.fill ?? 'none')}" stroke-linejoin="round"/>`;
    case 'text': {
      // The page's text classes, inlined from the one table: a standalone SVG has no stylesheet.
      const style = exportTextStyle(s.cls);
      const halo = s.cls === 'map-label' ? ' stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"' : '';
      return `<text x="${s.x}" y="${s.y}" text-anchor="${s.anchor ?? 'start'}" font-size="${s.size ?? style.size}" fill="${xml(s.fill ?? style.fill)}"${s.weight ? ` font-weight="${s.weight}"` : ''}${halo}>${xml(s.text)}</text>`;
    }
  }
}

export function exportSvg(scene: Scene, texts: ExportTexts): string {
  const width = scene.width + PAD * 2;
  const title = wrap(texts.title, Math.floor(scene.width / 10.5));
  const subtitle = wrap(texts.subtitle, Math.floor(scene.width / 6.6));
  const source = wrap(texts.source, Math.floor(scene.width / 5.9));
  let y = PAD + 18;
  const head: string[] = [];
  for (const line of title) {
    head.push(`<text x="${PAD}" y="${y}" font-size="19" font-weight="700" fill="${INK}">${xml(line)}</text>`);
    y += 24;
  }
  for (const line of subtitle) {
    head.push(`<text x="${PAD}" y="${y}" font-size="12.5" fill="${INK_SOFT}">${xml(line)}</text>`);
    y += 17;
  }
  const chartTop = y + 10;
  let fy = chartTop + scene.height + 20;
  const foot: string[] = [`<line x1="${PAD}" y1="${fy - 12}" x2="${width - PAD}" y2="${fy - 12}" stroke="#d5dbe0"/>`];
  for (const line of source) {
    foot.push(`<text x="${PAD}" y="${fy}" font-size="11" fill="${INK_SOFT}">${xml(line)}</text>`);
    fy += 15;
  }
  foot.push(`<text x="${PAD}" y="${fy}" font-size="11" font-weight="700" fill="${INK}">${xml(texts.footer)}</text>`);
  const height = Math.ceil(fy + PAD - 6);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}, sans-serif">`,
    `<title>${xml(texts.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...head,
    `<g transform="translate(${PAD},${chartTop})">`,
    ...scene.shapes.map(shapeXml),
    '</g>',
    ...foot,
    '</svg>',
    '',
  ].join('\n');
}
