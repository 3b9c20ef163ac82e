// Writes the synthetic (demo) rows of data/: headcount, signings and cases for every covered kecamatan.
// Deterministic (seeded), so re-running it changes nothing unless this script changes.
// The mix of categories, outcomes and position groups follows national KASN figures (sources in data/README.md).
import { writeFile } from 'node:fs/promises';
import { getDistricts, getVillages } from 'idn-area-data';
import { csvText } from '../src/lib/pipeline/csv-write.ts';
import { prng } from './lib/prng.ts';

const rand = prng(20241127);
const between = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
function pick<T>(weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((a, [, w]) => a + w, 0);
  let r = rand() * total;
  for (const [value, w] of weighted) if ((r -= w) < 0) return value;
  return weighted[weighted.length - 1]![0];
}
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const cities = [
  { code: '32.71', casesPerElection: [18, 30] as const, asn: [700, 1500] as const },
  { code: '32.73', casesPerElection: [35, 60] as const, asn: [320, 900] as const },
];
const elections = [
  { id: 'pilkada-2018', campaignStart: '2018-02-15', campaignEnd: '2018-06-23', year: 2018 },
  { id: 'pemilu-2024', campaignStart: '2023-11-28', campaignEnd: '2024-02-10', year: 2024 },
  { id: 'pilkada-2024', campaignStart: '2024-09-25', campaignEnd: '2024-11-23', year: 2024 },
];

// KASN, Pilkada 2020 (Okezone, 31 May 2022): top five categories; the remaining 18.1 % spread over the rest.
const categoryShares = [
  ['social_media_campaign', 30.4], ['organising_activity', 22.4], ['partisan_photo', 12.6], ['attending_declaration', 10.9], ['approaching_party', 5.6],
  ['social_media_interaction', 5.0], ['campaign_participation', 4.0], ['state_facilities', 3.0], ['favouring_decision', 2.5], ['campaign_team', 1.5],
  ['party_membership', 0.6], ['collecting_id', 0.5], ['other', 1.0],
] as const;
// KASN 2022 report (Mediakampung, 6 Oct 2023): functional 26.5 %, staff 17.2 %, leadership 15.7 %, administrator 13.4 %, supervisor 11.8 %.
const positionShares = [
  ['teacher', 14.0], ['health_worker', 6.0], ['functional', 6.5], ['staff', 17.2], ['structural', 40.9], ['area_head', 6.0], ['pppk', 5.0], ['unknown', 4.4],
] as const;
// Sanctions: "mayoritas ... disanksi sedang" (Suara.com, 9 Nov 2020); the rest is our assumption.
const sanctionShares = [['medium', 40], ['moral', 30], ['light', 20], ['heavy', 8], ['dismissal', 2]] as const;

const districts = (await getDistricts()).filter((d) => cities.some((c) => c.code === d.regency_code));
const villages = await getVillages();
const demo = 'ya';
const demoSource = 'Data demo (sintetis) / demo data (synthetic)';

// Headcount: a stable size per kecamatan with small yearly drift.
const headcountRows: (string | number)[][] = [];
const sizeOf = new Map<string, number>();
for (const city of cities) {
  for (const d of districts.filter((x) => x.regency_code === city.code)) {
    const base = between(city.asn[0], city.asn[1]);
    sizeOf.set(d.code, base);
    for (const year of [2018, 2023, 2024]) {
      const drift = 1 + (year - 2018) * 0.012 + (rand() - 0.5) * 0.04;
      headcountRows.push([year, d.code, Math.round(base * drift), demoSource, '', demo]);
    }
  }
}

