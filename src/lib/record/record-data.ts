// The pages' read of the public record (generated/record.json); a data folder without the file has an empty record.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RecordData } from './record-figure.ts';

let cached: RecordData | undefined;

export function recordData(): RecordData {
  if (cached !== undefined) return cached;
  const path = resolve(process.env['OUT_DIR'] ?? 'generated', 'record.json');
  cached = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RecordData) : { elections: [], figures: [], regionNames: {} };
  return cached;
}
