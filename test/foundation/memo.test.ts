import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/memo';

describe('memoize', () => {
  it('computes each key once, remembers falsy results too, and starts afresh past its bound', () => {
    const computed: number[] = [];
    const square = memoize((n: number) => {
      computed.push(n);
      return n === 0 ? 0 : n * n;
    }, 3);
    expect([square(2), square(2), square(0), square(0), square(3)]).toEqual([4, 4, 0, 0, 9]);
    expect(computed).toEqual([2, 0, 3]);
    square(4); // the fourth key: the bound is reached, so the cache starts over with it
    square(2);
    expect(computed).toEqual([2, 0, 3, 4, 2]);
  });
});
