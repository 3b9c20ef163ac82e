// Finds the boundary files ($BOUNDARIES_DIR, then data/boundaries/, then ../shared/boundaries/) and reads
// them for the pipeline's geography stage. Boundaries are third-party data: they are read here at build
// time and never committed.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BoundarySource } from '../../src/lib/pipeline/pipeline-io.ts';

export const DEFAULT_ATTRIBUTION = 'Kemendagri (Ditjen Dukcapil), via github.com/Alf-Anas/batas-administrasi-indonesia; codes: idn-area-data';

/** The boundaries folder to use and how to name it in messages, or undefined when there is none. */
export function findBoundariesDir(): { dir: string; label: string } | undefined {
  // An explicit $BOUNDARIES_DIR is the only place looked at (a missing one means: build without maps).
  const explicit = process.env['BOUNDARIES_DIR'];
  if (explicit !== undefined && explicit !== '') return existsSync(resolve(explicit)) ? { dir: resolve(explicit), label: '$BOUNDARIES_DIR' } : undefined;
  for (const [dir, label] of [['data/boundaries', 'data/boundaries/'], ['../shared/boundaries', '../shared/boundaries/']] as const) {
    if (existsSync(resolve(dir))) return { dir: resolve(dir), label };
  }
  return undefined;
}

/** The boundaries folder as the pipeline's IO reads it: the files of the folder found, or none. */
export function boundarySource(): BoundarySource {
  const found = findBoundariesDir();
  return {
    label: found?.label ?? null,
    attribution: process.env['BOUNDARIES_ATTRIBUTION'] ?? DEFAULT_ATTRIBUTION,
    async read(file) {
      if (found === undefined) return undefined;
      const path = join(found.dir, file);
      return existsSync(path) ? readFile(path, 'utf8') : undefined;
    },
  };
}
