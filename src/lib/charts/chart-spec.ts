// What one chart is: an id, the places it is drawn for (the scope), its rows, how it draws them and its
// texts. A spec is one file in `specs/`; the registry lists them, and pages, embeds and downloads follow.
import { formatDate, type Lang } from '../../i18n/index.ts';
import type { Dictionary } from '../../i18n/id.ts';
import type { CityInfo, ElectionInfo, KecamatanInfo, SiteData } from '../model.ts';
import type { Chart, ChartTable } from './chart.ts';
import type { Scene } from './scene.ts';

/** Where a chart is drawn: once per city, once per kecamatan, or once for the whole site. */
export type Scope = 'city' | 'kecamatan' | 'national';

/** The place a chart of each scope is drawn for. */
export interface Places {
  readonly city: { readonly city: CityInfo };
  readonly kecamatan: { readonly kecamatan: KecamatanInfo; readonly city: CityInfo };
  readonly national: Record<never, never>;
}

/** What every spec's functions receive: the data, the language and the place. */
export interface ChartContext<S extends Scope> {
  readonly site: SiteData;
  readonly lang: Lang;
  readonly dict: Dictionary;
  readonly place: Places[S];
  /** The chart's id: the spec's id, then the place's slug or code ('cases-monthly-bogor', 'cases-monthly-32-71-03'). */
  readonly chartId: string;
  readonly electionName: (e: ElectionInfo) => string;
}

/** A chart's words and numbers beside its drawing. */
export interface ChartTexts {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly summary: string;
  readonly table: ChartTable;
  readonly demo: boolean;
}

export interface ChartSpec<S extends Scope, Id extends string, R> {
  /** Stable and unique within its scope; the first part of every chart id, embed and download of this chart. */
  readonly id: Id;
  readonly scope: S;
  /** False where the chart repeats one that is already downloadable (no embed page, no files). */
  readonly exported?: false;
  /** Whether the place has this chart at all (the record chart needs a record). */
  readonly shown?: (ctx: ChartContext<S>) => boolean;
  readonly rows: (ctx: ChartContext<S>) => R;
  readonly draw: (rows: R, ctx: ChartContext<S>, width: number) => Scene;
  readonly texts: (rows: R, ctx: ChartContext<S>) => ChartTexts;
}

/** A spec with its rows type sealed in, so specs of different rows sit in one list. */
export interface RegisteredChart<S extends Scope = Scope, Id extends string = string> {
  readonly id: Id;
  readonly scope: S;
  readonly exported: boolean;
  readonly shown: (ctx: ChartContext<S>) => boolean;
  readonly build: (ctx: ChartContext<S>, widths: { readonly wide: number; readonly narrow: number }) => Chart;
}

export function defineChart<S extends Scope, const Id extends string, R>(spec: ChartSpec<S, Id, R>): RegisteredChart<S, Id> {
  return {
    id: spec.id,
    scope: spec.scope,
    exported: spec.exported ?? true,
    shown: spec.shown ?? (() => true),
    build: (ctx, widths) => {
      const rows = spec.rows(ctx);
      const texts = spec.texts(rows, ctx);
      const chart: Chart = { id: ctx.chartId, ...texts, wide: spec.draw(rows, ctx, widths.wide), narrow: spec.draw(rows, ctx, widths.narrow) };
      return spec.exported === false ? { ...chart, exported: false } : chart;
    },
  };
}

/** The source line of charts drawn from the pipeline's data, with the demo note where demo rows feed it. */
export function dataSource(ctx: ChartContext<Scope>, demo: boolean): string {
  const c = ctx.dict.charts;
  return `${c.source(ctx.site.dataUpTo ? formatDate(ctx.lang, ctx.site.dataUpTo) : '–')}${demo ? `. ${c.demoNote}` : ''}`;
}

/** Whether the city charts' figures include demo rows (cases or signings). */
export function casesOrSigningsDemo(site: SiteData): boolean {
  return (site.demoRowCounts['cases.csv'] ?? 0) + (site.demoRowCounts['signings.csv'] ?? 0) > 0;
}

/** The stamp drawn on a chart of demo figures. */
export const demoStamp = (ctx: ChartContext<Scope>, demo: boolean): string | null => (demo ? ctx.dict.demo.badge : null);
