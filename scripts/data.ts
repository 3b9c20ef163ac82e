// npm run data: ingest the data folder into generated/, or list every problem and change nothing.
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssue, type Lang } from '../src/lib/pipeline/issues.ts';
import { authoredLangs } from '../src/i18n/langs.ts';
import { localized } from '../src/i18n/localized.ts';
import { runPipeline } from '../src/lib/pipeline/run.ts';
import { loadAreaIndexChecked } from './lib/areas.ts';
import { fsIO, swapIn } from './lib/fs-io.ts';
import { boundarySource } from './lib/boundaries-io.ts';
import { readCoveredCityCodes } from './lib/covered.ts';
import { todayInJakarta } from './lib/today.ts';
import { reviewRelease } from './lib/release-io.ts';
import type { FileChange } from '../src/lib/release/release-review.ts';

const dataDir = resolve(process.env['DATA_DIR'] ?? 'data');
const outDir = resolve(process.env['OUT_DIR'] ?? 'generated');
const lang: Lang = authoredLangs.find((l) => l === process.env['PANTAU_LANG']) ?? 'id';
const today = process.env['PANTAU_TODAY'] ?? todayInJakarta();

const say = {
  id: {
    reading: (dir: string) => `Membaca data dari ${dir}`,
    failed: (n: number) => `\n${n} masalah ditemukan. Tidak ada yang ditulis; keluaran sebelumnya di ${outDir} tetap utuh.`,
    more: (file: string, rule: string, count: number) => `${file}: ${count} masalah lain dengan aturan [${rule}] tidak ditampilkan`,
    ok: (rows: string) => `Selesai: ${rows}. Keluaran di ${outDir}`,
    noDir: `Folder data ${dataDir} tidak ada.`,
    noMap: 'PERINGATAN: batas wilayah tidak ditemukan ($BOUNDARIES_DIR, data/boundaries/, ../shared/boundaries/). Situs tetap dibangun; halaman kota menyatakan bahwa lapisan peta tidak tersedia.',
    missingLayer: (files: string[]) => `PERINGATAN: ${files.length} kota tampil tanpa peta (tidak ada di folder batas wilayah): ${files.join(', ')}`,
    mapFrom: (label: string) => `Batas wilayah dari ${label}`,
    emptyFile: (file: string) => `PERINGATAN: ${file} tidak berisi baris data; halaman akan menampilkan nol untuk berkas ini.`,
    review: (date: string) => `Tinjauan rilis ${date}, dibandingkan dengan keluaran yang diganti:`,
    metric: { reported: 'dilaporkan', proven: 'terbukti', sanctioned: 'disanksi', signingEvents: 'kegiatan penandatanganan', signatories: 'penandatangan' } as Record<string, string>,
    notSaved: (path: string) => `PERINGATAN: riwayat rilis tidak dapat ditulis ke ${path}; rilis tetap dibuat, tetapi simpan generated/releases.json ke sana agar riwayatnya tidak hilang.`,
    noChange: 'Tinjauan rilis: data yang diterbitkan sama persis dengan rilis terakhir; tidak ada rilis baru.',
    file: (f: FileChange) => `  ${f.file}: ${f.before ?? '–'} → ${f.after} baris${f.added === null ? '' : ` (+${f.added} baru, −${f.removed} dihapus, ${f.changed} berubah)`}`,
    figure: (place: string, metric: string, before: string, after: number, flagged: boolean) => `  ${flagged ? '!! LONJAKAN ' : ''}${place} · ${metric}: ${before} → ${after}`,
    flagged: (n: number) => `PERINGATAN: ${n} angka utama bergeser tajam (tanda !!). Periksa sebelum menerbitkan; rilis tetap dibuat dan lonjakan ditampilkan di halaman /pembaruan/.`,
    internal: (detail: string) => `Kesalahan internal (bukan kesalahan data; laporkan ke pengembang): ${detail}`,
  },
  en: {
    reading: (dir: string) => `Reading data from ${dir}`,
    failed: (n: number) => `\n${n} problem(s) found. Nothing was written; the previous output in ${outDir} is untouched.`,
    more: (file: string, rule: string, count: number) => `${file}: ${count} more problem(s) of rule [${rule}] not shown`,
    ok: (rows: string) => `Done: ${rows}. Output in ${outDir}`,
    noDir: `Data folder ${dataDir} does not exist.`,
    noMap: 'WARNING: no boundaries found ($BOUNDARIES_DIR, data/boundaries/, ../shared/boundaries/). The site still builds; city pages say the map layer is missing.',
    missingLayer: (files: string[]) => `WARNING: ${files.length === 1 ? '1 city is' : `${files.length} cities are`} shown without a map (not in the boundaries folder): ${files.join(', ')}`,
    mapFrom: (label: string) => `Boundaries from ${label}`,
    emptyFile: (file: string) => `WARNING: ${file} has no data rows; the pages will show zero for this file.`,
    review: (date: string) => `Release review ${date}, against the output it replaces:`,
    metric: { reported: 'reported', proven: 'proven', sanctioned: 'sanctioned', signingEvents: 'signing events', signatories: 'signatories' } as Record<string, string>,
    notSaved: (path: string) => `WARNING: the release history could not be written to ${path}; the release is still made, but copy generated/releases.json there so the history is not lost.`,
    noChange: 'Release review: the published data is exactly that of the last release; no new release.',
    file: (f: FileChange) => `  ${f.file}: ${f.before ?? '–'} → ${f.after} rows${f.added === null ? '' : ` (+${f.added} added, −${f.removed} removed, ${f.changed} changed)`}`,
    figure: (place: string, metric: string, before: string, after: number, flagged: boolean) => `  ${flagged ? '!! JUMP ' : ''}${place} · ${metric}: ${before} → ${after}`,
    flagged: (n: number) => `WARNING: ${n} headline figure(s) moved sharply (marked !!). Check them before publishing; the release is still made and the jumps are shown on the /en/updates/ page.`,
    internal: (detail: string) => `Internal fault (not a data error; please report it to the developers): ${detail}`,
  },
}[lang];

