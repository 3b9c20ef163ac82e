// The public record's derived figures: shares only within one statement, the national series' choice of
// statement per election, and KASN's zone thresholds. Figures are the real ones of data/reported-figures.csv.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ElectionInfo } from '../../src/lib/model.ts';
import { kasnZone } from '../../src/lib/record/kasn-zone.ts';
import { nationalSeries } from '../../src/lib/record/national-series.ts';
import type { RecordFigure } from '../../src/lib/record/record-figure.ts';
import { statementGroups } from '../../src/lib/record/statement-shares.ts';

const figure = (id: string, statement: string, quantity: string, value: number, extra: Partial<RecordFigure> = {}): RecordFigure => ({
  id, election: 'pilkada-2020', scope: 'national', region: '', quantity, unit: 'asn', value, quantity_label: '', period_start: '', as_of: '2024-02-06', stated_date: '2024-02-06',
  stated_by: 'kasn', setting: '', statement, source: '', publisher: '', source_url: 'https://example.org/', contradicts: '', note: '', note_en: '', ...extra,
});
const election = (id: string): ElectionInfo => ({ id, name_id: id, name_en: id, kind: 'pilkada', campaign_start: '', campaign_end: '', voting_date: '', window_start: '', window_end: '', source: '', source_url: '' });

test('share proven and follow-through reproduce KASN\'s own percentages for Pilkada 2020 (78.5 %, 90.8 %)', () => {
  const [group] = statementGroups([figure('a', 'kasn', 'reported', 2034), figure('b', 'kasn', 'proven', 1597), figure('c', 'kasn', 'sanctioned', 1450)]);
  assert.equal(group?.shareProven?.toFixed(3), '0.785');
  assert.equal(group?.followThrough?.toFixed(3), '0.908');
});

test('no share is computed across two statements, even for the same election', () => {
  const groups = statementGroups([figure('a', 'bawaslu', 'reported', 1536, { stated_by: 'bawaslu_ri', unit: 'cases' }), figure('b', 'kasn', 'proven', 1597)]);
  assert.equal(groups.length, 2);
  assert.ok(groups.every((g) => g.shareProven === null && g.followThrough === null));
});

test('a statement\'s province figures do not mix with its national ones', () => {
  const groups = statementGroups([figure('a', 'b', 'reported', 805, { unit: 'cases' }), figure('b', 'b', 'reported', 92, { scope: 'province', region: '74', unit: 'cases' })]);
  assert.deepEqual(groups.map((g) => [g.region, g.figures['reported']?.value]), [['', 805], ['74', 92]]);
});

test('the national series takes, per election, the statement with most stages, then the latest "as of"', () => {
  const figures = [
    figure('old1', 'kasn-2022', 'reported', 2073, { as_of: '2022-12-31', stated_date: '2023-10-06' }),
    figure('old2', 'kasn-2022', 'proven', 1605, { as_of: '2022-12-31', stated_date: '2023-10-06' }),
    figure('old3', 'kasn-2022', 'sanctioned', 1402, { as_of: '2022-12-31', stated_date: '2023-10-06' }),
    figure('new1', 'kasn-2024', 'reported', 2034),
    figure('new2', 'kasn-2024', 'proven', 1597),
    figure('new3', 'kasn-2024', 'sanctioned', 1450),
    figure('bkn1', 'bkn', 'reported', 827, { stated_by: 'bkn', as_of: '2020-11-05' }),
    figure('f2018', 'bawaslu-2018', 'findings', 721, { election: 'pilkada-2018', stated_by: 'bawaslu_ri', unit: 'cases' }),
  ];
  const series = nationalSeries([election('pilkada-2018'), election('pemilu-2019'), election('pilkada-2020')], figures);
  assert.deepEqual(series.map((p) => p.group?.statement ?? null), ['bawaslu-2018', null, 'kasn-2024']);
  assert.equal(series[0]?.stages.reported?.value, 721, 'findings stand in for reports when no report count was stated');
  assert.equal(series[0]?.stages.proven, null);
});

test('KASN\'s zones: red above 20 ASN reported, yellow from 6 to 20, green under 6', () => {
  assert.deepEqual([0, 5, 6, 20, 21, 92].map(kasnZone), ['green', 'green', 'yellow', 'yellow', 'red', 'red']);
});
