/**
 * A Map that keeps at most `max` entries: reading a key makes it the most recently used, and past `max` the least
 * recently used goes. The one bounded cache of the bot: memoized functions, cached rows, connector clients.
 */
export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value of `key`, which is now the most recently used (`undefined` when absent). */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    // A Map keeps insertion order: moved to the end, the key is the most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** The value of `key` without counting as a use. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
