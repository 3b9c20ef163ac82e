// The one-glance compliance view: every kecamatan of a city against every election, each cell coloured
// by the map's scale for proven violations per 1,000 ASN, worst kecamatan first.
import { classIndex } from '../map/class-index.ts';
import { axisText, demoStamp } from './axes.ts';
import { NO_DATA } from './palette.ts';
import { r, type Scene, type Shape } from './scene.ts';

export interface GridRow {
  readonly name: string;
  /** One value (null = no data) and its formatted text per column. */
  readonly cells: readonly (readonly [number | null, string])[];
}

export function drawKecamatanGrid(rows: readonly GridRow[], columns: readonly string[], scale: { breaks: readonly number[]; colors: readonly string[] }, width: number, demo: string | null, tip: (row: string, column: string, value: string) => string): Scene {
  const narrow = width < 500;
  const nameWidth = narrow ? 118 : 170;
  const top = narrow ? 54 : 44;
  const cellHeight = 20;
  const cellWidth = (width - nameWidth - 4) / columns.length;
  const shapes: Shape[] = [];
  columns.forEach((c, j) => {
    const cx = nameWidth + cellWidth * (j + 0.5);
    // Narrow columns take their heading on two lines ("Pilkada" over "2018").
    const split = c.lastIndexOf(' ');
    if (narrow && split > 0) shapes.push(axisText(cx, top - 20, c.slice(0, split)), axisText(cx, top - 8, c.slice(split + 1)));
    else shapes.push(axisText(cx, top - 8, c));
  });
  rows.forEach((row, i) => {
    const y = top + i * cellHeight;
    shapes.push({ t: 'text', x: nameWidth - 6, y: r(y + 14), text: row.name, anchor: 'end', cls: 'row-label' });
    row.cells.forEach(([value, text], j) => {
      const k = classIndex(scale.breaks, value);
      const fill = k < 0 ? NO_DATA : (scale.colors[k] ?? NO_DATA);
      const x = nameWidth + j * cellWidth;
      shapes.push({ t: 'rect', x: r(x + 1), y: r(y + 1), w: r(cellWidth - 2), h: cellHeight - 2, fill, tip: tip(row.name, columns[j] ?? '', text) });
      shapes.push({ t: 'text', x: r(x + cellWidth / 2), y: r(y + 14), text, anchor: 'middle', size: 11, fill: k >= 3 ? '#ffffff' : '#15202b', cls: 'cell' });
    });
  });
  if (demo !== null) shapes.push(...demoStamp(width, demo));
  return { width, height: top + rows.length * cellHeight + 6, shapes };
}