// Signings: the kecamatan office, some kelurahan offices, schools and a puskesmas sign before or early in the campaign.
const signingRows: (string | number)[][] = [];
let signingId = 0;
for (const election of elections) {
  for (const city of cities) {
    for (const d of districts.filter((x) => x.regency_code === city.code)) {
      const zeal = rand(); // some kecamatan organise much more than others
      const kelurahan = villages.filter((v) => v.district_code === d.code);
      const units: [string, string, number][] = [['kecamatan_office', `Kantor Kecamatan ${d.name}`, between(22, 60)]];
      for (const v of kelurahan.slice(0, Math.max(1, Math.round(kelurahan.length * zeal)))) units.push(['kelurahan', `Kantor Kelurahan ${v.name}`, between(9, 24)]);
      for (let s = 1; s <= Math.round(1 + zeal * 3); s++) units.push(['school', `SD Negeri ${between(1, 9)} ${d.name}`, between(14, 38)]);
      if (zeal > 0.3) units.push(['puskesmas', `Puskesmas ${d.name}`, between(18, 52)]);
      const seen = new Set<string>();
      for (const [type, name, staff] of units) {
        if (seen.has(name)) continue;
        seen.add(name);
        const date = addDays(election.campaignStart, between(-45, 20));
        const activity = rand() < 0.8 ? 'pact' : 'pledge';
        const rate = 0.55 + zeal * 0.4 + (rand() - 0.5) * 0.1;
        signingRows.push([`sg-${String(++signingId).padStart(4, '0')}`, election.id, date, '', d.code, type, name, activity, Math.min(staff, Math.round(staff * rate)), staff, demoSource, '', demo]);
      }
      if (rand() < 0.5) {
        const staff = between(30, 80);
        signingRows.push([`sg-${String(++signingId).padStart(4, '0')}`, election.id, addDays(election.campaignStart, between(-10, 30)), '', d.code, 'kecamatan_office', `Kantor Kecamatan ${d.name}`, 'apel', between(20, staff), staff, demoSource, '', demo]);
      }
    }
    for (const opd of ['Badan Kepegawaian dan Pengembangan SDM', 'Dinas Pendidikan', 'Dinas Kesehatan', 'Sekretariat Daerah']) {
      const staff = between(60, 240);
      signingRows.push([`sg-${String(++signingId).padStart(4, '0')}`, election.id, addDays(election.campaignStart, between(-30, 5)), city.code, '', 'opd', opd, 'pact', Math.round(staff * (0.8 + rand() * 0.2)), staff, demoSource, '', demo]);
    }
  }
}

// Cases: per city and election, spread over kecamatan unevenly; outcomes follow KASN shares (77.5 % proven, 87 % of recommendations sanctioned).
const caseRows: (string | number)[][] = [];
let caseId = 0;
for (const election of elections) {
  for (const city of cities) {
    const kec = districts.filter((x) => x.regency_code === city.code);
    const weights = kec.map((d) => [d.code, (sizeOf.get(d.code) ?? 1) * (0.2 + rand() * rand() * 3)] as const);
    const count = between(city.casesPerElection[0], city.casesPerElection[1]);
    const campaignDays = Math.round((Date.parse(election.campaignEnd) - Date.parse(election.campaignStart)) / 86_400_000);
    for (let i = 0; i < count; i++) {
      const reported = addDays(election.campaignStart, between(-40, campaignDays + 3));
      const proven = rand() < 0.775;
      let status: string;
      if (!proven) status = rand() < 0.35 ? 'not_registered' : 'not_violation';
      else {
        const r = rand();
        status = r < 0.08 ? 'violation' : r < 0.14 ? 'forwarded' : r < 0.2 ? 'recommended' : rand() < 0.87 ? 'sanctioned' : 'not_followed_up';
      }
      const decision = addDays(reported, between(5, 45));
      caseRows.push([
        `cs-${String(++caseId).padStart(5, '0')}`, election.id, pick(weights), rand() < 0.6 ? 'finding' : 'report', pick(categoryShares), pick(positionShares),
        status, reported, decision, status === 'sanctioned' ? pick(sanctionShares) : '', demoSource, '', demo,
      ]);
    }
  }
}

const provenance = ['source', 'source_url', 'demo'];
await writeFile('data/headcount.csv', csvText(['year', 'kecamatan', 'asn_total', ...provenance], headcountRows));
await writeFile('data/signings.csv', csvText(['id', 'election', 'date', 'city', 'kecamatan', 'unit_type', 'unit_name', 'activity', 'signatories', 'staff_total', ...provenance], signingRows));
await writeFile('data/cases.csv', csvText(['id', 'election', 'kecamatan', 'origin', 'category', 'position_group', 'status', 'reported_date', 'decision_date', 'sanction', ...provenance], caseRows));
console.log(`demo data: ${headcountRows.length} headcount, ${signingRows.length} signings, ${caseRows.length} cases`);
