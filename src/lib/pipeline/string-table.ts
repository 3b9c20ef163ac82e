// Open-addressing hash tables keyed by short strings, faster than Map for the ingest's hot path: the
// hash reads a few characters only, and equal strings are confirmed with ===.

/**
 * A cheap hash for memo keys: the length and six characters (the first two, the middle, and three near
 * the end, where dates, codes and names differ). Collisions only cost a probe: keys are compared with ===.
 */
function quickHash(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let h = Math.imul(n, 0x9e3779b1) ^ s.charCodeAt(0);
  h = Math.imul(h, 0x01000193) ^ (s.charCodeAt(1) | 0);
  h = Math.imul(h, 0x01000193) ^ s.charCodeAt(n >> 1);
  h = Math.imul(h, 0x01000193) ^ (s.charCodeAt(n - 4) | 0);
  h = Math.imul(h, 0x01000193) ^ (s.charCodeAt(n - 2) | 0);
  h = Math.imul(h, 0x01000193) ^ s.charCodeAt(n - 1);
  return (h ^ (h >>> 15)) >>> 0;
}

/** FNV-1a over every character: ids are unique and may differ anywhere. */
function fullHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Memo of a string -> value function with a bounded number of entries. */
export class StringMemo<V> {
  private keys: (string | undefined)[];
  private values: (V | undefined)[];
  private mask: number;
  private size = 0;
  private readonly limit: number;

  constructor(limit = 1 << 16) {
    this.limit = limit;
    this.keys = new Array<string | undefined>(256);
    this.values = new Array<V | undefined>(256);
    this.mask = 255;
  }

  /** The cached value of `key`, computing and keeping it on first sight. */
  get(key: string, compute: (key: string) => V): V {
    let slot = quickHash(key) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) break;
      if (k === key) return this.values[slot] as V;
      slot = (slot + 1) & this.mask;
    }
    const value = compute(key);
    if (this.size < this.limit) {
      this.keys[slot] = key;
      this.values[slot] = value;
      if (++this.size * 2 > this.mask) this.grow();
    }
    return value;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const capacity = (this.mask + 1) * 2;
    this.keys = new Array<string | undefined>(capacity);
    this.values = new Array<V | undefined>(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      let slot = quickHash(k) & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.values[slot] = values[i];
    }
  }
}

/** Remembers ids with the line they first appeared on, for duplicate detection over millions of rows. */
export class IdRegistry {
  private ids: string[] = [];
  private lines: number[] = [];
  private hashes = new Uint32Array(1 << 12);
  private table = new Int32Array(1 << 13);
  private mask = (1 << 13) - 1;

  /** Registers `id` seen on `line`; returns the earlier line if the id was seen before, else 0. */
  register(id: string, line: number): number {
    const hash = fullHash(id);
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.table[slot]!;
      if (entry === 0) break;
      if (this.hashes[entry - 1] === hash && this.ids[entry - 1] === id) return this.lines[entry - 1]!;
      slot = (slot + 1) & this.mask;
    }
    const n = this.ids.length;
    if (n === this.hashes.length) {
      const grown = new Uint32Array(n * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[n] = hash;
    this.ids.push(id);
    this.lines.push(line);
    this.table[slot] = n + 1;
    if ((n + 1) * 2 > this.mask) this.grow();
    return 0;
  }

  /** Doubles the table; the stored hashes spare recomputing them. */
  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    this.table = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < this.ids.length; i++) {
      let slot = this.hashes[i]! & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = i + 1;
    }
  }
}
