// Thousands of generated and mutated CSV files through the real pipeline: it always ends in output or in
// located, worded issues, never in a crash, a hang or a half-written output. Seeded, so every run is the same.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatIssue, quote, type Issue, type Lang } from '../../src/lib/pipeline/issues.ts';
import { messages } from '../../src/lib/pipeline/messages.ts';
import { runPipeline, type PipelineResult } from '../../src/lib/pipeline/run.ts';
import { allSchemas } from '../../src/lib/schema/index.ts';
import { anyBytes, csvishText, edgeValuedFile, mutatedFile } from '../support/csv-arbitraries.ts';
import { memoryIO, type MemoryIO } from '../support/memory-io.ts';
import { fixtureAreas, TODAY } from '../support/pipeline.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261122);
/** Multiplies every property's number of runs (FUZZ_SCALE=10 for a long hunt). */
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
/** A run of these small inputs takes milliseconds; one that takes this long counts as a hang. */
const DEADLINE_MS = 10_000;

const names = allSchemas.map((s) => s.file);
// The optional public record is not in the clean fixture (whose golden output has none); its own fixture stands in.
const fixtureOf = (name: string): string => (existsSync(`tests/fixtures/clean/${name}`) ? `tests/fixtures/clean/${name}` : `tests/fixtures/record/${name}`);
const clean = new Map(names.map((name) => [name, readFileSync(fixtureOf(name), 'utf8')]));
const cleanBytes = (name: string): Uint8Array => new Uint8Array(Buffer.from(clean.get(name) ?? '', 'utf8'));

type Dataset = ReadonlyMap<string, Uint8Array>;

/** The clean dataset with the given files replaced. */
const datasetWith = (changed: readonly (readonly [string, Uint8Array])[]): Dataset => new Map([...names.map((n) => [n, cleanBytes(n)] as const), ...changed]);

/** The highest line number an issue may name: one past the last line break of the file. */
function lastLine(bytes: Uint8Array | undefined): number {
  let breaks = 0;
  for (const b of bytes ?? []) if (b === 0x0a || b === 0x0d) breaks++;
  return 2 + breaks;
}

const langs: readonly Lang[] = ['id', 'en'];

function assertIssueIsUsable(issue: Issue, lastLines: ReadonlyMap<string, number>): void {
  const where = JSON.stringify(issue);
  assert.ok(names.includes(issue.file), `the issue names an input file: ${where}`);
  assert.ok(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= (lastLines.get(issue.file) ?? 0), `the issue names a line of its file: ${where}`);
  assert.ok(Object.hasOwn(messages, issue.rule), `the rule exists in messages.ts: ${where}`);
  assert.ok(typeof issue.column === 'string' && issue.column.length > 0, `the issue names a column or "*": ${where}`);
  assert.equal(typeof issue.value, 'string');
  for (const lang of langs) {
    const line = formatIssue(issue, lang);
    const message = messages[issue.rule][lang]({ value: quote(issue.value), ...issue.params });
    assert.ok(message.trim().length > 0, `a message in ${lang}: ${where}`);
    assert.match(line, new RegExp(`^${issue.file.replace('.', '\\.')}:${issue.line}: .+ \\[${issue.rule}\\]$`, 's'));
    assert.doesNotMatch(line, /[\u0000-\u001f\u007f]/, `one printable line in ${lang}, without raw control characters: ${JSON.stringify(line)}`);
  }
}

function assertOutcome(result: PipelineResult, io: MemoryIO, files: Dataset): void {
  if (result.issues.length > 0) {
    assert.equal(result.site, undefined, 'no site data alongside issues');
    assert.deepEqual(io.written, [], 'a failed run writes no output file');
    // cases.csv streams into the staging folder as it is read; the CLI deletes that folder on failure.
    assert.ok(io.streamed.every((p) => p === 'publish/cases.csv'));
    const lastLines = new Map([...files].map(([name, bytes]) => [name, lastLine(bytes)]));
    for (const issue of result.issues) assertIssueIsUsable(issue, lastLines);
  } else {
    assert.ok(result.site, 'no issues means site data');
    assert.equal(result.dropped.length, 0);
    assert.ok(io.written.includes('site-data.json'));
    JSON.parse(io.outputs.get('site-data.json') ?? '');
    assertFiniteNumbers(result.site);
  }
}

