// Cases per month for a city, reported and proven, one panel per election with its campaign shaded and
// voting day marked. Panels sit side by side on wide screens and stack on a phone.
import { formatDate, formatMonth, formatNumber, type Lang } from '../../i18n/index.ts';
import type { ElectionInfo, MonthCount } from '../model.ts';
import { axisText, demoStamp, legendRows, monthIndex, monthOf, monthPosition, niceMax, shortMonth, stampWidth, yGrid } from './axes.ts';
import { CAMPAIGN, INK, PROVEN, REPORTED } from './palette.ts';
import { r, type Scene, type Shape } from './scene.ts';

export interface MonthlyTexts {
  readonly reported: string;
  readonly proven: string;
  readonly campaign: string;
  readonly voting: string;
  readonly demo: string | null;
  readonly electionName: (e: ElectionInfo) => string;
  readonly tip: (month: string, reported: string, proven: string) => string;
}

export interface Panel {
  readonly election: ElectionInfo;
  readonly first: number;
  readonly last: number;
  readonly counts: ReadonlyMap<number, MonthCount>;
}

/** The months each election's panel spans: its campaign from two months before to the month after voting, widened to every month with a case. */
export function panels(months: readonly MonthCount[], elections: readonly ElectionInfo[]): Panel[] {
  return elections.map((election) => {
    const mine = months.filter((m) => m.election === election.id);
    const indices = mine.map((m) => monthIndex(m.month));
    const first = Math.min(monthIndex(election.campaign_start.slice(0, 7)) - 2, ...indices);
    const last = Math.max(monthIndex(election.voting_date.slice(0, 7)) + 1, ...indices);
    return { election, first, last, counts: new Map(mine.map((m) => [monthIndex(m.month), m])) };
  });
}

/** Height of the strip at the top of a panel that holds voting day's date (its text is 10.5 px). */
const DATE_STRIP = 14;

export function drawMonthlyCases(months: readonly MonthCount[], elections: readonly ElectionInfo[], lang: Lang, width: number, texts: MonthlyTexts): Scene {
  const ps = panels(months, elections);
  const narrow = width < 500;
  const columns = narrow ? 1 : ps.length;
  const panelGap = 18;
  const left = 30;
  const panelHeight = narrow ? 150 : 190;
  const panelWidth = (width - left - (columns - 1) * panelGap - 6) / columns;
  // Counts of people: whole-number ticks only.
  const max = niceMax(Math.max(1, ...months.map((m) => m.reported)), 4, 1);
  const shapes: Shape[] = [];
  const legend = legendRows(
    [
      { kind: 'box', color: REPORTED, label: texts.reported },
      { kind: 'box', color: PROVEN, label: texts.proven },
      { kind: 'box', color: CAMPAIGN, label: texts.campaign },
      { kind: 'dash', color: INK, label: texts.voting },
    ],
    width,
    stampWidth(texts.demo),
  );
  shapes.push(...legend.shapes);
  const legendHeight = legend.height + 10;
  ps.forEach((p, i) => {
    const col = i % columns;
    const row = Math.floor(i / columns);
    const x0 = left + col * (panelWidth + panelGap);
    const top = legendHeight + row * (panelHeight + 44) + 18;
    const bottom = top + panelHeight;
    const n = p.last - p.first + 1;
    const band = panelWidth / n;
    const x = (position: number): number => x0 + (position - p.first) * band;
    // The panel's top strip is voting day's date's: bars and grid stop below it, so the date never crosses the bar
    // of the voting month, often the highest.
    const plotTop = top + DATE_STRIP;
    const y = (v: number): number => bottom - ((bottom - plotTop) * v) / max;
    shapes.push({ t: 'text', x: x0, y: top - 6, text: texts.electionName(p.election), cls: 'panel-title', weight: 700 });
    shapes.push({ t: 'rect', x: r(x(monthPosition(p.election.campaign_start))), y: top, w: r((monthPosition(p.election.campaign_end) - monthPosition(p.election.campaign_start)) * band), h: panelHeight, fill: CAMPAIGN });
    if (col === 0) shapes.push(...yGrid(max, plotTop, bottom, x0, x0 + panelWidth, 4, (v) => formatNumber(lang, v), 1));
    else shapes.push(...yGrid(max, plotTop, bottom, x0, x0 + panelWidth, 4, () => '', 1).filter((s) => s.t === 'line'));
    for (let m = p.first; m <= p.last; m++) {
      const c = p.counts.get(m);
      const month = monthOf(m);
      const bx = r(x(m) + band * 0.12);
      const bw = r(band * 0.76);
      if (c !== undefined && c.reported > 0) {
        const tip = texts.tip(formatMonth(lang, month), formatNumber(lang, c.reported), formatNumber(lang, c.proven));
        shapes.push({ t: 'rect', x: bx, y: r(y(c.reported)), w: bw, h: r(bottom - y(c.reported)), fill: REPORTED, tip });
        if (c.proven > 0) shapes.push({ t: 'rect', x: r(bx + bw * 0.2), y: r(y(c.proven)), w: r(bw * 0.6), h: r(bottom - y(c.proven)), fill: PROVEN });
      }
      const every = n > 14 ? (narrow ? 6 : 4) : narrow ? 3 : 2;
      if ((m - p.first) % every === 0) shapes.push(axisText(x(m) + band / 2, bottom + 14, shortMonth(lang, month)));
    }
    const vx = r(x(monthPosition(p.election.voting_date)));
    const votingText = formatDate(lang, p.election.voting_date);
    const fitsRight = vx + 4 + votingText.length * 5.6 <= x0 + panelWidth;
    shapes.push({ t: 'line', x1: vx, y1: top, x2: vx, y2: bottom, stroke: INK, width: 1.5, dash: '3 2' });
    shapes.push({ t: 'text', x: fitsRight ? vx + 3 : vx - 3, y: top + 10, text: votingText, anchor: fitsRight ? 'start' : 'end', cls: 'note' });
  });
  const rows = Math.ceil(ps.length / columns);
  const height = legendHeight + rows * (panelHeight + 44) + 4;
  if (texts.demo !== null) shapes.push(...demoStamp(width, texts.demo));
  return { width, height, shapes };
}
