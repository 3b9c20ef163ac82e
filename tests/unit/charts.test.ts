// Charts on the small fixture: scenes locked as snapshots (numbers rounded, ids stable), and the parts
// that carry meaning tested on their own: campaign shading, cumulative coverage, outcomes, summaries.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import { cityCharts } from '../../src/lib/charts/city-charts.ts';
import { coverageSeries } from '../../src/lib/charts/coverage-over-time.ts';
import { drawMonthlyCases, panels } from '../../src/lib/charts/monthly-cases.ts';
import { outcomeCounts, outcomeOf } from '../../src/lib/charts/outcomes.ts';
import { CAMPAIGN } from '../../src/lib/charts/palette.ts';
import { formatDate } from '../../src/i18n/index.ts';
import type { ElectionInfo, SigningInfo, SiteData } from '../../src/lib/model.ts';
import { runOn } from '../support/pipeline.ts';

let site: SiteData | undefined;
async function fixtureSite(): Promise<SiteData> {
  site ??= (await runOn('tests/fixtures/clean')).site;
  assert.ok(site);
  return site;
}

for (const [city, lang] of [['32.71', 'id'], ['32.73', 'en']] as const) {
  test(`chart snapshots for ${city} (${lang}) match tests/fixtures/charts/`, async () => {
    const stale: string[] = [];
    for (const chart of cityCharts(await fixtureSite(), city, lang)) {
      const file = `tests/fixtures/charts/${chart.id}-${lang}.json`;
      const actual = `${JSON.stringify({ title: chart.title, summary: chart.summary, wide: chart.wide, narrow: chart.narrow, table: chart.table }, null, 1)}\n`;
      const expected = await readFile(file, 'utf8').catch(() => '');
      if (actual !== expected) {
        await mkdir('tests/fixtures/charts-changed', { recursive: true });
        await writeFile(`tests/fixtures/charts-changed/${chart.id}-${lang}.json`, actual);
        stale.push(file);
      }
    }
    assert.deepEqual(stale, [], 'these snapshots differ: the new scenes are in tests/fixtures/charts-changed/; copy them over if the change is intended');
  });
}

const election: ElectionInfo = {
  id: 'e', name_id: 'E', name_en: 'E', kind: 'pilkada', campaign_start: '2024-09-25', campaign_end: '2024-11-23', voting_date: '2024-11-27',
  window_start: '2024-01-01', window_end: '2025-06-30', source: '', source_url: '',
};

test('a panel spans the campaign from two months before to the month after voting, widened to every case', () => {
  const [p] = panels([{ election: 'e', month: '2024-05', reported: 1, proven: 0 }], [election]);
  assert.equal(p?.first, 2024 * 12 + 4); // May 2024, the earliest case
  assert.equal(p?.last, 2024 * 12 + 11); // December 2024, the month after voting
});

test('the campaign is shaded from its first to its last day, and voting day is marked', () => {
  const scene = drawMonthlyCases([], [election], 'id', 720, { reported: 'R', proven: 'P', campaign: 'C', voting: 'V', demo: null, electionName: (e) => e.name_id, tip: () => '' });
  const shade = scene.shapes.find((s) => s.t === 'rect' && s.fill === CAMPAIGN && s.h > 20);
  assert.ok(shade && shade.t === 'rect');
  // Panel: Jul to Dec 2024 (6 months). Campaign 25 Sep to 23 Nov: about 2.1 of 6 months wide, starting 2.77 months in.
  const band = (720 - 30 - 6) / 6;
  assert.ok(Math.abs(shade.x - (30 + (2 + 24 / 31) * band)) < 1, `starts at ${shade.x}`);
  assert.ok(Math.abs(shade.w - (2 + 22 / 31 - 24 / 31) * band) < 1, `is ${shade.w} wide`);
  assert.ok(scene.shapes.some((s) => s.t === 'text' && s.text === '27 November 2024'));
});

test("voting day's date never crosses a bar: busiest in the voting month, at a phone's and a wide width, in both languages", () => {
  const elections: ElectionInfo[] = [
    { ...election, id: 'p18', name_id: 'Pilkada 2018', name_en: 'Pilkada 2018', campaign_start: '2018-02-15', campaign_end: '2018-06-23', voting_date: '2018-06-27' },
    { ...election, id: 'e24', name_id: 'Pemilu 2024', name_en: 'General election 2024', campaign_start: '2023-11-28', campaign_end: '2024-02-10', voting_date: '2024-02-14' },
    { ...election, id: 'p24', name_id: 'Pilkada 2024', name_en: 'Regional election 2024', campaign_start: '2024-09-25', campaign_end: '2024-11-23', voting_date: '2024-11-27' },
  ];
  // Each election's voting month holds its highest bar; one election has cases long after voting, so its line sits left.
  const months = [
    { election: 'p18', month: '2018-06', reported: 4, proven: 3 },
    { election: 'e24', month: '2024-02', reported: 4, proven: 1 },
    { election: 'e24', month: '2024-09', reported: 1, proven: 0 },
    { election: 'p24', month: '2024-11', reported: 4, proven: 4 },
  ];
  for (const lang of ['id', 'en'] as const) {
    for (const width of [320, 360, 720, 1000]) {
      const scene = drawMonthlyCases(months, elections, lang, width, { reported: 'R', proven: 'P', campaign: 'C', voting: 'V', demo: null, electionName: (e) => (lang === 'id' ? e.name_id : e.name_en), tip: () => 't' });
      const bars = scene.shapes.filter((sh) => sh.t === 'rect' && sh.tip !== undefined);
      assert.equal(bars.length, 4);
      for (const e of elections) {
        const text = formatDate(lang, e.voting_date);
        const label = scene.shapes.find((sh) => sh.t === 'text' && sh.text === text);
        assert.ok(label && label.t === 'text', `${text} is drawn`);
        // The label's box, generously wide (6.5 px a character at 10.5 px) and 11 px tall above its baseline.
        const w = text.length * 6.5;
        const left = label.anchor === 'end' ? label.x - w : label.x;
        const box = { left, right: left + w, top: label.y - 11, bottom: label.y };
        for (const bar of bars) {
          if (bar.t !== 'rect') continue;
          const apart = box.right <= bar.x || box.left >= bar.x + bar.w || box.bottom <= bar.y || box.top >= bar.y + bar.h;
          assert.ok(apart, `${lang} ${width} px: "${text}" (${Math.round(box.left)}–${Math.round(box.right)}, y ${box.top}–${box.bottom}) crosses a bar (${bar.x}–${bar.x + bar.w}, y ${bar.y}–${bar.y + bar.h})`);
        }
        assert.ok(box.left >= 0 && box.right <= width + 1, `${lang} ${width} px: "${text}" stays within the chart`);
      }
    }
  }
});

