// The static choropleth: an SVG drawn at build time with d3-geo. It is what a reader without JavaScript
// sees, and what the image exports print. Each kecamatan is a link to its page.
import { geoMercator, geoPath } from 'd3';
import { forD3 } from '../geo/d3-winding.ts';
import type { AreaCollection } from '../geo/simplify-boundaries.ts';

type AreaFeature = AreaCollection['features'][number];
import { classIndex } from './class-index.ts';
import { FEW_MARK } from '../format-metric.ts';

export interface ChoroplethInput {
  readonly geometry: AreaCollection;
  readonly width: number;
  readonly breaks: readonly number[];
  readonly colors: readonly string[];
  readonly noDataColor: string;
  readonly value: (code: string) => number | null;
  /** Text for each kecamatan's accessible name and tooltip, e.g. "Buahbatu: 2,5". */
  readonly describe: (code: string) => string;
  readonly url: (code: string) => string;
  readonly labels: Readonly<Record<string, readonly [number, number]>>;
  readonly names: Readonly<Record<string, string>>;
  readonly fontSize?: number;
  /** Whether a kecamatan's value rests on few cases: its shape is hatched and its label marked. */
  readonly few?: (code: string) => boolean;
}

export interface ChoroplethShape {
  readonly code: string;
  readonly d: string;
  readonly fill: string;
  readonly noData: boolean;
  readonly href: string;
  readonly label: string;
  readonly few: boolean;
}

export interface ChoroplethLabel {
  readonly code: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface Choropleth {
  readonly width: number;
  readonly fontSize: number;
  readonly height: number;
  readonly shapes: readonly ChoroplethShape[];
  readonly labels: readonly ChoroplethLabel[];
  /** Larger labels for narrow screens (fewer fit); the page shows one set or the other. */
  readonly narrowFontSize: number;
  readonly narrowLabels: readonly ChoroplethLabel[];
}

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** A city's outlines projected at one width: the same for every metric and election, so drawn once per build. */
interface Projected {
  readonly features: readonly AreaFeature[];
  readonly paths: readonly string[];
  readonly height: number;
  readonly bySize: readonly AreaFeature[];
  readonly projection: (at: [number, number]) => [number, number] | null;
}

const projections = new WeakMap<AreaCollection, Map<number, Projected>>();

function projected(geometry: AreaCollection, width: number): Projected {
  const perWidth = projections.get(geometry) ?? new Map<number, Projected>();
  projections.set(geometry, perWidth);
  const hit = perWidth.get(width);
  if (hit) return hit;
  const features = geometry.features.map(forD3);
  const fc = { type: 'FeatureCollection' as const, features };
  const projection = geoMercator().fitWidth(width, fc);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(fc);
  const height = Math.ceil(y1 - Math.min(0, y0)) + 2;
  const bySize = [...features].sort((a, b) => path.area(b) - path.area(a));
  const made = { features, paths: features.map((f) => path(f) ?? ''), height, bySize, projection: (at: [number, number]) => projection(at) };
  perWidth.set(width, made);
  return made;
}

export function drawChoropleth(input: ChoroplethInput): Choropleth {
  const { features, paths, height, bySize, projection } = projected(input.geometry, input.width);
  const shapes = features.map((f, i) => {
    const code = f.properties.code;
    const k = classIndex(input.breaks, input.value(code));
    return { code, d: paths[i] ?? '', fill: k < 0 ? input.noDataColor : (input.colors[k] ?? input.noDataColor), noData: k < 0, href: input.url(code), label: input.describe(code), few: input.few?.(code) ?? false };
  });
  const fontSize = input.fontSize ?? 11;
  const place = (size: number): ChoroplethLabel[] => placeLabels(bySize, projection, input, size);
  // A map drawn 720 wide and shown 340 wide on a phone shrinks its labels by half: a second set, twice as
  // large (so fewer fit), is shown instead on narrow screens (CSS), and the exports keep the first.
  const narrowFontSize = Math.round(fontSize * NARROW_SCALE);
  return { width: input.width, fontSize, height, shapes, labels: place(fontSize), narrowFontSize, narrowLabels: place(narrowFontSize) };
}

const NARROW_SCALE = 2;

/** Labels, largest kecamatan first; one that would overlap a placed label is left out (its link keeps the name). */
function placeLabels(bySize: readonly AreaFeature[], project: (at: [number, number]) => [number, number] | null, input: ChoroplethInput, fontSize: number): ChoroplethLabel[] {
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const labels: ChoroplethLabel[] = [];
  for (const f of bySize) {
    const code = f.properties.code;
    const at = input.labels[code];
    const text = `${input.names[code] ?? code}${input.few?.(code) ? ` ${FEW_MARK}` : ''}`;
    if (at === undefined) continue;
    const p = project([at[0], at[1]]);
    if (p === null) continue;
    const w = text.length * fontSize * 0.56;
    const box = { x0: p[0] - w / 2 - 2, x1: p[0] + w / 2 + 2, y0: p[1] - fontSize * 0.7, y1: p[1] + fontSize * 0.5 };
    if (box.x0 < 0 || box.x1 > input.width || placed.some((o) => box.x0 < o.x1 && box.x1 > o.x0 && box.y0 < o.y1 && box.y1 > o.y0)) continue;
    placed.push(box);
    labels.push({ code, x: r1(p[0]), y: r1(p[1]), text });
  }
  return labels.sort((a, b) => a.code.localeCompare(b.code));

}
