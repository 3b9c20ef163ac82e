// The pages' read of the release history the pipeline writes beside its output (generated/releases.json).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHistory, type ReleaseHistory } from './release/release-review.ts';

let cached: ReleaseHistory | undefined;

export function releaseHistory(): ReleaseHistory {
  if (cached !== undefined) return cached;
  const path = resolve(process.env['OUT_DIR'] ?? 'generated', 'releases.json');
  cached = parseHistory(existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  return cached;
}
