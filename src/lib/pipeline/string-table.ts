// Hash tables for the ingest's hot path: a bounded memo of parsed values, and a registry of ids on open
// addressing (faster and smaller than a Map for a million unique ids).

/** FNV-1a over every character: ids are unique and may differ anywhere. */
function fullHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Memo of a string -> value function with a bounded number of entries. A Map: V8 hashes a fresh string
 * faster than our hash of six sampled characters did, and that hash made dates of different years collide
 * (2,000,000 date lookups: 1.4 s against 0.1 s).
 */
export class StringMemo<V extends object> {
  private readonly map = new Map<string, V>();
  private readonly limit: number;

  constructor(limit = 1 << 16) {
    this.limit = limit;
  }

  /** The cached value of `key`, computing and keeping it on first sight. */
  get(key: string, compute: (key: string) => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute(key);
      if (this.map.size < this.limit) this.map.set(key, value);
    }
    return value;
  }
}

/**
 * Remembers ids with the line they first appeared on, for duplicate detection over millions of rows.
 * Each slot of the table holds an entry and its id's hash side by side, so a probe past another id reads
 * one place in memory: with the hashes kept apart, that second read missed the cache on most rows.
 */
export class IdRegistry {
  private ids: string[] = [];
  private lines: number[] = [];
  /** Slot k: [2k] = entry (index into ids + 1, 0 when empty), [2k + 1] = the id's hash. */
  private table = new Int32Array(2 << 13);
  private mask = (1 << 13) - 1;

  /** Registers `id` seen on `line`; returns the earlier line if the id was seen before, else 0. */
  register(id: string, line: number): number {
    const hash = fullHash(id) | 0;
    const table = this.table;
    let slot = hash & this.mask;
    for (;;) {
      const entry = table[2 * slot]!;
      if (entry === 0) break;
      if (table[2 * slot + 1] === hash && this.ids[entry - 1] === id) return this.lines[entry - 1]!;
      slot = (slot + 1) & this.mask;
    }
    const n = this.ids.length;
    this.ids.push(id);
    this.lines.push(line);
    table[2 * slot] = n + 1;
    table[2 * slot + 1] = hash;
    if ((n + 1) * 2 > this.mask) this.grow();
    return 0;
  }

  /** Doubles the table, moving each entry with its stored hash. */
  private grow(): void {
    const old = this.table;
    const capacity = (this.mask + 1) * 2;
    const table = new Int32Array(2 * capacity);
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += 2) {
      const entry = old[at]!;
      if (entry === 0) continue;
      const hash = old[at + 1]!;
      let slot = hash & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = entry;
      table[2 * slot + 1] = hash;
    }
    this.table = table;
    this.mask = mask;
  }
}
