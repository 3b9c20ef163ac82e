// The site's data from a clean run: areas of the covered cities, elections with rows, sorted timeline and
// signings, and the tallied totals. Pure: the run in, the model out.
import type { AreaIndex } from '../geo/area-index.ts';
import type { CityInfo, ElectionInfo, KecamatanInfo, SiteData } from '../model.ts';
import { denominators } from './denominators.ts';
import type { Run } from './run-state.ts';

/** Every election of elections.csv by voting date (the record may name those without rows). */
export function electionsByVotingDate(run: Run): ElectionInfo[] {
  return [...run.ctx.elections.values()].sort((a, b) => a.voting_date.localeCompare(b.voting_date));
}

/** The kecamatan codes of each covered city, both sorted. */
function cityKecamatanOf(run: Run): Map<string, string[]> {
  const { areas, cities } = run.ctx;
  const cityKecamatan = new Map<string, string[]>();
  for (const code of [...cities.keys()].sort()) {
    cityKecamatan.set(code, [...areas.districts.values()].filter((d) => d.regencyCode === code).map((d) => d.code).sort());
  }
  return cityKecamatan;
}

function kecamatanInfo(areas: AreaIndex, codes: readonly string[]): KecamatanInfo[] {
  const bps = new Map([...areas.bps].map(([b, code]) => [code, b]));
  return codes.map((code) => ({
    code,
    name: areas.districts.get(code)?.name ?? code,
    cityCode: code.slice(0, 5),
    bpsCode: bps.get(code) ?? null,
    villages: (areas.villagesByDistrict.get(code) ?? []).map((v) => ({ code: v.code, name: v.name })).sort((a, b) => a.code.localeCompare(b.code)),
  }));
}

/** Kecamatan of the covered cities' provinces outside them: what a search for them is told. */
function nearby(run: Run): SiteData['nearby'] {
  const { areas, cities } = run.ctx;
  return [...areas.districts.values()]
    .filter((d) => !cities.has(d.regencyCode) && [...cities.keys()].some((c) => c.slice(0, 2) === d.regencyCode.slice(0, 2)))
    .map((d) => ({ name: d.name, regency: areas.regencies.get(d.regencyCode)?.name ?? d.regencyCode }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.regency.localeCompare(b.regency));
}

const byDateThenId = <T extends { id: string }>(date: (x: T) => string) => (a: T, b: T) => date(a).localeCompare(date(b)) || a.id.localeCompare(b.id);

export function siteModel(run: Run): SiteData {
  const { areas } = run.ctx;
  // Elections with at least one signing or case row make the per-kecamatan layer; the others live in the record only.
  const withRows = run.tally.electionsWithRows();
  const elections = electionsByVotingDate(run).filter((e) => withRows.size === 0 || withRows.has(e.id));
  const electionIds = elections.map((e) => e.id);
  const cityKecamatan = cityKecamatanOf(run);
  const cities: CityInfo[] = [...cityKecamatan].map(([code, kecamatan]) => ({ code, slug: run.ctx.cities.get(code) ?? code, name: areas.regencies.get(code)?.name ?? code, kecamatan }));
  const { years, headcountFor } = denominators(run.headcount, elections);
  run.events.sort(byDateThenId((e) => e.start_date));
  run.signings.sort(byDateThenId((x) => x.date));
  const totals = run.tally.totals(electionIds, cityKecamatan, headcountFor);
  return {
    dataUpTo: run.newest === '' ? null : run.newest,
    rowCounts: run.rowCounts,
    demoRowCounts: run.demoCounts,
    cities,
    kecamatan: kecamatanInfo(areas, [...cityKecamatan.values()].flat()),
    elections,
    events: run.events,
    signings: run.signings,
    totals,
    monthly: run.tally.monthly(cityKecamatan),
    positionGroups: run.tally.positionGroups(electionIds, [...cityKecamatan.keys()]),
    headcountYears: years,
    nearby: nearby(run),
  };
}
