// The timeline of events as a strip: campaigns shaded, each event a numbered dot in the lane of its type.
import { formatDate, localized, type Lang } from '../../i18n/index.ts';
import type { ElectionInfo, EventInfo } from '../model.ts';
import { axisText } from './axes.ts';
import { CAMPAIGN, INK_SOFT, RULE } from './palette.ts';
import { r, type Scene, type Shape } from './scene.ts';

export const EVENT_COLORS: Readonly<Record<string, string>> = {
  regulation: '#0072B2',
  election_stage: '#44515e',
  signing: '#E69F00',
  institutional_change: '#CC79A7',
  data_release: '#009E73',
};

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function drawTimeline(events: readonly EventInfo[], elections: readonly ElectionInfo[], lanes: readonly { type: string; label: string }[], lang: Lang, width: number): Scene {
  const narrow = width < 500;
  const left = narrow ? 0 : 150;
  const right = width - 10;
  const laneHeight = 30;
  const top = narrow ? 6 : 10;
  const dates = [...events.map((e) => e.start_date), ...events.map((e) => e.end_date).filter(Boolean), ...elections.map((e) => e.voting_date)];
  const first = Math.min(...dates.map(dayNumber)) - 60;
  const last = Math.max(...dates.map(dayNumber)) + 60;
  const x = (iso: string): number => left + ((dayNumber(iso) - first) / (last - first)) * (right - left);
  const shapes: Shape[] = [];
  const bottom = top + lanes.length * laneHeight * (narrow ? 1.5 : 1);
  for (const e of elections) shapes.push({ t: 'rect', x: r(x(e.campaign_start)), y: top, w: r(Math.max(2, x(e.campaign_end) - x(e.campaign_start))), h: bottom - top, fill: CAMPAIGN });
  lanes.forEach((lane, i) => {
    const y = top + (i + 0.5) * laneHeight * (narrow ? 1.5 : 1);
    shapes.push({ t: 'line', x1: left, y1: r(y), x2: right, y2: r(y), stroke: RULE });
    shapes.push(narrow ? { t: 'text', x: 0, y: r(y - 8), text: lane.label, cls: 'row-label', fill: INK_SOFT } : { t: 'text', x: left - 8, y: r(y + 4), text: lane.label, anchor: 'end', cls: 'row-label' });
  });
  events.forEach((e, n) => {
    const lane = lanes.findIndex((l) => l.type === e.type);
    const y = top + (lane + 0.5) * laneHeight * (narrow ? 1.5 : 1);
    const tip = `${n + 1}. ${formatDate(lang, e.start_date)}: ${localized(lang, e, 'title')}`;
    if (e.end_date) shapes.push({ t: 'line', x1: r(x(e.start_date)), y1: r(y), x2: r(x(e.end_date)), y2: r(y), stroke: EVENT_COLORS[e.type] ?? INK_SOFT, width: 4 });
    shapes.push({ t: 'circle', x: r(x(e.start_date)), y: r(y), r: 6, fill: EVENT_COLORS[e.type] ?? INK_SOFT, stroke: '#ffffff', tip });
  });
  const startYear = new Date(first * 86_400_000).getUTCFullYear() + 1;
  const endYear = new Date(last * 86_400_000).getUTCFullYear();
  for (let year = startYear; year <= endYear; year++) {
    const at = x(`${year}-01-01`);
    shapes.push({ t: 'line', x1: r(at), y1: bottom, x2: r(at), y2: bottom + 4, stroke: INK_SOFT });
    if (!narrow || year % 2 === 0) shapes.push(axisText(at, bottom + 16, String(year)));
  }
  return { width, height: bottom + 24, shapes };
}
