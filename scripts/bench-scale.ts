// npm run bench:scale: the whole site for every kecamatan of a province (Jawa Barat by default) or of the
// whole country, from a seeded synthetic dataset: pipeline and build timed separately, pages counted, peak
// memory of each step; then one row of cases.csv changes and the site is built again (the incremental
// build: the image cache renders only what changed). Last line: one JSON object with the figures.
// Not part of npm test (it takes minutes; the national run tens of minutes and GBs).
//   BENCH_PROVINCE=32          province code (idn-area-data), codes joined by commas, or `all` for every province of Indonesia
//   BENCH_BOUNDARIES=none      build without any boundaries (default: the usual lookup, real ones where the folder has them)
//   BENCH_INCREMENTAL=0        skip the second build
//   BENCH_BUILD=0              the pipeline only (the national build takes tens of minutes on a loaded machine)
//   BENCH_KEEP=1               keep the temporary folder (data, generated, dist, image cache) for inspection
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runMeasured, type Measured } from './lib/measure-child.ts';
import { writeSyntheticProvince } from './lib/synthetic-province.ts';
import { buildSearchShards } from '../src/lib/search/search-shards.ts';
import type { SiteData } from '../src/lib/model.ts';
import type { PageCacheCounts } from '../src/lib/build-cache/page-cache-integration.ts';

const province = process.env['BENCH_PROVINCE'] ?? '32';
const withoutBoundaries = process.env['BENCH_BOUNDARIES'] === 'none';
const incremental = process.env['BENCH_INCREMENTAL'] !== '0';
const withBuild = process.env['BENCH_BUILD'] !== '0';
const keep = process.env['BENCH_KEEP'] === '1';
const SEED = 20250101;
const TODAY = '2026-11-22';

