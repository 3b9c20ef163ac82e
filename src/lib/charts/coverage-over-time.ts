// Cumulative pact coverage of a city over the days before voting, one line per election, with the
// signing events of the timeline marked by number on the line of their election.
import { formatDate, formatNumber, formatPercent, localized, type Lang } from '../../i18n/index.ts';
import { daysBetween } from '../pipeline/dates.ts';
import { signingActivities } from '../vocab/terms.ts';
import { termKey } from '../vocab/vocabulary.ts';
import type { ElectionInfo, EventInfo, SigningInfo } from '../model.ts';
import { axisText, demoStamp, legendRows, stampWidth, yGrid } from './axes.ts';
import { ELECTION_COLORS, INK } from './palette.ts';
import { r, type Scene, type Shape } from './scene.ts';

export interface CoveragePoint {
  readonly date: string;
  readonly day: number;
  readonly coverage: number;
}

/**
 * Step series of cumulative pact coverage: after each signing date, the signatories so far (each unit at its
 * best signing) over all ASN of the city. It starts at zero the day before the first signing and, since a
 * unit's best only grows and the denominator is fixed, it never falls. Empty without a headcount.
 */
export function coverageSeries(signings: readonly SigningInfo[], election: ElectionInfo, headcount: number | null): CoveragePoint[] {
  if (headcount === null || headcount <= 0) return [];
  const best = new Map<string, number>();
  const rows = signings.filter((s) => s.election === election.id && signingActivities.has(s.activity)).sort((a, b) => a.date.localeCompare(b.date));
  const first = rows[0];
  if (first === undefined) return [];
  const eve = dayBefore(first.date);
  const points: CoveragePoint[] = [{ date: eve, day: daysBetween(election.voting_date, eve), coverage: 0 }];
  let signed = 0;
  for (let i = 0; i < rows.length; i++) {
    const s = rows[i]!;
    const unit = `${s.kecamatan || s.cityCode}|${s.unit_type}|${termKey(s.unit_name)}`;
    const prior = best.get(unit) ?? 0;
    if (s.signatories > prior) {
      best.set(unit, s.signatories);
      signed += s.signatories - prior;
    }
    if (rows[i + 1]?.date === s.date) continue;
    points.push({ date: s.date, day: daysBetween(election.voting_date, s.date), coverage: signed / headcount });
  }
  return points;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface CoverageTexts {
  readonly demo: string | null;
  readonly electionName: (e: ElectionInfo) => string;
  readonly axis: string;
  readonly voting: string;
  readonly tip: (election: string, date: string, coverage: string) => string;
}

export function drawCoverage(series: readonly { election: ElectionInfo; points: readonly CoveragePoint[] }[], marks: readonly { n: number; event: EventInfo; election: ElectionInfo }[], lang: Lang, width: number, texts: CoverageTexts): Scene {
  const narrow = width < 500;
  const left = 40;
  const right = width - 12;
  const top = 44 + (narrow ? 18 : 0);
  const bottom = top + (narrow ? 180 : 230);
  const days = series.flatMap((s) => s.points.map((p) => p.day)).concat(marks.map((m) => daysBetween(m.election.voting_date, m.event.start_date)));
  const minDay = Math.min(-90, ...days);
  const maxDay = Math.max(5, ...days);
  const x = (day: number): number => left + ((day - minDay) / (maxDay - minDay)) * (right - left);
  const y = (share: number): number => bottom - share * (bottom - top);
  const shapes: Shape[] = [...yGrid(1, top, bottom, left, right, 4, (v) => formatPercent(lang, v, 0))];
  const zero = r(x(0));
  shapes.push({ t: 'line', x1: zero, y1: top - 4, x2: zero, y2: bottom, stroke: INK, width: 1.5, dash: '3 2' });
  shapes.push({ t: 'text', x: zero - 3, y: top - 8, text: texts.voting, anchor: 'end', cls: 'note' });
  const step = niceDays((maxDay - minDay) / (narrow ? 4 : 7));
  for (let d = Math.ceil(minDay / step) * step; d <= maxDay; d += step) shapes.push(axisText(x(d), bottom + 14, formatNumber(lang, d)));
  shapes.push(axisText((left + right) / 2, bottom + 30, texts.axis));
  const legend = legendRows(series.map((s, i) => ({ kind: 'line' as const, color: ELECTION_COLORS[i % ELECTION_COLORS.length]!, label: texts.electionName(s.election) })), width, stampWidth(texts.demo));
  shapes.push(...legend.shapes);
  series.forEach((s, i) => {
    const color = ELECTION_COLORS[i % ELECTION_COLORS.length]!;
    if (s.points.length === 0) return;
    const first = s.points[0]!;
    let d = `M${r(x(first.day))},${r(y(first.coverage))}`;
    for (const p of s.points.slice(1)) d += `H${r(x(p.day))}V${r(y(p.coverage))}`;
    d += `H${r(x(maxDay))}`;
    shapes.push({ t: 'path', d, stroke: color, width: 2.5 });
    for (const p of s.points) {
      shapes.push({ t: 'circle', x: r(x(p.day)), y: r(y(p.coverage)), r: 3, fill: color, tip: texts.tip(texts.electionName(s.election), formatDate(lang, p.date), formatPercent(lang, p.coverage)) });
    }
  });
  for (const m of marks) {
    const i = series.findIndex((s) => s.election.id === m.election.id);
    const points = series[i]?.points ?? [];
    const day = daysBetween(m.election.voting_date, m.event.start_date);
    const at = [...points].reverse().find((p) => p.day <= day)?.coverage ?? 0;
    const cx = r(x(day));
    const cy = r(y(at) - 14);
    shapes.push({ t: 'circle', x: cx, y: cy, r: 8, fill: '#ffffff', stroke: ELECTION_COLORS[i % ELECTION_COLORS.length] ?? INK, tip: `${m.n}. ${formatDate(lang, m.event.start_date)}: ${localized(lang, m.event, 'title')}` });
    shapes.push({ t: 'text', x: cx, y: cy + 3.5, text: String(m.n), anchor: 'middle', size: 10, weight: 700 });
  }
  const height = bottom + 38;
  if (texts.demo !== null) shapes.push(...demoStamp(width, texts.demo));
  return { width, height, shapes };
}

function niceDays(raw: number): number {
  for (const step of [7, 14, 15, 30, 60, 90, 180, 365]) if (raw <= step) return step;
  return 365;
}
