// The fixed height of an embed snippet's frame, for hosts that strip the snippet's <script> (many CMSs do):
// tall enough that the embed page is not cut off in any column from 360 to 760 px wide. The embed page
// helps from its side: its drawing shrinks to the height left (global.css, body.embed), so a line of text
// more than estimated costs a few pixels of drawing, never the source line.

export interface EmbedContent {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  /** The drawing's size in its own units (viewBox): the wide layout, and the phone layout if any. */
  readonly wide: { readonly width: number; readonly height: number };
  readonly narrow?: { readonly width: number; readonly height: number };
  /** A map's legend: its title and class labels (with "no data"). */
  readonly legend?: { readonly title: string; readonly labels: readonly string[] };
}

/** The widths people paste embeds into; the phone layout of charts ends at 34rem (544 px). */
export const FRAME_WIDTHS = [360, 760] as const;
const NARROW_BELOW = 544;
/** A map is drawn at most this high in a frame; it shrinks to fit rather than make the frame a page tall. */
const MAP_MAX = 520;
const PADDING = 12;

/** Pixels of a line of text, estimated with a wide fallback font (DejaVu Sans: about 0.6 em per character). */
function textHeight(text: string, width: number, fontPx: number, lineHeight: number, bold = false): number {
  if (text.trim() === '') return 0;
  const perChar = fontPx * (bold ? 0.66 : 0.6);
  const lines = Math.max(1, Math.ceil((text.length * perChar) / width));
  return lines * fontPx * lineHeight;
}

function legendHeight(legend: NonNullable<EmbedContent['legend']>, width: number): number {
  const font = 14.1;
  let rows = 1;
  let x = 0;
  for (const label of legend.labels) {
    const item = 20 + label.length * font * 0.6;
    if (x > 0 && x + 14 + item > width) {
      rows += 1;
      x = 0;
    }
    x += (x > 0 ? 14 : 0) + item;
  }
  return 10 + textHeight(legend.title, width, font, 1.55, true) + 5 + rows * 22 + (rows - 1) * 5;
}

/** Frame height in CSS pixels: the tallest the page needs at any of the widths. */
export function embedFrameHeight(content: EmbedContent): number {
  let need = 0;
  for (const frame of FRAME_WIDTHS) {
    const width = frame - 2 * PADDING;
    const layout = frame < NARROW_BELOW && content.narrow ? content.narrow : content.wide;
    const drawn = (width * layout.height) / layout.width;
    const drawing = content.legend ? Math.min(drawn, MAP_MAX) + legendHeight(content.legend, width) : drawn;
    const text = textHeight(content.title, width, 17.6, 1.15, true) + 4 + textHeight(content.subtitle, width, 14.7, 1.55) + 8 + 6 + textHeight(`${content.source} Data sampai 31 Desember 2024. Lihat selengkapnya di Pantau Netralitas ASN`, width, 12.8, 1.55);
    need = Math.max(need, 2 * PADDING + text + drawing);
  }
  // Rounded up to 10 px, with room for a scrollbar-free fit.
  return Math.ceil((need + 16) / 10) * 10;
}
