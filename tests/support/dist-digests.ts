// Byte-for-byte comparison of two built folders (determinism and page cache tests): same file list, same bytes.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder, as relative path -> sha256. */
export function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile()) out.set(file, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

/** The second folder holds the same files as the first, byte for byte, and the first more than `least` files. */
export function assertSame(first: string, second: string, least: number): void {
  const a = digests(first);
  const b = digests(second);
  assert.deepEqual([...b.keys()], [...a.keys()], `${second}: the same files as ${first}`);
  const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  assert.deepEqual(differing, [], `${second}: ${differing.length} of ${a.size} files differ from ${first}`);
  assert.ok(a.size > least, `${first}: ${a.size} files compared`);
}
