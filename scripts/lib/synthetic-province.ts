// A synthetic dataset covering every kota and kabupaten of one province, for the scale benchmark.
// Seeded, so two runs write the same files; every record row is flagged demo. Elections and the real,
// sourced events are copied from data/.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDistricts, getRegencies, getVillages } from 'idn-area-data';
import { csvLine, csvText } from '../../src/lib/pipeline/csv-write.ts';
import { prng } from './prng.ts';

export interface SyntheticSummary {
  readonly cities: number;
  readonly kecamatan: number;
  readonly kelurahan: number;
  readonly rows: Readonly<Record<string, number>>;
}

const ELECTIONS = [
  { id: 'pilkada-2018', campaignStart: '2018-02-15', campaignEnd: '2018-06-23' },
  { id: 'pemilu-2024', campaignStart: '2023-11-28', campaignEnd: '2024-02-10' },
  { id: 'pilkada-2024', campaignStart: '2024-09-25', campaignEnd: '2024-11-23' },
] as const;
const CATEGORIES = ['social_media_campaign', 'organising_activity', 'partisan_photo', 'attending_declaration', 'approaching_party', 'social_media_interaction', 'state_facilities', 'other'] as const;
const POSITIONS = ['teacher', 'health_worker', 'functional', 'staff', 'structural', 'area_head', 'pppk', 'unknown'] as const;
const SANCTIONS = ['moral', 'light', 'medium', 'heavy', 'dismissal'] as const;
const SOURCE = 'Data sintetis untuk uji skala / synthetic data for the scale benchmark';

/** A unique page slug per regency: "bogor" for Kota Bogor, "kabupaten-bogor" for Kabupaten Bogor. */
export function regencySlug(name: string): string {
  const plain = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return plain.startsWith('kota-') ? plain.slice('kota-'.length) : plain;
}

