// npm run bench: ingest of a 1,000,000-row cases.csv against a bare papaparse parse of the same file,
// each in its own process (clean peak memory), and beside Miller (`mlr --icsv --ocsv cat`, Debian's
// `miller`) on the same file where it is installed. Last line: one JSON object with the figures.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import Papa from 'papaparse';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const mode = process.argv[2];

if (mode === 'baseline') {
  // A bare streaming parse: same file, same delimiter, same read size, nothing done with the rows.
  const file = process.argv[3]!;
  const started = performance.now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
      delimiter: ',',
      chunk: (r) => {
        rows += r.data.length;
      },
      complete: () => resolve(),
      error: reject,
    });
  });
  report({ rows, seconds: (performance.now() - started) / 1000 });
} else if (mode === 'echo') {
  // The floor for any ingest that publishes a normalised copy: the same parse, each row written back
  // unchanged (joined, encoded, written), no checks at all. Shows how much of the 1.5x budget a copy uses.
  const [file, outFile] = [process.argv[3]!, process.argv[4]!];
  const started = performance.now();
  let rows = 0;
  const out = createWriteStream(outFile);
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
      delimiter: ',',
      chunk: (r) => {
        let text = '';
        for (const fields of r.data) text += `${fields.join(',')}\n`;
        rows += r.data.length;
        out.write(text);
      },
      complete: () => resolve(),
      error: reject,
    });
  });
  await new Promise<void>((resolve) => out.end(resolve));
  report({ rows, seconds: (performance.now() - started) / 1000 });
} else if (mode === 'ingest') {
  const [dataDir, outDir] = [process.argv[3]!, process.argv[4]!];
  const { loadAreaIndex } = await import('./lib/areas.ts');
  const { fsIO } = await import('./lib/fs-io.ts');
  const { runPipeline } = await import('../src/lib/pipeline/run.ts');
  const areas = await loadAreaIndex(new Set(['32.71', '32.73']));
  const started = performance.now();
  const result = await runPipeline(fsIO(dataDir, outDir), areas, '2026-11-22');
  const seconds = (performance.now() - started) / 1000;
  if (result.issues.length > 0) throw new Error(`bench data has problems: ${result.issues.length}`);
  report({ rows: result.rowCounts['cases.csv'] ?? 0, seconds });
} else {
  await main();
}

function report(figures: { rows: number; seconds: number }): void {
  console.log(JSON.stringify({ ...figures, peak_rss_mb: process.resourceUsage().maxRSS / 1024 }));
}

/** The machine's load average (1, 5, 15 min), printed beside the figures. */
function load(): string {
  return loadavg().map((n) => n.toFixed(2)).join(' ');
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-bench-'));
  try {
    for (const file of ['cities.csv', 'elections.csv', 'headcount.csv', 'events.csv', 'signings.csv']) await cp(join('data', file), join(dir, file));
    const casesFile = join(dir, 'cases.csv');
    const genStart = performance.now();
    await generateCases(casesFile, ROWS);
    console.log(`generated ${ROWS.toLocaleString('en')} rows in ${((performance.now() - genStart) / 1000).toFixed(1)} s: ${casesFile}`);
    // One untimed read so both measured runs start from the same (warm) page cache.
    child(['baseline', casesFile]);
    const runs: { baseline: number[]; ingest: number[]; echo: number[]; miller: number[]; rss: number[]; baseRss: number[] } = { baseline: [], ingest: [], echo: [], miller: [], rss: [], baseRss: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      const base = child(['baseline', casesFile]);
      const out = await mkdtemp(join(tmpdir(), 'pantau-bench-out-'));
      const ingest = child(['ingest', dir, out]);
      const echo = child(['echo', casesFile, join(out, 'echo.csv')]);
      const mlr = miller(casesFile, join(out, 'miller.csv'));
      if (mlr !== null) runs.miller.push(mlr);
      await rm(out, { recursive: true, force: true });
      runs.echo.push(echo.seconds);
      if (base.rows !== ROWS + 1 && base.rows !== ROWS + 2) throw new Error(`baseline parsed ${base.rows} rows`);
      if (ingest.rows !== ROWS) throw new Error(`ingest accepted ${ingest.rows} rows`);
      runs.baseline.push(base.seconds);
      runs.ingest.push(ingest.seconds);
      runs.rss.push(ingest.peak_rss_mb);
      runs.baseRss.push(base.peak_rss_mb);
      console.log(`round ${round}: baseline ${base.seconds.toFixed(2)} s, ingest ${ingest.seconds.toFixed(2)} s, echo (parse + write back) ${echo.seconds.toFixed(2)} s, Miller ${mlr === null ? 'not installed (apt-get install miller)' : `${mlr.toFixed(2)} s`}, ingest peak RSS ${ingest.peak_rss_mb.toFixed(0)} MB; load average ${load()}`);
    }
    // The best of each: noise on a shared machine only ever adds time.
    const best = (xs: number[]) => Math.min(...xs);
    const seconds = best(runs.ingest);
    const baseline = best(runs.baseline);
    console.log(
      JSON.stringify({
        rows: ROWS,
        seconds: round(seconds),
        baseline_seconds: round(baseline),
        ratio: round(seconds / baseline),
        echo_seconds: round(best(runs.echo)),
        echo_ratio: round(best(runs.echo) / baseline),
        rows_per_second: Math.round(ROWS / seconds),
        miller_seconds: runs.miller.length ? round(best(runs.miller)) : null,
        miller_rows_per_second: runs.miller.length ? Math.round(ROWS / best(runs.miller)) : null,
        peak_rss_mb: Math.round(Math.max(...runs.rss)),
        baseline_peak_rss_mb: Math.round(Math.max(...runs.baseRss)),
        rounds: ROUNDS,
        // The machine may be shared: ratios within a round are steadier than seconds.
        load_average_after: load(),
        node: process.version,
      }),
    );
  } finally {
    if (process.env['BENCH_KEEP'] === undefined) await rm(dir, { recursive: true, force: true });
  }
}

