import { LruMap } from './lru';

/**
 * Remembers the results of a pure function by a key of its arguments, at most `max` of them: past that the least
 * recently used goes. `keyOf` returning `undefined` means "do not remember this one" (too large to keep).
 */
export function memoizeBy<A extends unknown[], K, V>(keyOf: (...args: A) => K | undefined, compute: (...args: A) => V, max = 5000): (...args: A) => V {
  const results = new LruMap<K, V>(max);
  return (...args) => {
    const key = keyOf(...args);
    if (key === undefined) return compute(...args);
    if (results.has(key)) return results.get(key) as V;
    const value = compute(...args);
    results.set(key, value);
    return value;
  };
}

/**
 * Remembers the results of a pure function of one string or number (a date's label, a wall-clock instant), so a
 * turn that shows the same dates again does not compute them again.
 */
export function memoize<K extends string | number, V>(compute: (key: K) => V, max = 5000): (key: K) => V {
  return memoizeBy((key: K) => key, compute, max);
}
