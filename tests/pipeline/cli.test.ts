// npm run data as a steward meets it: exit status, every problem listed, the previous output untouched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fixtureWith, readClean, readTree, TODAY } from '../support/pipeline.ts';

function runCli(dataDir: string, outDir: string, lang = 'id') {
  return spawnSync(process.execPath, ['scripts/data.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, PANTAU_TODAY: TODAY, PANTAU_LANG: lang },
    encoding: 'utf8',
  });
}

test('a broken folder exits 1, lists every problem, and leaves the previous output as it was', async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'pantau-cli-')), 'generated');
  const good = runCli('tests/fixtures/clean', out);
  assert.equal(good.status, 0, good.stderr);
  const before = await readTree(out);
  assert.ok(before.has('site-data.json') && before.has('publish/cases.csv'));

  const cases = (await readClean('cases.csv')).replace('c2,pilkada-2018,32.71.03', 'c1,pilkada-2018,Buah Batuu').replace('2024-10-01,2024-10-31', '2024-10-31,2024-10-01');
  const broken = await fixtureWith({ 'cases.csv': cases, 'signings.csv': (await readClean('signings.csv')).replace(',40,50,', ',-40,50,') });
  const bad = runCli(broken, out);
  assert.equal(bad.status, 1);
  const lines = bad.stderr.split('\n').filter((l) => /^\w+\.csv:\d+: /.test(l));
  assert.deepEqual(lines.map((l) => l.split(': ').slice(0, 2).join(': ')), [
    'cases.csv:3: id',
    'cases.csv:3: kecamatan',
    'cases.csv:8: decision_date',
    'signings.csv:2: signatories',
  ]);
  assert.match(bad.stderr, /4 masalah ditemukan\. Tidak ada yang ditulis/);
  assert.deepEqual(await readTree(out), before, 'the previous output must be untouched');
  assert.deepEqual((await readdir(dirname(out))).sort(), ['generated'], 'no staging folder is left behind');
});

test('messages are in Bahasa Indonesia by default and in English with PANTAU_LANG=en', async () => {
  const broken = await fixtureWith({ 'signings.csv': (await readClean('signings.csv')).replace(',40,50,', ',60,50,') });
  const out = join(await mkdtemp(join(tmpdir(), 'pantau-cli-')), 'generated');
  assert.match(runCli(broken, out).stderr, /signings\.csv:2: signatories: jumlah penandatangan "60" melebihi jumlah pegawai unit \(50\) \[signatories-above-staff\]/);
  assert.match(runCli(broken, out, 'en').stderr, /signings\.csv:2: signatories: signatories "60" exceed the unit's staff total \(50\) \[signatories-above-staff\]/);
});