const load = (): string => loadavg().map((n) => n.toFixed(2)).join(' ');
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
  const loadBefore = load();
  console.log(`machine load average (1, 5, 15 min) before: ${loadBefore}`);

  // A fresh image cache and page cache in the folder: the first build is cold, the second reads what the first kept
  // (PAGE_CACHE=off measures the rebuild without the page cache).
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, PANTAU_TODAY: TODAY, PANTAU_LANG: 'en', PNG_CACHE_DIR: join(work, 'png-cache'), PAGE_CACHE_DIR: join(work, 'page-cache') };
  if (withoutBoundaries) env['BOUNDARIES_DIR'] = join(work, 'no-boundaries');
  const buildArgs = ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist];
  const data = await runMeasured(['scripts/data.ts'], env);
  mustPass('pipeline', data);
  console.log(`pipeline: ${data.seconds.toFixed(1)} s wall, ${data.cpuSeconds ?? '?'} s CPU, peak ${data.peakRssMb ?? '?'} MB`);
  for (const line of data.stderr.split('\n').filter((l) => l.startsWith('WARNING')).slice(0, 3)) console.log(`  ${line.slice(0, 140)}`);
  if (!withBuild) {
    // The search shards as the build would write them, from the pipeline's output.
    const { manifest, shards } = buildSearchShards(JSON.parse(await readFile(join(outDir, 'site-data.json'), 'utf8')) as SiteData);
    const gzipKb = (value: unknown): number => gzipSync(JSON.stringify(value)).length / 1024;
    const shardKb = [...shards.values()].map(gzipKb);
    const search = { search_shards: shards.size, search_manifest_gzip_kb: round(gzipKb(manifest), 1), search_largest_shard_gzip_kb: round(Math.max(...shardKb), 1), search_all_shards_gzip_kb: round(shardKb.reduce((a, b) => a + b, 0), 1) };
    console.log(`search: ${search.search_shards} shards; first use ${round(search.search_manifest_gzip_kb + search.search_largest_shard_gzip_kb, 1)} kB gzip at most (list ${search.search_manifest_gzip_kb} kB + largest shard ${search.search_largest_shard_gzip_kb} kB); all shards ${search.search_all_shards_gzip_kb} kB gzip`);
    console.log(`machine load average (1, 5, 15 min) at the end: ${load()}`);
    console.log(JSON.stringify({ province, cities: dataset.cities, kecamatan: dataset.kecamatan, kelurahan: dataset.kelurahan, ...dataset.rows, data_seconds: round(data.seconds, 1), data_cpu_seconds: data.cpuSeconds, data_peak_rss_mb: data.peakRssMb, ...search, load_average_before: loadBefore, load_average_after: load() }));
  }
  if (withBuild) {
    const build = await runMeasured(buildArgs, env);
    mustPass('build', build);
    console.log(`build (cold image cache): ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds ?? '?'} s CPU, peak ${build.peakRssMb ?? '?'} MB`);
    const loadAfterCold = load();

    const files = await listFiles(dist);
    // Images in the cache: each one rendered once (pruning keeps the last two builds' images, so none go here).
    const cachedImages = async (): Promise<number> => (await listFiles(join(work, 'png-cache'))).filter((f) => f.endsWith('.png')).length;
    const renderedCold = await cachedImages();
    console.log(`images: ${renderedCold.toLocaleString('en')} rendered for ${files.filter((f) => f.endsWith('.png')).length.toLocaleString('en')} PNG files`);
    const pages = files.filter((f) => f.endsWith('.html')).length;
    const bytes = async (path: string): Promise<{ raw: number; gzip: number }> => {
      const buffer = await readFile(join(dist, path));
      return { raw: buffer.length, gzip: gzipSync(buffer).length };
    };
    const manifest = await bytes('cari/indeks/index.json');
    const shards = await Promise.all(files.filter((f) => /^cari\/indeks\/[0-9a-f]{8}\.json$/.test(f)).map(bytes));
    const largestShard = Math.max(...shards.map((s) => s.gzip));
    const home = await bytes('index.html');
    const searchPage = await bytes('cari/index.html');
    const sitemapFiles = files.filter((f) => /sitemap-\d+\.xml$/.test(f));
    const sitemapCounts = await Promise.all(sitemapFiles.map(async (f) => (await readFile(join(dist, f), 'utf8')).match(/<loc>/g)?.length ?? 0));
    const totalMb = (await Promise.all(files.map((f) => stat(join(dist, f)).then((s) => s.size)))).reduce((a, b) => a + b, 0) / 1048576;
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

    let again: { data: Measured; build: Measured; rendered: number; pages: PageCacheCounts | null } | null = null;
    if (incremental) {
      // One row changes: the first case's status flips, as a steward's corrected export would.
      const casesPath = join(dataDir, 'cases.csv');
      const [header = '', first = '', ...rest] = (await readFile(casesPath, 'utf8')).split('\n');
      const cells = first.split(',');
      const status = header.split(',').indexOf('status');
      cells[status] = cells[status] === 'sanctioned' ? 'not_followed_up' : 'sanctioned';
      if (cells[status] === 'sanctioned') cells[status + 3] = 'light';
      else cells[status + 3] = '';
      await writeFile(casesPath, [header, cells.join(','), ...rest].join('\n'));
      const data2 = await runMeasured(['scripts/data.ts'], env);
      mustPass('pipeline (one row changed)', data2);
      const build2 = await runMeasured(buildArgs, env);
      mustPass('build (one row changed)', build2);
      const pageCounts = await readFile(join(work, 'page-cache', 'last-build.json'), 'utf8').then((text) => JSON.parse(text) as PageCacheCounts, () => null);
      again = { data: data2, build: build2, rendered: (await cachedImages()) - renderedCold, pages: pageCounts };
      console.log(`one row of cases.csv changed: pipeline ${data2.seconds.toFixed(1)} s, build ${build2.seconds.toFixed(1)} s wall (${build2.cpuSeconds ?? '?'} s CPU, peak ${build2.peakRssMb ?? '?'} MB): ${(data2.seconds + build2.seconds).toFixed(1)} s in all; ${again.rendered} images rendered anew`);
      console.log(pageCounts ? `page cache: ${pageCounts.restored.toLocaleString('en')} of ${pageCounts.files.toLocaleString('en')} files restored (${pageCounts.kept.toLocaleString('en')} left in place), ${(pageCounts.files - pageCounts.restored).toLocaleString('en')} generated` : 'page cache: off');
    }
    const loadAfter = load();

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
      sitemap_files: sitemapFiles.length,
      sitemap_urls: sitemapCounts.reduce((a, b) => a + b, 0),
      sitemap_urls_largest_file: Math.max(0, ...sitemapCounts),
      data_seconds: round(data.seconds, 1),
      data_peak_rss_mb: data.peakRssMb,
      build_seconds: round(build.seconds, 1),
      build_cpu_seconds: build.cpuSeconds,
      peak_rss_mb: build.peakRssMb,
      cold_total_seconds: round(data.seconds + build.seconds, 1),
      seconds_per_1000_pages: round((build.seconds / pages) * 1000, 1),
      // CPU per page moves less than wall time when other work shares the machine.
      cpu_seconds_per_1000_pages: build.cpuSeconds === null ? null : round((build.cpuSeconds / pages) * 1000, 1),
      incremental_data_seconds: again ? round(again.data.seconds, 1) : null,
      incremental_build_seconds: again ? round(again.build.seconds, 1) : null,
      incremental_total_seconds: again ? round(again.data.seconds + again.build.seconds, 1) : null,
      incremental_peak_rss_mb: again?.build.peakRssMb ?? null,
      incremental_build_cpu_seconds: again?.build.cpuSeconds ?? null,
      images_rendered_cold: renderedCold,
      images_rendered_incremental: again?.rendered ?? null,
      files_restored_incremental: again?.pages?.restored ?? null,
      files_left_in_place_incremental: again?.pages?.kept ?? null,
      files_generated_incremental: again?.pages ? again.pages.files - again.pages.restored : null,
      search_shards: shards.length,
      search_first_use_gzip_kb: round((manifest.gzip + largestShard) / 1024, 1),
      search_manifest_gzip_kb: round(manifest.gzip / 1024, 1),
      search_largest_shard_gzip_kb: round(largestShard / 1024, 1),
      search_all_shards_gzip_kb: round(shards.reduce((a, s) => a + s.gzip, 0) / 1024, 1),
      home_html_gzip_kb: round(home.gzip / 1024, 1),
      search_page_gzip_kb: round(searchPage.gzip / 1024, 1),
      load_average_before: loadBefore,
      load_average_after_cold: loadAfterCold,
      load_average_after: loadAfter,
    };
    console.log(`pages: ${pages.toLocaleString('en')} HTML of ${files.length.toLocaleString('en')} files (${figures.dist_mb} MB); sitemaps: ${sitemapFiles.length} files, ${figures.sitemap_urls} URLs, at most ${figures.sitemap_urls_largest_file} in one`);
    console.log(`cold: pipeline + build ${figures.cold_total_seconds} s; build per 1,000 pages ${figures.seconds_per_1000_pages} s (load average after: ${loadAfterCold})`);
    console.log(`search: ${shards.length} shards; first use ${kb(manifest.gzip + largestShard)} gzip at most (list ${kb(manifest.gzip)} + largest shard ${kb(largestShard)}); all shards ${kb(shards.reduce((a, s) => a + s.gzip, 0))} gzip`);
    console.log(`sizes: home ${kb(home.raw)} (${kb(home.gzip)} gzip), /cari/ ${kb(searchPage.raw)} (${kb(searchPage.gzip)} gzip)`);
    console.log(`machine load average (1, 5, 15 min) at the end: ${loadAfter} (figures on a shared machine are pessimistic)`);
    console.log(JSON.stringify(figures));
  }
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
