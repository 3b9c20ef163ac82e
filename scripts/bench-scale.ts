// npm run bench:scale: the whole site for every kecamatan of a province (Jawa Barat by default), from a
// seeded synthetic dataset: pipeline and build timed separately, pages counted, peak memory of each step.
// Last line: one JSON object with the figures. Not part of npm test (it takes minutes).
//   BENCH_PROVINCE=32          province code (idn-area-data)
//   BENCH_BOUNDARIES=none      build without any boundaries (default: the usual lookup, real ones for Bogor/Bandung)
//   BENCH_KEEP=1               keep the temporary folder (data, generated, dist) for inspection
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runMeasured, type Measured } from './lib/measure-child.ts';
import { writeSyntheticProvince } from './lib/synthetic-province.ts';

const province = process.env['BENCH_PROVINCE'] ?? '32';
const withoutBoundaries = process.env['BENCH_BOUNDARIES'] === 'none';
const keep = process.env['BENCH_KEEP'] === '1';
const SEED = 20250101;
const TODAY = '2026-11-22';

const work = await mkdtemp(join(tmpdir(), 'pantau-scale-'));
const dataDir = join(work, 'data');
const outDir = join(work, 'generated');
const dist = join(work, 'dist');
try {
  await mkdir(dataDir);
  const dataset = await writeSyntheticProvince(dataDir, province, SEED);
  const rows = Object.entries(dataset.rows).map(([f, n]) => `${f} ${n.toLocaleString('en')}`).join(', ');
  console.log(`dataset: province ${province}, ${dataset.cities} cities, ${dataset.kecamatan} kecamatan, ${dataset.kelurahan} kelurahan; ${rows}`);
  console.log(`folder: ${work}${keep ? '' : ' (removed at the end; BENCH_KEEP=1 keeps it)'}`);

  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, PANTAU_TODAY: TODAY, PANTAU_LANG: 'en' };
  if (withoutBoundaries) env['BOUNDARIES_DIR'] = join(work, 'no-boundaries');
  const data = await runMeasured(['scripts/data.ts'], env);
  mustPass('pipeline', data);
  console.log(`pipeline: ${data.seconds.toFixed(1)} s wall, ${data.cpuSeconds ?? '?'} s CPU, peak ${data.peakRssMb ?? '?'} MB`);
  for (const line of data.stderr.split('\n').filter((l) => l.startsWith('WARNING')).slice(0, 3)) console.log(`  ${line.slice(0, 140)}`);
  const build = await runMeasured(['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], env);
  mustPass('build', build);
  console.log(`build: ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds ?? '?'} s CPU, peak ${build.peakRssMb ?? '?'} MB`);

  const files = await listFiles(dist);
  const pages = files.filter((f) => f.endsWith('.html')).length;
  const bytes = async (path: string): Promise<{ raw: number; gzip: number }> => {
    const buffer = await readFile(join(dist, path));
    return { raw: buffer.length, gzip: gzipSync(buffer).length };
  };
  const searchIndex = await bytes('cari/index.json');
  const home = await bytes('index.html');
  const searchPage = await bytes('cari/index.html');
  const sitemapUrls = (await Promise.all(files.filter((f) => /sitemap-\d+\.xml$/.test(f)).map((f) => readFile(join(dist, f), 'utf8')))).reduce((a, x) => a + (x.match(/<loc>/g)?.length ?? 0), 0);
  const totalMb = (await Promise.all(files.map((f) => stat(join(dist, f)).then((s) => s.size)))).reduce((a, b) => a + b, 0) / 1048576;
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} kB`;
  const figures = {
    province,
    boundaries: !withoutBoundaries,
    cities: dataset.cities,
    kecamatan: dataset.kecamatan,
    kelurahan: dataset.kelurahan,
    cases: dataset.rows['cases.csv'] ?? 0,
    signings: dataset.rows['signings.csv'] ?? 0,
    pages,
    files: files.length,
    dist_mb: round(totalMb, 1),
    sitemap_urls: sitemapUrls,
    data_seconds: round(data.seconds, 1),
    build_seconds: round(build.seconds, 1),
    seconds_per_1000_pages: round((build.seconds / pages) * 1000, 1),
    build_cpu_seconds: build.cpuSeconds,
    load_average: round(loadavg()[0] ?? 0, 1),
    data_peak_rss_mb: data.peakRssMb,
    peak_rss_mb: build.peakRssMb,
    search_index_gzip_kb: round(searchIndex.gzip / 1024, 1),
    home_html_gzip_kb: round(home.gzip / 1024, 1),
  };
  console.log(`pages: ${pages.toLocaleString('en')} HTML of ${files.length.toLocaleString('en')} files (${figures.dist_mb} MB); sitemap ${sitemapUrls} URLs`);
  console.log(`build per 1,000 pages: ${figures.seconds_per_1000_pages} s (machine load average at the end: ${figures.load_average})`);
  console.log(`sizes: search index ${kb(searchIndex.raw)} (${kb(searchIndex.gzip)} gzip), home ${kb(home.raw)} (${kb(home.gzip)} gzip), /cari/ ${kb(searchPage.raw)} (${kb(searchPage.gzip)} gzip)`);
  console.log(JSON.stringify(figures));
} finally {
  if (!keep) await rm(work, { recursive: true, force: true });
}

function mustPass(step: string, run: Measured): void {
  if (run.status === 0) return;
  throw new Error(`${step} failed (exit ${run.status}) after ${run.seconds.toFixed(1)} s:\n${run.stderr.slice(-4000)}${run.stdout.slice(-2000)}`);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