/** Miller's CSV-to-CSV copy of the same file (a native tool's floor for reading and writing it), or null without `mlr`. */
function miller(file: string, outFile: string): number | null {
  const started = performance.now();
  const result = spawnSync('sh', ['-c', 'command -v mlr >/dev/null && exec mlr --icsv --ocsv cat "$0" > "$1"', file, outFile], { encoding: 'utf8' });
  if (result.status === 127 || (result.status === 1 && result.stderr === '')) return null;
  if (result.status !== 0) throw new Error(`mlr failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function child(args: string[]): { rows: number; seconds: number; peak_rss_mb: number } {
  const result = spawnSync(process.execPath, ['scripts/bench.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${args[0]} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { rows: number; seconds: number; peak_rss_mb: number };
}


/** Valid, varied rows: every kecamatan, election, category and status, in the forms exports use. */
async function generateCases(path: string, rows: number): Promise<void> {
  const kecamatan = ['32.71.01', '32.71.02', '32.71.03', '32.71.04', '32.71.05', '32.71.06', ...Array.from({ length: 30 }, (_, i) => `32.73.${String(i + 1).padStart(2, '0')}`), 'KEC. BUAH BATU', '3273090', 'Bogor Tengah'];
  const elections = [['pilkada-2018', Date.UTC(2018, 1, 1)], ['pemilu-2024', Date.UTC(2023, 10, 1)], ['pilkada-2024', Date.UTC(2024, 8, 1)]] as const;
  const categories = ['social_media_campaign', 'organising_activity', 'partisan_photo', 'attending_declaration', 'approaching_party', 'Kampanye di media sosial', 'other'];
  const groups = ['teacher', 'staff', 'structural', 'functional', 'health_worker', 'pppk'];
  const outcomes = [['sanctioned', 'medium'], ['sanctioned', 'moral'], ['recommended', ''], ['not_violation', ''], ['violation', ''], ['not_followed_up', ''], ['initial_review', '']] as const;
  const out = createWriteStream(path);
  out.write('id,election,kecamatan,origin,category,position_group,status,reported_date,decision_date,sanction,source,source_url,demo\n');
  let buffer = '';
  const day = 86_400_000;
  for (let i = 0; i < rows; i++) {
    const [election, start] = elections[i % 3]!;
    const [status, sanction] = outcomes[i % outcomes.length]!;
    const reported = start + (i % 120) * day;
    const r = new Date(reported).toISOString().slice(0, 10);
    const d = status === 'initial_review' ? '' : new Date(reported + ((i % 40) + 1) * day).toISOString().slice(0, 10);
    const reportedText = i % 4 === 0 ? `${r.slice(8, 10)}/${r.slice(5, 7)}/${r.slice(0, 4)}` : r;
    buffer += `bench-${i},${election},${kecamatan[i % kecamatan.length]},${i % 2 ? 'finding' : 'report'},${categories[i % categories.length]},${groups[i % groups.length]},${status},${reportedText},${d},${sanction},,,ya\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.write(buffer);
  out.end();
  await once(out, 'finish');
}
