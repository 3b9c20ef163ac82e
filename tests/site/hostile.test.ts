// Hostile text in every free-text and source_url column: the pipeline refuses it with a located error, or
// accepts it and the built site shows it as inert text. The browser check bypasses any Content-Security-Policy,
// so escaping alone must hold.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { load, type CheerioAPI } from 'cheerio';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { formatIssue } from '../../src/lib/pipeline/issues.ts';
import { runPipeline } from '../../src/lib/pipeline/run.ts';
import type { Column, FileSchema } from '../../src/lib/schema/column.ts';
import { allSchemas } from '../../src/lib/schema/index.ts';
import { launchBrowser, serveDist } from '../support/browser.ts';
import { hostilePayloads, type Verdict } from '../support/hostile-payloads.ts';
import { memoryIO } from '../support/memory-io.ts';
import { fixtureAreas, TODAY } from '../support/pipeline.ts';

/** Every column a steward types freely: the text kinds and the source addresses, found from the schemas. */
const freeColumns: readonly { readonly schema: FileSchema; readonly column: Column }[] = allSchemas.flatMap((schema) =>
  schema.columns.filter((c) => c.kind === 'text' || c.kind === 'url').map((column) => ({ schema, column })),
);
/** Columns kept for checking but not published anywhere (so an accepted value cannot be looked for in the output). */
const unpublished = new Set(['cities.csv:source', 'cities.csv:source_url', 'headcount.csv:source', 'headcount.csv:source_url']);

/** The clean fixture's file; the optional public record, absent there (its golden output has none), comes from its own fixture. */
const fixtureOf = (file: string): string => (existsSync(join('tests/fixtures/clean', file)) ? join('tests/fixtures/clean', file) : join('tests/fixtures/record', file));
const readCleanTable = (file: string): string[][] => Papa.parse<string[]>(readFileSync(fixtureOf(file), 'utf8').trim()).data;
const csv = (rows: string[][]): string => `${Papa.unparse(rows, { newline: '\n' })}\n`;

/** The clean fixture as bytes, with one cell (data line 2) set to `value`. */
function cleanWith(file: string, key: string, value: string): Map<string, Uint8Array> {
  const files = new Map(allSchemas.map((s) => [s.file, new Uint8Array(readFileSync(fixtureOf(s.file)))]));
  const rows = readCleanTable(file);
  const index = (rows[0] ?? []).indexOf(key);
  assert.ok(index >= 0 && rows[1] !== undefined, `${file} has a ${key} column and a data row`);
  rows[1][index] = value;
  files.set(file, new Uint8Array(Buffer.from(csv(rows), 'utf8')));
  return files;
}

test('the hostile corpus reaches every free-text and source_url column of every file', () => {
  assert.deepEqual(
    freeColumns.map(({ schema, column }) => `${schema.file}:${column.key}`),
    ['cities.csv:source', 'cities.csv:source_url', 'elections.csv:name_id', 'elections.csv:name_en', 'elections.csv:source', 'elections.csv:source_url', 'headcount.csv:source', 'headcount.csv:source_url', 'events.csv:title_id', 'events.csv:title_en', 'events.csv:source', 'events.csv:source_url', 'reported-figures.csv:quantity_label', 'reported-figures.csv:setting', 'reported-figures.csv:source', 'reported-figures.csv:publisher', 'reported-figures.csv:source_url', 'reported-figures.csv:note', 'reported-figures.csv:note_en', 'signings.csv:unit_name', 'signings.csv:source', 'signings.csv:source_url', 'cases.csv:source', 'cases.csv:source_url'],
  );
});

const describe = (v: Verdict): string => (v === 'shown' ? 'is accepted as text' : v === 'linked' ? 'is accepted as an address' : `is refused [${v}]`);

