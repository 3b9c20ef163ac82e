// The last few values made, by key: the build generates a place's pages one after another (src/integrations/
// generation-order.ts), so what one page draws serves the next few and is then let go; a national build has
// 7,285 kecamatan, and keeping everything would hold the whole country's drawings at once.
export class Recent<K, V> {
  readonly #values = new Map<K, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** The value kept for `key`, else `make()`'s, kept in place of the one made longest ago. */
  get(key: K, make: () => V): V {
    const hit = this.#values.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    // A Map iterates in insertion order: the first key is the oldest.
    if (this.#values.size >= this.#capacity) this.#values.delete(this.#values.keys().next().value!);
    this.#values.set(key, value);
    return value;
  }
}
