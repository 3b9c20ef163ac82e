// A chart scene as inline SVG markup for a page: shapes with a tip carry their text as a <title>; the chart is
// one tab stop (its first mark) and the arrow keys move between marks (src/scripts/chart-tips.ts).
// Written as one string, escaped here at the boundary exactly as Astro escapes attributes and text, instead of
// an Astro template per shape: a national build draws 30,000 charts, and the template's per-attribute work
// was about a twentieth of its main thread. The shapes of the last few scenes are kept, so a page and its
// embed, which show the same drawing, write it once.
import { Recent } from '../recent.ts';
import type { Scene, Shape } from './scene.ts';

export interface SceneLabels {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  readonly className?: string | undefined;
}

const ATTRIBUTE = /[&"]/g;
const TEXT = /[&<>'"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

const NEEDS_TEXT_ESCAPE = /[&<>'"]/;

/** Text between tags, escaped as Astro escapes an expression: & < > ' ". */
const text = (value: string): string => (NEEDS_TEXT_ESCAPE.test(value) ? value.replace(TEXT, (c) => ENTITY[c] ?? c) : value);

/** ` name="value"`, escaped as Astro escapes an attribute (& and "); nothing for a missing value, the bare name for an empty one. */
function attr(name: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  // Numbers, most of a chart's attributes, never need escaping.
  if (typeof value === 'number') return ` ${name}="${value}"`;
  if (value === '') return ` ${name}`;
  return ` ${name}="${value.includes('&') || value.includes('"') ? value.replace(ATTRIBUTE, (c) => ENTITY[c] ?? c) : value}"`;
}

function shapeMarkup(s: Shape, tabindex: string): string {
  switch (s.t) {
    case 'rect': {
      const at = `${attr('x', s.x)}${attr('y', s.y)}${attr('width', s.w)}${attr('height', s.h)}${attr('fill', s.fill)}${attr('class', s.cls)}`;
      return s.tip ? `<rect${at}${attr('data-tip', s.tip)}${attr('tabindex', tabindex)} role="img"${attr('aria-label', s.tip)}><title>${text(s.tip)}</title></rect>` : `<rect${at}></rect>`;
    }
    case 'circle': {
      const at = `${attr('cx', s.x)}${attr('cy', s.y)}${attr('r', s.r)}${attr('fill', s.fill)}${attr('stroke', s.stroke)}`;
      return s.tip ? `<circle${at}${attr('data-tip', s.tip)}${attr('tabindex', tabindex)} role="img"${attr('aria-label', s.tip)}><title>${text(s.tip)}</title></circle>` : `<circle${at}></circle>`;
    }
    case 'line':
      return `<line${attr('x1', s.x1)}${attr('y1', s.y1)}${attr('x2', s.x2)}${attr('y2', s.y2)}${attr('stroke', s.stroke)}${attr('stroke-width', s.width ?? 1)}${attr('stroke-dasharray', s.dash)}${attr('class', s.cls)}></line>`;
    case 'path':
      return `<path${attr('d', s.d)}${attr('stroke', s.stroke)}${attr('stroke-width', s.width ?? 1.5)}${attr('fill', s.fill ?? 'none')}${attr('class', s.cls)}></path>`;
    case 'text':
      return `<text${attr('x', s.x)}${attr('y', s.y)}${attr('text-anchor', s.anchor ?? 'start')}${attr('class', s.cls)}${attr('fill', s.fill)}${attr('font-size', s.size)}${attr('font-weight', s.weight)}>${text(s.text)}</text>`;
  }
}

/** The shapes of a scene: the same on every page that shows the scene, whatever its id and labels. */
function shapesMarkup(scene: Scene): string {
  const first = scene.shapes.findIndex((s) => (s.t === 'rect' || s.t === 'circle') && s.tip !== undefined);
  let out = '';
  scene.shapes.forEach((s, i) => {
    out += shapeMarkup(s, i === first ? '0' : '-1');
  });
  return out;
}

/**
 * Shapes kept for the last few scenes: a kecamatan's page and its embed show the same drawing, and so do all the
 * kecamatan pages of a city for the city's timeline (specs/timelines.ts).
 */
const recentShapes = new Recent<Scene, string>(32);

/** The inline SVG of a scene with its id, accessible name and description. */
export function sceneMarkup(scene: Scene, { id, title, desc, className }: SceneLabels): string {
  const classes = ['chart', className].filter((c) => c).join(' ');
  const head = `<svg${attr('class', classes)}${attr('id', id)}${attr('viewBox', `0 0 ${scene.width} ${scene.height}`)} role="img"${attr('aria-labelledby', `${id}-t ${id}-d`)} xmlns="http://www.w3.org/2000/svg">`;
  const labels = `<title${attr('id', `${id}-t`)}>${text(title)}</title><desc${attr('id', `${id}-d`)}>${text(desc)}</desc>`;
  return `${head}${labels}${recentShapes.get(scene, () => shapesMarkup(scene))}</svg>`;
}