for (const payload of hostilePayloads) {
  test(`pipeline: ${payload.name} ${describe(payload.asText)} in free text and ${describe(payload.asUrl)} in source_url, in every file`, async () => {
    for (const { schema, column } of freeColumns) {
      const where = `${schema.file}:${column.key}`;
      const verdict = column.kind === 'url' ? payload.asUrl : payload.asText;
      const io = memoryIO(cleanWith(schema.file, column.key, payload.value));
      const result = await runPipeline(io, await fixtureAreas(), TODAY);
      if (verdict === 'shown' || verdict === 'linked') {
        assert.deepEqual(result.issues.map((i) => formatIssue(i, 'en')), [], `${where} accepts it`);
        if (unpublished.has(where)) continue;
        const forms = [payload.value, payload.value.replace(/"/g, '""'), JSON.stringify(payload.value).slice(1, -1)];
        assert.ok([...io.outputs.values()].some((text) => forms.some((f) => text.includes(f))), `${where} publishes the value exactly as written`);
        continue;
      }
      assert.equal(result.site, undefined, `${where}: no output`);
      assert.deepEqual(io.written, [], `${where}: nothing written`);
      const issue = result.issues.find((i) => i.file === schema.file && i.line === 2 && i.column === column.key);
      assert.ok(issue, `${where}: an issue on line 2, column ${column.key}; got ${result.issues.map((i) => formatIssue(i, 'en')).join(' | ')}`);
      assert.equal(issue.rule, verdict, `${where}: ${formatIssue(issue, 'en')}`);
      assert.equal(issue.value, payload.value, `${where}: the issue carries the value`);
      for (const lang of ['id', 'en'] as const) {
        const line = formatIssue(issue, lang);
        assert.ok(line.startsWith(`${schema.file}:2: ${column.key}: `) && line.endsWith(` [${verdict}]`), line);
        assert.doesNotMatch(line, /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/, `${where}: the message shows invisible characters escaped`);
      }
    }
  });
}

// ---- One build of the site from data carrying every accepted payload. ----

const shown = hostilePayloads.filter((p) => p.asText === 'shown').map((p) => p.value);
const linked = hostilePayloads.filter((p) => p.asUrl === 'linked').map((p) => p.value);
/** Free text is capped at 500 characters: the accepted payloads go out in two groups, on alternate rows. */
const groups = [shown.slice(0, Math.ceil(shown.length / 2)).join(' '), shown.slice(Math.ceil(shown.length / 2)).join(' ')];
/** Each cell starts with a marker naming its file, column and row, so a page can be traced to the cell. */
const marker = (file: string, key: string, row: number): string => `HOSTILE-${file.replace('.csv', '')}-${key}-${row}`;
const markerPattern = /HOSTILE-[a-z-]+-[a-z_]+-\d+/g;
const cellText = new Map<string, string>();

let work = '';
let dist = '';
let build: { status: number | null; stderr: string } = { status: null, stderr: '' };

before(() => {
  work = mkdtempSync(join(tmpdir(), 'pantau-hostile-'));
  const data = join(work, 'data');
  cpSync('tests/fixtures/clean', data, { recursive: true });
  for (const schema of allSchemas) {
    const rows = readCleanTable(schema.file);
    const header = rows[0] ?? [];
    for (const column of schema.columns) {
      const c = header.indexOf(column.key);
      if (c < 0 || (column.kind !== 'text' && column.kind !== 'url')) continue;
      rows.slice(1).forEach((row, r) => {
        if (column.kind === 'url') row[c] = linked[r % linked.length] ?? '';
        else {
          const m = marker(schema.file, column.key, r + 2);
          row[c] = `${m} ${groups[r % 2] ?? ''}`;
          cellText.set(m, row[c]);
        }
      });
    }
    writeFileSync(join(data, schema.file), csv(rows));
  }
  dist = join(work, 'dist');
  const env = { ...process.env, DATA_DIR: data, OUT_DIR: join(work, 'generated'), PANTAU_TODAY: TODAY };
  const ingest = spawnSync(process.execPath, ['scripts/data.ts'], { env, encoding: 'utf8' });
  build = ingest.status !== 0 ? ingest : spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], { env, encoding: 'utf8' });
});

const builtFiles = (ext: string): string[] => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).sort();

/** What a browser would follow: leading and embedded spaces, tabs and line breaks are dropped from URLs. */
const scheme = (url: string): string | undefined => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();

function linkTargets($: CheerioAPI): string[] {
  const out: string[] = [];
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'data', 'background'].includes(name.toLowerCase())) out.push(value);
      if (name.toLowerCase() === 'srcset') out.push(...value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? ''));
    }
  });
  return out;
}

test('the site builds from data carrying every accepted payload', () => {
  assert.equal(build.status, 0, build.stderr);
  assert.ok(builtFiles('.html').some((f) => readFileSync(join(dist, f), 'utf8').includes('HOSTILE-')), 'the payloads reach the pages');
});

