// npm run audit:lighthouse [-- --no-build] [-- /other/path/ ...]: Lighthouse (mobile) on the built home, city,
// kecamatan and embed pages, against the budget of DESIGN.md. Builds first (--no-build audits dist/ as it is);
// localhost only, nothing fetched from outside. Prints a table and the failing audits, then one JSON line;
// exit 1 when a target is missed. LIGHTHOUSE_RUNS=3 keeps each page's median run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './lib/chromium.ts';
import { serveDir } from './lib/static-server.ts';
import { categories, lighthouseTargets, missedTargets, type Category } from './lib/lighthouse-targets.ts';
import { categoryScores, failingAudits, foreignRequests, type LighthouseResult } from './lib/lighthouse-findings.ts';

// One page of each kind DESIGN.md budgets: the overview, a city, a kecamatan, an embedded chart; or the paths given.
const given = process.argv.slice(2).filter((a) => a.startsWith('/'));
const pages = given.length > 0 ? given : ['/', '/kota/bandung/', '/kecamatan/32.73.22/', '/embed/cases-monthly-bandung/'];
const runs = Math.max(1, Number(process.env['LIGHTHOUSE_RUNS'] ?? 1));
const dist = process.env['DIST_DIR'] ?? 'dist';
// Set to a folder to keep each page's full Lighthouse report (JSON) for a closer look.
const reports = process.env['LIGHTHOUSE_REPORTS'];

if (!process.argv.includes('--no-build')) {
  // Always audit what the sources build today, not a stale dist/.
  for (const args of [['scripts/data.ts'], ['node_modules/astro/bin/astro.mjs', 'build', '--silent']]) {
    const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
} else if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run without --no-build, or "npm run build" first.`);
  process.exit(1);
}

if (reports) await mkdir(reports, { recursive: true });
// The shared static server: the shipped headers, and gzip as any static host sends it.
const server = await serveDir(dist);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: [
    '--headless=new',
    ...chromiumFlags,
    // No name but the local server resolves: nothing can reach the internet, and an attempt fails at once.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

type PageResult = { path: string; scores: Record<Category, number | null>; missed: Category[]; foreign: string[]; cpu: number; lhr: LighthouseResult };
const results: PageResult[] = [];
try {
  for (const path of pages) {
    const lhrs: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${path}: ${result.lhr.runtimeError.message}`);
      lhrs.push(result.lhr as unknown as LighthouseResult);
    }
    // With several runs, keep the one of median performance, as Lighthouse's own guidance on variance suggests.
    lhrs.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
    const lhr = lhrs[Math.floor(lhrs.length / 2)]!;
    if (reports) await writeFile(join(reports, `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.json`), JSON.stringify(lhr));
    const scores = categoryScores(lhr, categories);
    // Lighthouse's CPU benchmark of this machine during the run: a busy machine scores performance low.
    const cpu = Math.round(lhr.environment?.benchmarkIndex ?? 0);
    results.push({ path, scores, missed: missedTargets(scores), foreign: foreignRequests(lhr, server.url), cpu, lhr });
    console.error(`audited ${path}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const width = Math.max(...pages.map((p) => p.length));
const head = ['page'.padEnd(width), ...categories.map((c) => c.padStart(14)), 'cpu index'.padStart(10)].join('  ');
console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}mobile scores; targets: ${categories.map((c) => `${c} ${lighthouseTargets[c]}`).join(', ')}\n`);
console.log(head);
console.log('-'.repeat(head.length));
for (const r of results) {
  console.log([r.path.padEnd(width), ...categories.map((c) => `${r.scores[c] ?? '–'}${r.missed.includes(c) ? ' ✗' : '  '}`.padStart(14)), String(r.cpu).padStart(10)].join('  '));
}
if (results.some((r) => r.cpu < 1000)) {
  console.log('\nA cpu index (Lighthouse benchmarkIndex) under 1000 means a slow or busy machine, and Lighthouse warns that performance then scores low. Rerun when the machine is idle.');
}
for (const r of results) {
  for (const c of r.missed) {
    console.log(`\n${r.path}: ${c} ${r.scores[c] ?? '–'} < ${lighthouseTargets[c]}`);
    for (const a of failingAudits(r.lhr, c)) {
      console.log(`  - ${a.id} (weight ${a.weight}, score ${Math.round(a.score * 100)}): ${a.title}${a.displayValue ? `: ${a.displayValue}` : ''}`);
      const items = r.lhr.audits[a.id]?.details?.items;
      for (const item of (Array.isArray(items) ? items.slice(0, 3) : []) as Record<string, unknown>[]) {
        const node = item['node'] as { snippet?: string } | undefined;
        const where = node?.snippet ?? item['url'] ?? item['source'] ?? '';
        if (where) console.log(`      ${(typeof where === 'string' ? where : JSON.stringify(where)).slice(0, 160)}`);
      }
    }
  }
  if (r.foreign.length > 0) console.log(`\n${r.path}: requests outside ${server.url}: ${r.foreign.join(', ')}`);
}
const ok = results.every((r) => r.missed.length === 0 && r.foreign.length === 0);
console.log(`\n${JSON.stringify({ ok, runs, targets: lighthouseTargets, pages: results.map((r) => ({ path: r.path, scores: r.scores, missed: r.missed, foreignRequests: r.foreign.length, cpuIndex: r.cpu })) })}`);
process.exit(ok ? 0 : 1);
