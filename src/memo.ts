/**
 * Remembers the results of a pure function of one string or number (a date's label, a wall-clock instant), so a
 * turn that shows the same dates again does not compute them again. Past `max` results it starts afresh.
 */
export function memoize<K extends string | number, V>(compute: (key: K) => V, max = 5000): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key)!;
    if (results.size >= max) results.clear();
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}
