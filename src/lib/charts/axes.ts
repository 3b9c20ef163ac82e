// Shared pieces of chart drawing: month arithmetic, axis ticks and the demo stamp.
import { locale, type Lang } from '../../i18n/index.ts';
import type { Shape } from './scene.ts';
import { r } from './scene.ts';
import { INK_SOFT, RULE } from './palette.ts';

/** "2024-11" -> months since year 0, so month ranges are plain integer ranges. */
export const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
export const monthOf = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
/** Fractional month position of a date: 2024-11-15 -> index of 2024-11 plus about half. */
export const monthPosition = (iso: string): number => monthIndex(iso.slice(0, 7)) + (Number(iso.slice(8, 10)) - 1) / 31;

// One formatter per language: constructing Intl formatters per tick was a measurable part of a large build.
const shortMonths = new Map<Lang, Intl.DateTimeFormat>();

export function shortMonth(lang: Lang, month: string): string {
  let f = shortMonths.get(lang);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale[lang], { month: 'short', year: '2-digit', timeZone: 'UTC' });
    shortMonths.set(lang, f);
  }
  return f.format(new Date(`${month}-01T00:00:00Z`));
}

/** Horizontal grid lines with labels at "nice" values of a linear scale from 0 to max. */
export function yGrid(max: number, top: number, bottom: number, left: number, right: number, count: number, format: (v: number) => string, minStep = 0): Shape[] {
  const shapes: Shape[] = [];
  const step = Math.max(minStep, niceStep(max / count));
  for (let v = 0; v <= max + 1e-9; v += step) {
    const y = r(bottom - ((bottom - top) * v) / (max || 1));
    shapes.push({ t: 'line', x1: left, y1: y, x2: right, y2: y, stroke: RULE, width: v === 0 ? 1.2 : 0.8 });
    shapes.push({ t: 'text', x: left - 4, y: r(y + 3.5), text: format(v), anchor: 'end', cls: 'tick' });
  }
  return shapes;
}

export function niceStep(raw: number): number {
  if (raw <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** The largest value an axis should reach: max rounded up to a nice step. */
export function niceMax(max: number, count: number, minStep = 0): number {
  const step = Math.max(minStep, niceStep(max / count));
  return Math.max(step, Math.ceil(max / step) * step);
}

/** "DATA DEMO" on the chart itself, top right, its box wide enough for bold capitals in a wide fallback font
 *  (DejaVu Sans Bold: about 0.78 em a letter), the text centred in it. */
export function demoStamp(width: number, text: string): Shape[] {
  const w = stampBox(text);
  return [
    { t: 'rect', x: width - w - 2, y: 2, w, h: 16, fill: '#5c3b00' },
    { t: 'text', x: width - 2 - w / 2, y: 14, text, anchor: 'middle', fill: '#ffffff', size: 10.5, weight: 700 },
  ];
}

const stampBox = (text: string): number => Math.round(text.length * 8.2 + 12);

export const axisText = (x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end' = 'middle'): Shape => ({ t: 'text', x: r(x), y: r(y), text, anchor, cls: 'tick', fill: INK_SOFT });

export interface LegendItem {
  readonly kind: 'box' | 'line' | 'dash';
  readonly color: string;
  readonly label: string;
}

/** A legend that wraps to the chart's width; the first row leaves room for the demo stamp. */
export function legendRows(items: readonly LegendItem[], width: number, reserve: number): { shapes: Shape[]; height: number } {
  const shapes: Shape[] = [];
  let x = 0;
  let y = 14;
  let limit = width - reserve;
  for (const item of items) {
    // 0.6 em a character: wide enough for DejaVu Sans, the fallback where Noto is missing.
    const w = 22 + item.label.length * 6.9;
    if (x > 0 && x + w > limit) {
      x = 0;
      y += 18;
      limit = width;
    }
    if (item.kind === 'box') shapes.push({ t: 'rect', x, y: y - 10, w: 12, h: 12, fill: item.color, cls: 'outlined' });
    else shapes.push({ t: 'line', x1: item.kind === 'dash' ? x + 6 : x, y1: item.kind === 'dash' ? y - 12 : y - 4, x2: item.kind === 'dash' ? x + 6 : x + 14, y2: item.kind === 'dash' ? y + 3 : y - 4, stroke: item.color, width: item.kind === 'dash' ? 1.5 : 3, ...(item.kind === 'dash' ? { dash: '3 2' } : {}) });
    shapes.push({ t: 'text', x: x + 18, y, text: item.label, cls: 'legend' });
    x += w + 8;
  }
  return { shapes, height: y + 8 };
}

/** Width the demo stamp takes, so a legend can leave room for it. */
export const stampWidth = (text: string | null): number => (text === null ? 0 : stampBox(text) + 8);
