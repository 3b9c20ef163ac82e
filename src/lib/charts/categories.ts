// Reported cases by violation category, a bar per election inside each category, largest category first.
import { formatNumber, type Lang } from '../../i18n/index.ts';
import { demoStamp, legendRows, stampWidth } from './axes.ts';
import { ELECTION_COLORS } from './palette.ts';
import { r, type Scene, type Shape } from './scene.ts';

export function drawCategories(rows: readonly { label: string; counts: readonly number[] }[], elections: readonly string[], lang: Lang, width: number, demo: string | null, tip: (category: string, election: string, n: string) => string): Scene {
  const narrow = width < 500;
  const shapes: Shape[] = [];
  const legend = legendRows(elections.map((e, i) => ({ kind: 'box' as const, color: ELECTION_COLORS[i % ELECTION_COLORS.length]!, label: e })), width, stampWidth(demo));
  shapes.push(...legend.shapes);
  const labelWidth = narrow ? 0 : Math.min(360, 12 + Math.max(...rows.map((row) => row.label.length)) * 6.4);
  const top = legend.height + 12;
  const bar = 7;
  const rowHeight = elections.length * bar + (narrow ? 26 : 12);
  const max = Math.max(1, ...rows.flatMap((row) => row.counts));
  const scale = (width - labelWidth - 34) / max;
  rows.forEach((row, i) => {
    const y0 = top + i * rowHeight + (narrow ? 14 : 0);
    shapes.push(narrow ? { t: 'text', x: 0, y: y0 - 3, text: row.label, cls: 'row-label' } : { t: 'text', x: labelWidth - 8, y: y0 + (elections.length * bar) / 2 + 4, text: row.label, anchor: 'end', cls: 'row-label' });
    row.counts.forEach((n, j) => {
      const y = y0 + j * bar;
      const w = Math.max(n > 0 ? 1.5 : 0, n * scale);
      if (n > 0) shapes.push({ t: 'rect', x: labelWidth, y, w: r(w), h: bar - 1, fill: ELECTION_COLORS[j % ELECTION_COLORS.length]!, tip: tip(row.label, elections[j] ?? '', formatNumber(lang, n)) });
      shapes.push({ t: 'text', x: r(labelWidth + w + 3), y: y + 6, text: formatNumber(lang, n), size: 8.5, cls: 'cell' });
    });
  });
  if (demo !== null) shapes.push(...demoStamp(width, demo));
  return { width, height: top + rows.length * rowHeight + (narrow ? 16 : 4), shapes };
}
