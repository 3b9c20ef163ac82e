// How cases ended, per election: one stacked bar each, from sanctioned to still open.
import { formatNumber, type Lang } from '../../i18n/index.ts';
import { demoStamp, legendRows, stampWidth } from './axes.ts';
import { OUTCOME_COLORS } from './palette.ts';
import { r, type Scene, type Shape } from './scene.ts';

export const OUTCOMES = ['sanctioned', 'not_followed_up', 'pending', 'not_proven', 'open'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Groups case statuses into the five outcomes a reader follows. */
export function outcomeOf(status: string): Outcome {
  if (status === 'sanctioned') return 'sanctioned';
  if (status === 'not_followed_up') return 'not_followed_up';
  if (status === 'violation' || status === 'forwarded' || status === 'recommended') return 'pending';
  if (status === 'not_violation' || status === 'not_registered') return 'not_proven';
  return 'open';
}

export function outcomeCounts(byStatus: Readonly<Record<string, number>>): Record<Outcome, number> {
  const counts = { sanctioned: 0, not_followed_up: 0, pending: 0, not_proven: 0, open: 0 };
  for (const [status, n] of Object.entries(byStatus)) counts[outcomeOf(status)] += n;
  return counts;
}

export function drawOutcomes(bars: readonly { label: string; counts: Record<Outcome, number> }[], labels: Readonly<Record<Outcome, string>>, lang: Lang, width: number, demo: string | null, tip: (bar: string, outcome: string, n: string) => string): Scene {
  const narrow = width < 500;
  const shapes: Shape[] = [];
  const legend = legendRows(OUTCOMES.map((o) => ({ kind: 'box' as const, color: OUTCOME_COLORS[o] ?? '#999', label: labels[o] })), width, stampWidth(demo));
  shapes.push(...legend.shapes);
  const ly = legend.height - 8;
  const labelWidth = narrow ? 0 : 130;
  const top = ly + 16;
  const barHeight = 24;
  const rowHeight = narrow ? 50 : 36;
  const max = Math.max(1, ...bars.map((b) => OUTCOMES.reduce((a, o) => a + b.counts[o], 0)));
  const scale = (width - labelWidth - 8) / max;
  bars.forEach((b, i) => {
    const y = top + i * rowHeight + (narrow ? 16 : 0);
    shapes.push(narrow ? { t: 'text', x: 0, y: y - 4, text: b.label, cls: 'row-label', weight: 600 } : { t: 'text', x: labelWidth - 8, y: y + 16, text: b.label, anchor: 'end', cls: 'row-label' });
    let x = labelWidth;
    for (const o of OUTCOMES) {
      const n = b.counts[o];
      if (n === 0) continue;
      const w = n * scale;
      shapes.push({ t: 'rect', x: r(x), y, w: r(w), h: barHeight, fill: OUTCOME_COLORS[o] ?? '#999', tip: tip(b.label, labels[o], formatNumber(lang, n)) });
      if (w > 22) shapes.push({ t: 'text', x: r(x + w / 2), y: y + 16, text: formatNumber(lang, n), anchor: 'middle', size: 11, fill: o === 'sanctioned' || o === 'not_followed_up' ? '#ffffff' : '#15202b', cls: 'cell' });
      x += w;
    }
  });
  if (demo !== null) shapes.push(...demoStamp(width, demo));
  return { width, height: top + bars.length * rowHeight + (narrow ? 20 : 4), shapes };
}