/** Accepted figures are real numbers: JSON would silently publish an Infinity or NaN as null. */
function assertFiniteNumbers(value: unknown, path = 'site'): void {
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} is ${value}`);
  else if (Array.isArray(value)) value.forEach((v, i) => assertFiniteNumbers(v, `${path}[${i}]`));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) assertFiniteNumbers(v, `${path}.${k}`);
}

interface Tally {
  runs: number;
  files: number;
  accepted: number;
  refused: number;
  rules: Set<string>;
  slowest: number;
}

const totals: Tally = { runs: 0, files: 0, accepted: 0, refused: 0, rules: new Set(), slowest: 0 };

/** Runs the pipeline on one dataset under a deadline and checks its outcome. */
async function runChecked(changed: readonly (readonly [string, Uint8Array])[], chunkSize: number, tally: Tally): Promise<void> {
  const files = datasetWith(changed);
  const io = memoryIO(files, chunkSize);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${DEADLINE_MS} ms: the pipeline hangs`)), DEADLINE_MS);
  });
  try {
    const result = await Promise.race([runPipeline(io, await fixtureAreas(), TODAY), deadline]);
    const took = performance.now() - started;
    assert.ok(took < DEADLINE_MS, `took ${Math.round(took)} ms`);
    assertOutcome(result, io, files);
    tally.runs++;
    tally.files += changed.length;
    tally.slowest = Math.max(tally.slowest, took);
    if (result.site) tally.accepted++;
    else tally.refused++;
    for (const issue of result.issues) tally.rules.add(issue.rule);
  } finally {
    clearTimeout(timer);
  }
}

const chunkSize = fc.constantFrom(1 << 20, 1 << 20, 4096, 7);
const anyFile = fc.constantFrom(...names);

async function fuzz(t: { diagnostic: (m: string) => void }, label: string, numRuns: number, arb: fc.Arbitrary<{ changed: readonly (readonly [string, Uint8Array])[]; chunk: number }>): Promise<void> {
  const tally: Tally = { runs: 0, files: 0, accepted: 0, refused: 0, rules: new Set(), slowest: 0 };
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(arb, ({ changed, chunk }) => runChecked(changed, chunk, tally)),
    { seed: SEED, numRuns: Math.round(numRuns * SCALE), plugins: [fc.timeout(DEADLINE_MS * 2)] },
  );
  totals.runs += tally.runs;
  totals.files += tally.files;
  totals.accepted += tally.accepted;
  totals.refused += tally.refused;
  for (const r of tally.rules) totals.rules.add(r);
  totals.slowest = Math.max(totals.slowest, tally.slowest);
  t.diagnostic(`${label}: seed ${SEED}, ${tally.runs} runs, ${tally.files} generated files, ${tally.accepted} accepted, ${tally.refused} refused, ${tally.rules.size} rules fired, slowest run ${Math.round(tally.slowest)} ms, ${Math.round(performance.now() - started)} ms in all`);
}

test('one mutated file in a clean dataset ends in output or in located, worded issues', (t) =>
  fuzz(t, 'one mutated file', 900, fc.record({ changed: fc.oneof(...names.map((n) => mutatedFile(clean.get(n) ?? '').map((b) => [[n, b] as const]))), chunk: chunkSize })));

test('cells at the edge of what their column accepts end in output with real figures, or in located, worded issues', (t) =>
  fuzz(t, 'edge values', 600, fc.record({ changed: fc.oneof(...allSchemas.map((s) => edgeValuedFile(s, clean.get(s.file) ?? '').map((b) => [[s.file, b] as const]))), chunk: chunkSize })));

test('every file mutated at once ends in output or in located, worded issues', (t) =>
  fuzz(t, 'all files mutated', 150, fc.record({ changed: fc.tuple(...names.map((n) => mutatedFile(clean.get(n) ?? '').map((b) => [n, b] as const))), chunk: chunkSize })));

test('random CSV-ish text in any file ends in located, worded issues', (t) =>
  fuzz(t, 'CSV-ish text', 500, fc.record({ changed: fc.tuple(anyFile, csvishText).map((c) => [c]), chunk: chunkSize })));

test('random bytes in any file end in located, worded issues', (t) =>
  fuzz(t, 'random bytes', 300, fc.record({ changed: fc.tuple(anyFile, anyBytes).map((c) => [c]), chunk: chunkSize })));

test('the fuzzing covered thousands of files and a wide spread of rules', (t) => {
  t.diagnostic(`in all: seed ${SEED}, ${totals.runs} runs, ${totals.files} generated files, ${totals.accepted} accepted, ${totals.refused} refused, rules fired: ${[...totals.rules].sort().join(' ')}`);
  if (SCALE < 1) return;
  assert.ok(totals.files >= 2_000, `${totals.files} files`);
  assert.ok(totals.accepted > 0, 'some mutations keep the data valid');
  assert.ok(totals.rules.size >= 25, `${totals.rules.size} rules fired`);
});