test('every href and src in the built HTML and SVG is relative, http(s) or mailto: never javascript: or data:', () => {
  const bad: string[] = [];
  for (const file of [...builtFiles('.html'), ...builtFiles('.svg')]) {
    const $ = load(readFileSync(join(dist, file), 'utf8'), { xml: file.endsWith('.svg') });
    for (const target of linkTargets($)) {
      const s = scheme(target);
      if (s !== undefined && s !== 'http' && s !== 'https' && s !== 'mailto') bad.push(`${file}: ${target.slice(0, 80)}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('source URLs from the data are linked as written, and address-like text is never turned into a link', () => {
  const targets = new Set(builtFiles('.html').flatMap((file) => linkTargets(load(readFileSync(join(dist, file), 'utf8')))));
  for (const url of linked) assert.ok(targets.has(url), `${url} is linked`);
  const normal = (url: string): string => url.replace(/[\u0000-\u0020]/g, '');
  const notAddresses = hostilePayloads.filter((p) => p.asText === 'shown' && p.asUrl !== 'linked' && (scheme(p.value) !== undefined || p.value.startsWith('//')));
  assert.ok(notAddresses.length >= 8);
  for (const { value } of notAddresses) assert.ok(![...targets].some((t) => normal(t).includes(normal(value))), `${value} is never a link target`);
});

test('no built page or exported SVG carries a payload as markup: no injected element, handler or script', () => {
  const bad: string[] = [];
  for (const file of [...builtFiles('.html'), ...builtFiles('.svg')]) {
    const $ = load(readFileSync(join(dist, file), 'utf8'), { xml: file.endsWith('.svg') });
    $('*').each((_, el) => {
      for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
        if (/^on/i.test(name) && /__pwned|alert\(/.test(value)) bad.push(`${file}: attribute ${name}="${value.slice(0, 40)}"`);
      }
    });
    $('script:not([type="application/json"]), iframe, style').each((_, el) => {
      if (/__pwned|body\{display:none\}/.test($(el).text() + JSON.stringify((el as { attribs?: unknown }).attribs ?? {}))) bad.push(`${file}: <${(el as { name?: string }).name}> from data`);
    });
  }
  assert.deepEqual(bad, []);
});

let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serveDist>> | undefined;
after(async () => {
  await browser?.close();
  await server?.close();
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

test('in Chromium, with any CSP bypassed, every page showing a payload opens no dialog, runs none of it, logs no error, and shows it as text', async (t) => {
  const pages = builtFiles('.html').filter((f) => readFileSync(join(dist, f), 'utf8').includes('HOSTILE-'));
  server = await serveDist(dist);
  browser = await launchBrowser();
  const context = await browser.newContext({ bypassCSP: true });
  const problems: string[] = [];
  const seenVisible = new Set<string>();
  const origin = server.url;
  let next = 0;
  const worker = async (): Promise<void> => {
    const page = await context.newPage();
    let current = '';
    page.on('dialog', (d) => {
      problems.push(`${current}: dialog "${d.message()}"`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${current}: console error ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${current}: page error ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) problems.push(`${current}: request to ${r.url().slice(0, 80)}`);
    });
    for (let i = next++; i < pages.length; i = next++) {
      const file = pages[i] ?? '';
      current = `/${file.replace(/index\.html$/, '')}`;
      const response = await page.goto(origin + current, { waitUntil: 'load' });
      assert.equal(response?.status(), 200, current);
      // A reader opens the summarised lists (signings, cases): what they show must be text too.
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        text: document.documentElement.textContent ?? '',
        visible: document.body.innerText,
      }));
      if (state.pwned !== undefined) problems.push(`${current}: a payload ran (window.__pwned = ${JSON.stringify(state.pwned)})`);
      const text = state.text.replace(/\s+/g, ' ');
      for (const m of new Set(state.text.match(markerPattern))) {
        // As text, the cell is there in full: had any of it been parsed as markup, its tags would be missing.
        if (!text.includes((cellText.get(m) ?? m).replace(/\s+/g, ' '))) problems.push(`${current}: ${m} is not shown in full as text`);
        if (state.visible.includes(m)) seenVisible.add(m.replace(/-\d+$/, ''));
      }
    }
    await page.close();
  };
  await Promise.all([worker(), worker()]);
  t.diagnostic(`${pages.length} pages opened; columns shown visibly: ${[...seenVisible].sort().join(' ')}`);
  assert.deepEqual(problems, []);
  for (const column of ['HOSTILE-elections-name_id', 'HOSTILE-elections-name_en', 'HOSTILE-events-title_id', 'HOSTILE-events-title_en', 'HOSTILE-events-source', 'HOSTILE-signings-unit_name']) {
    assert.ok(seenVisible.has(column), `${column} is visible on some page`);
  }
});
