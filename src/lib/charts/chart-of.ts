// A chart of the registry drawn for one place and language, once per dataset: the page, the home page and
// the downloads share it.
import { localized, t, type Lang } from '../../i18n/index.ts';
import type { ElectionInfo, SiteData } from '../model.ts';
import { Recent } from '../recent.ts';
import { siteLookup } from '../site-lookup.ts';
import { NARROW, WIDE, type Chart } from './chart.ts';
import type { ChartContext, Places, RegisteredChart, Scope } from './chart-spec.ts';
import { specsOf, type ChartId } from './registry.ts';

/** Where a chart is drawn: a city or a kecamatan by its code, or the whole site. */
export type At<S extends Scope = Scope> = S extends 'national' ? { readonly scope: S } : { readonly scope: S; readonly code: string };

const built = new WeakMap<SiteData, { kept: Map<string, Chart>; recent: Recent<string, Chart> }>();

/** The chart `id` of scope `at.scope` for that place; throws on a place the data does not have. */
export function chartOf<S extends Scope>(site: SiteData, at: At<S>, id: ChartId<S>, lang: Lang): Chart {
  const spec = specsOf<S>(at.scope as S).find((s) => s.id === id);
  if (spec === undefined) throw new Error(`no ${at.scope} chart ${id}`);
  return drawn(site, at, spec, lang);
}

/** Every chart of the place's scope that the place has, in the registry's order. */
export function chartsAt<S extends Scope>(site: SiteData, at: At<S>, lang: Lang): Chart[] {
  return specsWithCharts(site, at, lang).map(({ chart }) => chart);
}

/** The same, with each chart's spec (whether it is exported). */
export function specsWithCharts<S extends Scope>(site: SiteData, at: At<S>, lang: Lang): { spec: RegisteredChart<S>; chart: Chart }[] {
  return specsOf<S>(at.scope as S)
    .filter((spec) => spec.shown(contextOf(site, at, spec.id, lang)))
    .map((spec) => ({ spec, chart: drawn(site, at, spec, lang) }));
}

/** The charts of the place that have embeds and downloads, listed by id without drawing them: each is drawn when asked for. */
export function exportedChartsAt<S extends Scope>(site: SiteData, at: At<S>, lang: Lang): { id: string; draw: () => Chart }[] {
  return specsOf<S>(at.scope as S)
    .filter((spec) => spec.exported)
    .map((spec) => ({ spec, ctx: contextOf(site, at, spec.id, lang) }))
    .filter(({ spec, ctx }) => spec.shown(ctx))
    .map(({ spec, ctx }) => ({ id: ctx.chartId, draw: () => drawn(site, at, spec, lang) }));
}

/**
 * Kecamatan charts kept at most: the build generates a kecamatan's page, embeds and downloads one after another
 * (src/integrations/generation-order.ts), so a few suffice to draw each once, and a national build (7,285
 * kecamatan, two languages) does not keep them all for the whole build. City and site-wide charts are few, and kept.
 */
const KEPT_KECAMATAN_CHARTS = 16;

function drawn<S extends Scope>(site: SiteData, at: At<S>, spec: RegisteredChart<S>, lang: Lang): Chart {
  const draw = (): Chart => spec.build(contextOf(site, at, spec.id, lang), { wide: WIDE, narrow: NARROW });
  // A chart without downloads is drawn for its page alone.
  if (!spec.exported) return draw();
  const perSite = built.get(site) ?? { kept: new Map<string, Chart>(), recent: new Recent<string, Chart>(KEPT_KECAMATAN_CHARTS) };
  built.set(site, perSite);
  const key = `${at.scope}|${spec.id}|${'code' in at ? at.code : ''}|${lang}`;
  if (at.scope === 'kecamatan') return perSite.recent.get(key, draw);
  let chart = perSite.kept.get(key);
  if (chart === undefined) perSite.kept.set(key, (chart = draw()));
  return chart;
}

function contextOf<S extends Scope>(site: SiteData, at: At<S>, specId: string, lang: Lang): ChartContext<S> {
  const { place, suffix } = placeOf(site, at);
  const electionName = (e: ElectionInfo): string => localized(lang, e, 'name');
  return { site, lang, dict: t(lang), place: place as Places[S], chartId: suffix ? `${specId}-${suffix}` : specId, electionName };
}

function placeOf(site: SiteData, at: At): { place: Places[Scope]; suffix: string } {
  if (!('code' in at)) return { place: {}, suffix: '' };
  const lookup = siteLookup(site);
  if (at.scope === 'city') {
    const city = lookup.city.get(at.code);
    if (city === undefined) throw new Error(`unknown city ${at.code}`);
    return { place: { city }, suffix: city.slug };
  }
  const kecamatan = lookup.kecamatan.get(at.code);
  const city = kecamatan && lookup.city.get(kecamatan.cityCode);
  if (kecamatan === undefined || city === undefined) throw new Error(`unknown kecamatan ${at.code}`);
  return { place: { kecamatan, city }, suffix: at.code.replaceAll('.', '-') };
}
