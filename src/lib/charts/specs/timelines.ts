// The timeline of events, at three scopes: the site's (home page), a city's, and a city's again on each of
// its kecamatan pages, which is not exported a second time (the city's downloads are the same events).
import { formatDate, formatNumber, localized } from '../../../i18n/index.ts';
import { homeEvent } from '../../many-cities.ts';
import type { EventInfo, SiteData } from '../../model.ts';
import { Recent } from '../../recent.ts';
import { siteLookup } from '../../site-lookup.ts';
import { defineChart, type ChartContext, type ChartTexts, type Scope } from '../chart-spec.ts';
import type { Scene } from '../scene.ts';
import { drawTimeline } from '../timeline.ts';

interface TimelineRows {
  readonly events: readonly EventInfo[];
  readonly lanes: readonly { readonly type: string; readonly label: string }[];
}

function timelineRows(events: readonly EventInfo[], ctx: ChartContext<Scope>): TimelineRows {
  const lanes = Object.entries(ctx.dict.charts.timeline.lanes)
    .filter(([type]) => events.some((e) => e.type === type))
    .map(([type, label]) => ({ type, label }));
  return { events, lanes };
}

function timelineTexts({ events }: TimelineRows, { lang, dict }: ChartContext<Scope>): ChartTexts {
  const c = dict.charts.timeline;
  const first = events[0]?.start_date;
  const last = events.at(-1)?.start_date;
  return {
    title: c.title,
    subtitle: c.subtitle,
    source: c.source,
    summary: c.summary(formatNumber(lang, events.length), first ? formatDate(lang, first) : '–', last ? formatDate(lang, last) : '–'),
    table: {
      caption: c.title,
      head: c.head,
      numeric: [true, false, false, false],
      rows: events.map((e, i) => [String(i + 1), formatDate(lang, e.start_date) + (e.end_date ? ` – ${formatDate(lang, e.end_date)}` : ''), localized(lang, e, 'title'), e.source]),
      data: {
        head: ['event_id', 'election_id', 'scope', 'region_code', 'start_date', 'end_date', 'type', 'title_id', 'title_en', 'event_source', 'event_source_url', 'demo'],
        rows: events.map((e) => [e.id, e.election, e.scope, e.region, e.start_date, e.end_date, e.type, e.title_id, e.title_en, e.source, e.source_url, e.demo ? 'yes' : 'no']),
      },
    },
    demo: events.some((e) => e.demo),
  };
}

const draw = ({ events, lanes }: TimelineRows, ctx: ChartContext<Scope>, width: number) => drawTimeline(events, ctx.site.elections, lanes, ctx.lang, width);

/**
 * A city's timeline is the same drawing on each of its kecamatan pages: drawn once per language and width for
 * the city whose kecamatan are being generated (their pages come one after another), not once per page. Keyed by
 * the city's events list, which the site lookup makes once per city (so two datasets never share a drawing).
 */
const recentCityDrawings = new Recent<readonly EventInfo[], Map<string, Scene>>(4);
const drawForKecamatan = (rows: TimelineRows, ctx: ChartContext<Scope>, width: number): Scene => {
  const drawings = recentCityDrawings.get(rows.events, () => new Map<string, Scene>());
  const key = `${ctx.lang}|${width}`;
  let scene = drawings.get(key);
  if (scene === undefined) drawings.set(key, (scene = draw(rows, ctx, width)));
  return scene;
};
const cityEvents = (site: SiteData, cityCode: string): readonly EventInfo[] => siteLookup(site).eventsOfCity(cityCode);

/** The home page's: every event, or only national and provincial ones where the site covers many cities. */
export const timelineNational = defineChart({
  id: 'timeline',
  scope: 'national',
  rows: (ctx) => timelineRows(ctx.site.events.filter(homeEvent(ctx.site)), ctx),
  draw,
  texts: timelineTexts,
});

export const timelineCity = defineChart({
  id: 'timeline',
  scope: 'city',
  rows: (ctx) => timelineRows(cityEvents(ctx.site, ctx.place.city.code), ctx),
  draw,
  texts: timelineTexts,
});

export const timelineKecamatan = defineChart({
  id: 'timeline',
  scope: 'kecamatan',
  exported: false,
  rows: (ctx) => timelineRows(cityEvents(ctx.site, ctx.place.city.code), ctx),
  draw: drawForKecamatan,
  texts: timelineTexts,
});
