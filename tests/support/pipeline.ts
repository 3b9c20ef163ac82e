// Test support: run the real pipeline on a fixture folder, in process, into a fresh temporary folder.
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AreaIndex } from '../../src/lib/geo/area-index.ts';
import { formatIssue } from '../../src/lib/pipeline/issues.ts';
import { runPipeline, type PipelineResult } from '../../src/lib/pipeline/run.ts';
import { loadAreaIndex } from '../../scripts/lib/areas.ts';
import { fsIO } from '../../scripts/lib/fs-io.ts';

export const TODAY = '2026-11-22';
let areas: Promise<AreaIndex> | undefined;

/** The official area index for the fixture cities, loaded once per test file. */
export function fixtureAreas(): Promise<AreaIndex> {
  areas ??= loadAreaIndex(new Set(['32.71', '32.73']));
  return areas;
}

export async function runOn(dataDir: string): Promise<PipelineResult & { out: string; lines: string[] }> {
  const out = await mkdtemp(join(tmpdir(), 'pantau-out-'));
  const result = await runPipeline(fsIO(dataDir, out), await fixtureAreas(), TODAY);
  return { ...result, out, lines: result.issues.map((i) => formatIssue(i, 'en')) };
}

/** A copy of the clean fixture with some files replaced, for breaking one rule at a time. */
export async function fixtureWith(changes: Readonly<Record<string, string>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-data-'));
  await cp('tests/fixtures/clean', dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) await writeFile(join(dir, file), text);
  return dir;
}

export async function readClean(file: string): Promise<string> {
  return readFile(join('tests/fixtures/clean', file), 'utf8');
}

/** Every file below a folder, as relative path -> content. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), await readFile(path, 'utf8'));
  }
  return files;
}