/** Writes the six input files for every regency of `province` (a code, codes joined by commas, or `all`) into `dir`, in realistic volume. */
export async function writeSyntheticProvince(dir: string, province: string, seed: number): Promise<SyntheticSummary> {
  const rand = prng(seed);
  const between = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  const wanted = new Set(province.split(','));
  const regencies = (await getRegencies()).filter((r) => province === 'all' || wanted.has(r.province_code)).sort((a, b) => a.code.localeCompare(b.code));
  const covered = new Set(regencies.map((r) => r.code));
  const districts = (await getDistricts()).filter((d) => covered.has(d.regency_code)).sort((a, b) => a.code.localeCompare(b.code));
  const villagesOf = new Map<string, string[]>();
  for (const v of await getVillages()) {
    if (!covered.has(v.district_code.slice(0, 5))) continue;
    villagesOf.set(v.district_code, [...(villagesOf.get(v.district_code) ?? []), v.name]);
  }
  const provenance = ['source', 'source_url', 'demo'];
  const demo = (): (string | number)[] => [SOURCE, '', 'ya'];

  const cities = regencies.map((r) => [r.code, regencySlug(r.name), 'Kemendagri code (idn-area-data)', '', 'tidak']);
  const headcount: (string | number)[][] = [];
  const signings: (string | number)[][] = [];
  const cases: (string | number)[][] = [];
  const events: (string | number)[][] = [];
  const size = new Map<string, number>();
  for (const d of districts) {
    const base = between(250, 1500);
    size.set(d.code, base);
    for (const year of [2018, 2023, 2024]) headcount.push([year, d.code, Math.round(base * (1 + (year - 2018) * 0.012 + (rand() - 0.5) * 0.04)), ...demo()]);
  }
  for (const election of ELECTIONS) {
    const campaignDays = Math.round((Date.parse(election.campaignEnd) - Date.parse(election.campaignStart)) / 86_400_000);
    for (const r of regencies) {
      events.push([`ev-${election.id}-${r.code}`, election.id, 'city', r.code, addDays(election.campaignStart, between(-20, 10)), '', 'signing', `Apel netralitas ASN ${r.name} (sintetis)`, `${r.name} ASN neutrality assembly (synthetic)`, ...demo()]);
      for (const opd of ['Badan Kepegawaian dan Pengembangan SDM', 'Dinas Pendidikan', 'Dinas Kesehatan', 'Sekretariat Daerah']) {
        const staff = between(60, 400);
        signings.push([`sg-${signings.length + 1}`, election.id, addDays(election.campaignStart, between(-30, 5)), r.code, '', 'opd', opd, 'pact', Math.round(staff * (0.8 + rand() * 0.2)), staff, ...demo()]);
      }
    }
    for (const d of districts) {
      const zeal = rand();
      const villages = villagesOf.get(d.code) ?? [];
      const units: [string, string, number][] = [['kecamatan_office', `Kantor Kecamatan ${d.name}`, between(22, 60)]];
      for (const v of villages.slice(0, Math.round(villages.length * zeal * 0.6))) units.push(['kelurahan', `Kantor Desa/Kelurahan ${v}`, between(8, 24)]);
      for (let s = 1; s <= 1 + Math.round(zeal * 2); s++) units.push(['school', `SD Negeri ${s} ${d.name}`, between(14, 38)]);
      if (zeal > 0.3) units.push(['puskesmas', `Puskesmas ${d.name}`, between(18, 52)]);
      for (const [type, name, staff] of units) {
        const rate = Math.min(1, 0.5 + zeal * 0.45 + (rand() - 0.5) * 0.1);
        signings.push([`sg-${signings.length + 1}`, election.id, addDays(election.campaignStart, between(-45, 20)), '', d.code, type, name, rand() < 0.8 ? 'pact' : 'pledge', Math.round(staff * rate), staff, ...demo()]);
      }
      // About two reported civil servants per kecamatan and election, more where more ASN work.
      const count = Math.floor(rand() * rand() * 4 * ((size.get(d.code) ?? 500) / 600));
      for (let i = 0; i < count; i++) {
        const reported = addDays(election.campaignStart, between(-40, campaignDays + 3));
        const r = rand();
        const status = r < 0.2 ? 'not_violation' : r < 0.28 ? 'not_registered' : r < 0.34 ? 'violation' : r < 0.4 ? 'recommended' : r < 0.9 ? 'sanctioned' : 'not_followed_up';
        cases.push([`cs-${cases.length + 1}`, election.id, d.code, rand() < 0.6 ? 'finding' : 'report', pickOf(CATEGORIES), pickOf(POSITIONS), status, reported, addDays(reported, between(5, 45)), status === 'sanctioned' ? pickOf(SANCTIONS) : '', ...demo()]);
      }
    }
  }

  await copyFile('data/elections.csv', join(dir, 'elections.csv'));
  const realEvents = await readFile('data/events.csv', 'utf8');
  const eventHeader = ['id', 'election', 'scope', 'region', 'start_date', 'end_date', 'type', 'title_id', 'title_en', ...provenance];
  if (!realEvents.startsWith(eventHeader.join(','))) throw new Error('data/events.csv has other columns than the benchmark expects');
  await writeFile(join(dir, 'events.csv'), `${realEvents.trimEnd()}\n${events.map(csvLine).join('')}`);
  await writeFile(join(dir, 'cities.csv'), csvText(['code', 'slug', ...provenance], cities));
  await writeFile(join(dir, 'headcount.csv'), csvText(['year', 'kecamatan', 'asn_total', ...provenance], headcount));
  await writeFile(join(dir, 'signings.csv'), csvText(['id', 'election', 'date', 'city', 'kecamatan', 'unit_type', 'unit_name', 'activity', 'signatories', 'staff_total', ...provenance], signings));
  await writeFile(join(dir, 'cases.csv'), csvText(['id', 'election', 'kecamatan', 'origin', 'category', 'position_group', 'status', 'reported_date', 'decision_date', 'sanction', ...provenance], cases));
  return {
    cities: regencies.length,
    kecamatan: districts.length,
    kelurahan: [...villagesOf.values()].reduce((a, v) => a + v.length, 0),
    rows: { 'signings.csv': signings.length, 'cases.csv': cases.length, 'headcount.csv': headcount.length, 'events.csv': events.length },
  };
}
