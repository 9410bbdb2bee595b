/**
 * Remembers the results of a pure function by a key of its arguments, at most `max` of them: past that the least
 * recently used goes. `keyOf` returning `undefined` means "do not remember this one" (too large to keep).
 */
export function memoizeBy<A extends unknown[], K, V>(keyOf: (...args: A) => K | undefined, compute: (...args: A) => V, max = 5000): (...args: A) => V {
  const results = new Map<K, V>();
  return (...args) => {
    const key = keyOf(...args);
    if (key === undefined) return compute(...args);
    if (results.has(key)) {
      const value = results.get(key)!;
      // A Map keeps insertion order: moved to the end, the key is the most recently used.
      results.delete(key);
      results.set(key, value);
      return value;
    }
    const value = compute(...args);
    if (results.size >= max) results.delete(results.keys().next().value!);
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
