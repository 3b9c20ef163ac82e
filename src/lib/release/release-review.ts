// What a release changes against the one it replaces: rows added, removed and changed per published file,
// and the headline figures of each city and election before -> after, with large moves flagged.
import type { SiteData } from '../model.ts';

/** The figures a reader sees first, per city and election. */
export const HEADLINE_METRICS = ['reported', 'proven', 'sanctioned', 'signingEvents', 'signatories'] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

/** "32.71|pilkada-2018|reported" -> value. */
export type Headline = Readonly<Record<string, number>>;

export interface FileChange {
  readonly file: string;
  readonly before: number | null;
  readonly after: number;
  /** null when the previous rows were not at hand (a fresh clone): only the counts compare. */
  readonly added: number | null;
  readonly removed: number | null;
  readonly changed: number | null;
}

export interface FigureChange {
  readonly city: string;
  readonly election: string;
  readonly metric: HeadlineMetric;
  readonly before: number | null;
  readonly after: number;
  readonly flagged: boolean;
}

export interface Release {
  readonly date: string;
  /** sha256 of the published files: an identical re-run adds no release. */
  readonly fingerprint: string;
  readonly dataUpTo: string | null;
  readonly files: readonly FileChange[];
  readonly figures: readonly FigureChange[];
  readonly flagged: number;
  readonly headline: Headline;
}

export interface ReleaseHistory {
  /** Newest first. */
  readonly releases: readonly Release[];
}

/** A move is flagged when it is at least 5 and at least a quarter of the figure before (or anything appearing from or falling to nothing past 5). */
export function isJump(before: number | null, after: number): boolean {
  const b = before ?? 0;
  const delta = Math.abs(after - b);
  return delta >= 5 && delta >= 0.25 * b;
}

export function headlineOf(site: SiteData): Headline {
  const out: Record<string, number> = {};
  for (const election of site.elections) {
    const table = site.totals[election.id] ?? {};
    for (const city of site.cities) {
      const totals = table[city.code] as unknown as Record<string, unknown> | undefined;
      for (const metric of HEADLINE_METRICS) {
        const value = totals?.[metric];
        if (typeof value === 'number') out[`${city.code}|${election.id}|${metric}`] = value;
      }
    }
  }
  return out;
}

/** Every headline figure that moved (or appeared, or went), in key order; none for a first release. */
export function compareHeadlines(before: Headline | undefined, after: Headline): FigureChange[] {
  if (before === undefined) return [];
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])].sort();
  const out: FigureChange[] = [];
  for (const key of keys) {
    const [city = '', election = '', metric = ''] = key.split('|');
    const b = before === undefined ? null : (before[key] ?? null);
    const a = after[key] ?? 0;
    if (b === a) continue;
    out.push({ city, election, metric: metric as HeadlineMetric, before: b, after: a, flagged: isJump(b, a) });
  }
  return out;
}

/** 32-bit FNV-1a: enough to tell a changed row from an unchanged one with the same id. */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Columns that name a row of a published file: its id, or (for a table of figures without one) the
 *  election or year with the area, so that a per-area table is compared area by area. */
const KEY_COLUMNS = ['election', 'year', 'area_code', 'kecamatan'];

function keyIndexes(header: string): number[] {
  const names = header.replace(/^\uFEFF/, '').split(',');
  if (names[0] === 'id') return [0];
  const keys = names.flatMap((n, i) => (KEY_COLUMNS.includes(n) ? [i] : []));
  return keys.length > 0 ? keys : [0];
}

/** Rows of a published CSV keyed by their key columns (all before any free text), each as a hash of the whole line. */
function rowsById(text: string): Map<string, number> {
  const rows = new Map<string, number>();
  const headerEnd = text.indexOf('\n');
  const keys = keyIndexes(text.slice(0, headerEnd < 0 ? text.length : headerEnd).replace(/\r$/, ''));
  const last = Math.max(...keys);
  let at = headerEnd + 1; // past the header
  while (at > 0 && at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const fields = text.slice(at, end).split(',', last + 1);
    const id = keys.map((k) => fields[k] ?? '').join('|');
    if (id.replaceAll('|', '') !== '') rows.set(id, hash(text, at, end));
    at = end + 1;
  }
  return rows;
}

export function countRows(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Added, removed and changed rows of one published file; `before` undefined when there was none at hand. */
export function diffFile(file: string, before: string | undefined, after: string, rowsBefore: number | null): FileChange {
  const next = rowsById(after);
  if (before === undefined) return { file, before: rowsBefore, after: next.size, added: rowsBefore === null ? next.size : null, removed: rowsBefore === null ? 0 : null, changed: rowsBefore === null ? 0 : null };
  const prev = rowsById(before);
  let added = 0;
  let changed = 0;
  for (const [id, h] of next) {
    const old = prev.get(id);
    if (old === undefined) added++;
    else if (old !== h) changed++;
  }
  let removed = 0;
  for (const id of prev.keys()) if (!next.has(id)) removed++;
  return { file, before: prev.size, after: next.size, added, removed, changed };
}

/** The history with `release` on top, unless it publishes exactly what the newest release did. */
export function withRelease(history: ReleaseHistory, release: Release): ReleaseHistory {
  if (history.releases[0]?.fingerprint === release.fingerprint) return history;
  return { releases: [release, ...history.releases] };
}

export function parseHistory(text: string | undefined): ReleaseHistory {
  if (text === undefined) return { releases: [] };
  const parsed = JSON.parse(text) as Partial<ReleaseHistory>;
  return { releases: Array.isArray(parsed.releases) ? parsed.releases : [] };
}
