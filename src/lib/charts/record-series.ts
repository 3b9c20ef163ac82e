// The public record's national series: per election, reported -> proven -> sanctioned as one statement gave them.
import { scaleLinear } from 'd3';
import { formatNumber, localized, type Lang } from '../../i18n/index.ts';
import { SERIES_STAGES, type SeriesPoint, type SeriesStage } from '../record/national-series.ts';
import { legendRows } from './axes.ts';
import { INK_SOFT, SEQUENTIAL } from './palette.ts';
import { r, type Scene, type Shape } from './scene.ts';

/** Darker as the case moves on: the same sequential blues as the maps. */
export const STAGE_COLORS: Readonly<Record<SeriesStage, string>> = { reported: SEQUENTIAL[2] ?? '#9ecae1', proven: SEQUENTIAL[3] ?? '#3182bd', sanctioned: '#08519c' };

export interface RecordSeriesTexts {
  readonly stages: Readonly<Record<SeriesStage, string>>;
  /** Heading of an election's group: its name and unit, then who stated the figures and when (a second line on phones). */
  readonly heading: (point: SeriesPoint) => { readonly title: string; readonly detail: string };
  readonly notStated: string;
  readonly tip: (election: string, stage: string, value: string) => string;
}

export function drawRecordSeries(points: readonly SeriesPoint[], texts: RecordSeriesTexts, lang: Lang, width: number): Scene {
  const narrow = width < 500;
  const shapes: Shape[] = [];
  const legend = legendRows(SERIES_STAGES.map((s) => ({ kind: 'box' as const, color: STAGE_COLORS[s], label: texts.stages[s] })), width, 0);
  shapes.push(...legend.shapes);
  // Wide enough for the longest stage label (about 6.2 px a character at the tick size).
  const labelWidth = Math.ceil(Math.max(...SERIES_STAGES.map((s) => texts.stages[s].length)) * 6.2) + 10;
  const values = points.flatMap((p) => SERIES_STAGES.map((s) => p.stages[s]?.value ?? 0));
  const x = scaleLinear().domain([0, Math.max(1, ...values)]).range([labelWidth, width - (narrow ? 44 : 56)]);
  const bar = 14;
  const gap = 4;
  let y = legend.height + 14;
  for (const point of points) {
    const name = localized(lang, point.election, 'name');
    const heading = texts.heading(point);
    if (narrow) {
      shapes.push({ t: 'text', x: 0, y: r(y), text: heading.title, cls: 'row-label', weight: 600 });
      y += 15;
      shapes.push({ t: 'text', x: 0, y: r(y), text: heading.detail, cls: 'tick', fill: INK_SOFT });
    } else {
      shapes.push({ t: 'text', x: 0, y: r(y), text: `${heading.title}, ${heading.detail}`, cls: 'row-label', weight: 600 });
    }
    y += 8;
    for (const stage of SERIES_STAGES) {
      const figure = point.stages[stage];
      shapes.push({ t: 'text', x: labelWidth - 6, y: r(y + bar - 3), text: texts.stages[stage], anchor: 'end', cls: 'tick', fill: INK_SOFT });
      if (figure === null) {
        shapes.push({ t: 'text', x: labelWidth + 2, y: r(y + bar - 3), text: texts.notStated, cls: 'tick', fill: INK_SOFT });
      } else {
        const shown = formatNumber(lang, figure.value);
        const w = Math.max(1, x(figure.value) - labelWidth);
        shapes.push({ t: 'rect', x: labelWidth, y: r(y), w: r(w), h: bar, fill: STAGE_COLORS[stage], tip: texts.tip(name, texts.stages[stage], shown) });
        shapes.push({ t: 'text', x: r(labelWidth + w + 4), y: r(y + bar - 3), text: shown, cls: 'cell', size: 11 });
      }
      y += bar + gap;
    }
    y += 16;
  }
  return { width, height: r(y - 8), shapes };
}
