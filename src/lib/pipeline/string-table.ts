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
 * faster than a hash of a few sampled characters, which also made the dates of different years collide
 * (a million-row ingest spent 0.9 s in the sampled table against 0.2 s in a Map).
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
