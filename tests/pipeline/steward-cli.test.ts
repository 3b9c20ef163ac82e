// The command a steward runs, on steward-style data folders: reference tables checked like any input,
// internal faults told apart from data errors, and the release review printed and recorded.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const TODAY = '2026-11-22';

async function dataFolder(changes: Readonly<Record<string, string>> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-steward-cli-'));
  await cp('data', dir, { recursive: true, filter: (src) => !src.endsWith('releases.json') });
  for (const [file, text] of Object.entries(changes)) await writeFile(join(dir, file), text);
  return dir;
}

function runData(dataDir: string, outDir: string, lang = 'en', today = TODAY) {
  const r = spawnSync(process.execPath, ['scripts/data.ts'], { env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, PANTAU_TODAY: today, PANTAU_LANG: lang }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: `${r.stdout}\n${r.stderr}`.split('\n') };
}

const out = async (): Promise<string> => join(await mkdtemp(join(tmpdir(), 'pantau-steward-out-')), 'generated');
const shippedRef = (file: string): Promise<string> => readFile(join('data/reference', file), 'utf8');

test('an alias table with a translated header is refused like any input, exit 1, no stack trace', async () => {
  const text = (await shippedRef('kecamatan-aliases.csv')).replace('alias,code,note', 'nama alias,kode wilayah,keterangan');
  const dir = await dataFolder({ 'reference/kecamatan-aliases.csv': text });
  const r = runData(dir, await out());
  assert.equal(r.status, 1, r.stderr);
  assert.ok(!/TypeError|\n\s+at /.test(r.stderr), r.stderr);
  assert.ok(r.lines.includes('reference/kecamatan-aliases.csv:3: alias: required column "alias" is missing (also accepted as: ejaan, nama_lain, variasi, variant) [missing-column]'), r.stderr);
});

test('an alias pointing at a code that does not exist is refused, in both languages', async () => {
  const text = `${(await shippedRef('kecamatan-aliases.csv')).trimEnd()}\nBogor Kidul,32.71.09,typo\n`;
  const dir = await dataFolder({ 'reference/kecamatan-aliases.csv': text });
  const line = text.trimEnd().split('\n').length;
  const en = runData(dir, await out());
  assert.equal(en.status, 1);
  assert.ok(en.lines.includes(`reference/kecamatan-aliases.csv:${line}: code: code "32.71.09" is not in the Kemendagri kecamatan list (idn-area-data); give an existing kecamatan code (e.g. 32.71.03) [reference-unknown-code]`), en.stderr);
  const id = runData(dir, await out(), 'id');
  assert.ok(id.lines.includes(`reference/kecamatan-aliases.csv:${line}: code: kode "32.71.09" tidak ada di daftar kecamatan Kemendagri (idn-area-data); tulis kode kecamatan yang ada (mis. 32.71.03) [reference-unknown-code]`), id.stderr);
});

test('a bridge row whose code contradicts its own name column is refused, not used to move cases', async () => {
  const text = (await shippedRef('kecamatan-bps-kemendagri.csv')).replace('3271040,BOGOR TENGAH,32.71.03', '3271040,BOGOR TENGAH,32.71.04');
  const dir = await dataFolder({ 'reference/kecamatan-bps-kemendagri.csv': text });
  const r = runData(dir, await out());
  assert.equal(r.status, 1);
  assert.ok(r.lines.includes('reference/kecamatan-bps-kemendagri.csv:7: bps_name: name "BOGOR TENGAH" does not match the code on this line: 32.71.04 is Bogor Barat; correct the code or the name [reference-name-mismatch]'), r.stderr);
});

test('a data-folder bridge row overriding a shipped one is a warning naming both rows', async () => {
  const text = (await shippedRef('kecamatan-bps-kemendagri.csv')).replace('3271040,BOGOR TENGAH,32.71.03', '3271040,BOGOR BARAT,32.71.04');
  const dir = await dataFolder({ 'reference/kecamatan-bps-kemendagri.csv': text });
  const r = runData(dir, await out());
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.lines.includes("reference/kecamatan-bps-kemendagri.csv:7: code: warning: this row overrides the shipped table's row data/reference/kecamatan-bps-kemendagri.csv:7 (32.71.03 becomes 32.71.04); make sure that is meant [reference-override]"), r.stderr);
});

test('an internal fault is one line and exit 2, not a data error and not a stack trace', async () => {
  const r = runData(await dataFolder(), '/dev/null/generated');
  assert.equal(r.status, 2);
  const said = r.stderr.trim().split('\n');
  assert.equal(said.length, 1, r.stderr);
  assert.match(said[0]!, /^Internal fault \(not a data error; please report it to the developers\): ENOTDIR/);
});

test('the release review: shipped data, then cases.csv appended to itself, then an identical re-run', async () => {
  const dir = await dataFolder();
  const target = await out();
  const first = runData(dir, target);
  assert.equal(first.status, 0, first.stderr);
  assert.ok(first.lines.includes(`Release review ${TODAY}, against the output it replaces:`), first.stdout);
  assert.ok(first.lines.includes('  cases.csv: – → 220 rows (+220 added, −0 removed, 0 changed)'), first.stdout);

  const cases = await readFile(join(dir, 'cases.csv'), 'utf8');
  await writeFile(join(dir, 'cases.csv'), `${cases.trimEnd()}\n${cases.trimEnd().split('\n').slice(1).map((l) => l.replace(/^cs-/, 'cs-b')).join('\n')}\n`);
  const second = runData(dir, target, 'en', '2026-11-23');
  assert.equal(second.status, 0, second.stderr);
  assert.ok(second.lines.includes('cases.csv:222: id: warning: 220 rows (lines 222–441) equal lines 2–221 in everything but the id; the export looks appended twice and every total counts them double. Remove the copy unless these are different cases [copied-rows]'), second.stderr);
  assert.ok(second.lines.includes('  cases.csv: 220 → 440 rows (+220 added, −0 removed, 0 changed)'), second.stdout);
  assert.ok(second.lines.includes('  !! JUMP Kota Bogor · 2018 regional elections · reported: 23 → 46'), second.stderr);
  assert.match(second.stderr, /WARNING: 18 headline figure\(s\) moved sharply/);
  const history = JSON.parse(await readFile(join(target, 'releases.json'), 'utf8')) as { releases: { date: string; flagged: number }[] };
  assert.deepEqual(history.releases.map((x) => [x.date, x.flagged]), [['2026-11-23', 18], [TODAY, 0]]);

  const before = await readFile(join(target, 'releases.json'), 'utf8');
  const third = runData(dir, target, 'en', '2026-11-24');
  assert.equal(third.status, 0, third.stderr);
  assert.ok(third.lines.includes('Release review: the published data is exactly that of the last release; no new release.'), third.stdout);
  assert.equal(await readFile(join(target, 'releases.json'), 'utf8'), before);
  assert.equal(await readFile(join(dir, 'releases.json'), 'utf8'), before, 'the history is kept in the data folder too, for a fresh clone');
});