test('coverage is cumulative over all ASN: it starts at zero and never falls, each unit counted once at its best signing', () => {
  const base = { election: 'e', cityCode: '32.71', kecamatan: '32.71.01', source: '', source_url: '', demo: true };
  const signings: SigningInfo[] = [
    { ...base, id: '1', date: '2024-10-01', unit_type: 'kelurahan', unit_name: 'A', activity: 'pact', signatories: 5, staff_total: 10 },
    { ...base, id: '2', date: '2024-10-05', unit_type: 'kelurahan', unit_name: 'B', activity: 'pact', signatories: 10, staff_total: 10 },
    // A second, smaller signing by A: its best stays 9 (then 5 after it would have been a fall).
    { ...base, id: '3', date: '2024-10-09', unit_type: 'kelurahan', unit_name: 'A', activity: 'pledge', signatories: 9, staff_total: 10 },
    { ...base, id: '4', date: '2024-10-10', unit_type: 'kelurahan', unit_name: 'A', activity: 'pact', signatories: 2, staff_total: 10 },
    { ...base, id: '5', date: '2024-10-10', unit_type: 'school', unit_name: 'S', activity: 'apel', signatories: 30, staff_total: 30 },
    { ...base, id: '6', date: '2024-10-12', kecamatan: '', unit_type: 'opd', unit_name: 'Dinas', activity: 'pact', signatories: 20, staff_total: 25 },
  ];
  const points = coverageSeries(signings, election, 100);
  assert.deepEqual(points.map((p) => [p.date, p.day, p.coverage]), [
    ['2024-09-30', -58, 0],
    ['2024-10-01', -57, 0.05],
    ['2024-10-05', -53, 0.15],
    ['2024-10-09', -49, 0.19],
    ['2024-10-10', -48, 0.19],
    ['2024-10-12', -46, 0.39],
  ]);
  assert.ok(points.every((p, i) => i === 0 || p.coverage >= points[i - 1]!.coverage));
  assert.deepEqual(coverageSeries(signings, election, null), [], 'no headcount, no coverage');
});

test('statuses group into five outcomes', () => {
  assert.deepEqual(['sanctioned', 'not_followed_up', 'recommended', 'forwarded', 'violation', 'not_violation', 'not_registered', 'clarification', 'initial_review'].map(outcomeOf), ['sanctioned', 'not_followed_up', 'pending', 'pending', 'pending', 'not_proven', 'not_proven', 'open', 'open']);
  assert.deepEqual(outcomeCounts({ sanctioned: 2, recommended: 1, not_violation: 3 }), { sanctioned: 2, not_followed_up: 0, pending: 1, not_proven: 3, open: 0 });
});

test('summaries say the chart in one sentence, in each language', async () => {
  const [monthly, coverage, grid, outcomes] = cityCharts(await fixtureSite(), '32.71', 'id');
  assert.equal(monthly?.summary, 'Di Kota Bogor, 3 ASN dilaporkan dan 2 terbukti melanggar; bulan tersibuk Maret 2018 dengan 2 laporan.');
  // Coverage is over all ASN of the city: the fixture has no headcount for every Bogor kecamatan, so none is claimed.
  assert.equal(coverage?.summary, 'Cakupan akhir di Kota Bogor: Pilkada 2018 jumlah ASN belum ada, Pemilu 2024 belum ada penandatanganan, Pilkada 2024 belum ada penandatanganan.');
  // Bogor Tengah's rates rest on 2 and 0 proven cases: the summary says so.
  assert.equal(grid?.summary, 'Di Kota Bogor, hanya Bogor Tengah yang punya angka untuk semua pemilihan (jumlah ASN kecamatan lain belum ada). † bertumpu pada kurang dari 5 kasus: bandingkan dengan hati-hati.');
  assert.equal(outcomes?.summary, 'Dari 3 ASN yang dilaporkan di Kota Bogor, 1 dijatuhi sanksi.');
  const [monthlyEn] = cityCharts(await fixtureSite(), '32.73', 'en');
  assert.equal(monthlyEn?.summary, 'In Kota Bandung, 4 civil servants were reported and 3 found in violation; the busiest month was January 2024 with 2 reports.');
});