if (!existsSync(dataDir)) {
  console.error(say.noDir);
  process.exit(1);
}
console.log(say.reading(dataDir));
const staging = `${outDir}.staging-${process.pid}`;
try {
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const checked = await loadAreaIndexChecked(await readCoveredCityCodes(dataDir), dataDir);
  const areas = checked.areas;
  const io = fsIO(dataDir, staging, boundarySource());
  const result = await runPipeline(io, areas, today);
  // The reference tables' problems are the run's problems: listed with the rest, and they stop the release.
  (result.issues as unknown[]).unshift(...checked.issues);
  (result.warnings as unknown[]).unshift(...checked.warnings);
  if (result.geo !== undefined) {
    const { geo } = result;
    // One line for every city without polygons: at province scale a line each buried the rest.
    if (geo.warnings.includes('no-boundaries')) console.warn(say.noMap);
    const missing = geo.warnings.filter((w) => w.startsWith('missing:')).map((w) => w.slice('missing:'.length));
    if (missing.length > 0) console.warn(say.missingLayer(missing));
    if (geo.source !== null) console.log(say.mapFrom(geo.source));
  }
  for (const warning of result.warnings) console.warn(formatIssue(warning, lang));
  if (result.issues.length > 0) {
    for (const issue of result.issues) console.error(formatIssue(issue, lang));
    for (const d of result.dropped) console.error(say.more(d.file, d.rule, d.count));
    const total = result.issues.length + result.dropped.reduce((a, d) => a + d.count, 0);
    console.error(say.failed(total));
    await rm(staging, { recursive: true, force: true });
    process.exitCode = 1;
  } else {
    for (const file of ['signings.csv', 'cases.csv', 'headcount.csv']) if (result.rowCounts[file] === 0) console.warn(say.emptyFile(file));
    const site = result.site!;
    const review = await reviewRelease({ dataDir, outDir, staging, site, today });
    if (!review.isNew) console.log(say.noChange);
    else {
      console.log(say.review(review.release.date));
      for (const f of review.release.files) console.log(say.file(f));
      const cityName = new Map(site.cities.map((c) => [c.code, c.name]));
      const electionName = new Map(site.elections.map((e) => [e.id, localized(lang, e, 'name')]));
      for (const f of review.release.figures) {
        const line = say.figure(`${cityName.get(f.city) ?? f.city} · ${electionName.get(f.election) ?? f.election}`, say.metric[f.metric] ?? f.metric, f.before === null ? '–' : String(f.before), f.after, f.flagged);
        if (f.flagged) console.warn(line);
        else console.log(line);
      }
      if (review.release.flagged > 0) console.warn(say.flagged(review.release.flagged));
      if (!review.savedInData) console.warn(say.notSaved(resolve(dataDir, 'releases.json')));
    }
    await swapIn(staging, outDir);
    console.log(say.ok(Object.entries(result.rowCounts).map(([f, c]) => `${f} ${c}`).join(', ')));
  }
} catch (error) {
  // Exit 1 means the data has problems; anything else is a fault of the pipeline: one line, exit 2.
  await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  console.error(say.internal(error instanceof Error ? error.message.split('\n')[0]! : String(error)));
  process.exitCode = 2;
}
