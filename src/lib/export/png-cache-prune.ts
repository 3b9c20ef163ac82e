// The image cache stays bounded: it keeps what the last few builds used and nothing else. Every build leaves
// a marker (builds/<start>-<pid>.json) when it starts; every image it reads or writes is touched
// (png-cache.ts). When a build ends, images untouched since the start of the last `keep` builds to finish
// are removed, and never an image touched since a build still running started: two builds
// sharing the cache do not take each other's images away (a build that finds an image gone renders it again).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Marker {
  readonly file: string;
  readonly pid: number;
  readonly start: number;
  /** When the build finished; null while it runs. */
  readonly end: number | null;
}

/** A safety margin for file times written by the kernel's coarser clock. */
const MARGIN_MS = 1000;

/** Records that a build using the cache starts now; returns its marker for pruneCache. */
export function markBuildStart(dir: string, now: number = Date.now()): string {
  const builds = join(dir, 'builds');
  mkdirSync(builds, { recursive: true });
  const file = join(builds, `${now}-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ pid: process.pid, start: now, end: null }));
  return file;
}

/** Marks the build done and removes the images no recent or running build used; counts what stays and goes. */
export function pruneCache(dir: string, marker: string, keep: number, alive: (pid: number) => boolean = pidAlive, now: number = Date.now()): { kept: number; removed: number } {
  const own = readMarker(marker);
  if (own) writeFileSync(marker, JSON.stringify({ pid: own.pid, start: own.start, end: now }));
  const markers = listMarkers(join(dir, 'builds'));
  const running = markers.filter((m) => m.end === null && alive(m.pid));
  for (const m of markers) if (m.end === null && !running.includes(m)) rmSync(m.file, { force: true });
  const finished = markers.filter((m) => m.end !== null).sort((a, b) => (b.end ?? 0) - (a.end ?? 0));
  const recent = finished.slice(0, Math.max(1, keep));
  if (recent.length < keep) return { kept: countEntries(dir), removed: 0 };
  for (const m of finished.slice(recent.length)) rmSync(m.file, { force: true });
  const cutoff = Math.min(...[...recent, ...running].map((m) => m.start)) - MARGIN_MS;
  return removeOlder(dir, cutoff);
}

/** Touched now: an entry this build uses, kept by the next pruning. */
export function touch(file: string): void {
  const now = new Date();
  utimesSync(file, now, now);
}

function removeOlder(dir: string, cutoff: number): { kept: number; removed: number } {
  let kept = 0;
  let removed = 0;
  for (const sub of entryFolders(dir)) {
    for (const name of readdirSync(join(dir, sub))) {
      const file = join(dir, sub, name);
      const stat = statSync(file, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.mtimeMs < cutoff) {
        rmSync(file, { force: true });
        removed++;
      } else kept++;
    }
  }
  return { kept, removed };
}

/** The folders holding images (two hex digits) and the cut fonts. */
function entryFolders(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => /^[0-9a-f]{2}$/.test(name) || name === 'fonts');
  } catch {
    return [];
  }
}

function countEntries(dir: string): number {
  return entryFolders(dir).reduce((n, sub) => n + readdirSync(join(dir, sub)).length, 0);
}

function listMarkers(builds: string): Marker[] {
  try {
    return readdirSync(builds)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => readMarker(join(builds, name)) ?? []);
  } catch {
    return [];
  }
}

function readMarker(file: string): Marker | null {
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; start: number; end: number | null };
    return { file, pid: m.pid, start: m.start, end: m.end };
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
