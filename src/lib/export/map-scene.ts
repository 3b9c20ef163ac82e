// A drawn choropleth and its legend as a chart scene, so maps export like charts.
import type { Scene, Shape } from '../charts/scene.ts';
import { legendRows, stampWidth, demoStamp } from '../charts/axes.ts';
import type { Choropleth } from '../map/choropleth-svg.ts';

export function mapScene(map: Choropleth, legend: readonly { color: string; label: string }[], legendTitle: string, demo: string | null): Scene {
  const rows = legendRows(legend.map((l) => ({ kind: 'box' as const, color: l.color, label: l.label })), map.width, stampWidth(demo));
  const top = rows.height + 26;
  const shapes: Shape[] = [
    { t: 'text', x: 0, y: 12, text: legendTitle, cls: 'legend', weight: 700 },
    ...rows.shapes.map((s) => shift(s, 18)),
    ...map.shapes.map((s): Shape => ({ t: 'path', d: translatePath(s.d, top), stroke: '#1d2b36', width: 0.8, fill: s.noData ? '#eeeeee' : s.fill })),
    ...map.labels.map((l): Shape => ({ t: 'text', x: l.x, y: l.y + top, text: l.text, anchor: 'middle', size: map.fontSize, weight: 600, cls: 'map-label' })),
  ];
  if (demo !== null) shapes.push(...demoStamp(map.width, demo));
  return { width: map.width, height: top + map.height, shapes };
}

function shift(s: Shape, dy: number): Shape {
  switch (s.t) {
    case 'rect':
    case 'circle':
    case 'text':
      return { ...s, y: s.y + dy };
    case 'line':
      return { ...s, y1: s.y1 + dy, y2: s.y2 + dy };
    case 'path':
      return s;
  }
}

/** Moves an absolute SVG path (M/L/Z with x,y pairs, as d3-geo writes them) down by dy. */
function translatePath(d: string, dy: number): string {
  return d.replace(/([ML])(-?[\d.]+),(-?[\d.]+)/g, (_, cmd: string, x: string, y: string) => `${cmd}${x},${Math.round((Number(y) + dy) * 10) / 10}`);
}
