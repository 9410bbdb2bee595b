import { describe, expect, it } from 'vitest';
import { memoize, memoizeBy } from '../../src/memo';

describe('memoize', () => {
  it('computes each key once, remembers falsy results too, and past its bound forgets the least recently used', () => {
    const computed: number[] = [];
    const square = memoize((n: number) => {
      computed.push(n);
      return n === 0 ? 0 : n * n;
    }, 3);
    expect([square(2), square(2), square(0), square(0), square(3)]).toEqual([4, 4, 0, 0, 9]);
    expect(computed).toEqual([2, 0, 3]);
    square(2); // now 0 is the least recently used
    square(4); // the fourth key: 0 goes
    square(2);
    square(3);
    expect(computed).toEqual([2, 0, 3, 4]);
    square(0);
    expect(computed).toEqual([2, 0, 3, 4, 0]);
  });

  it('memoizeBy keys several arguments and leaves out what the key function declines', () => {
    const computed: string[] = [];
    const join = memoizeBy(
      (a: string, b: number) => (a.length > 5 ? undefined : `${a}|${b}`),
      (a: string, b: number) => {
        computed.push(`${a}${b}`);
        return { joined: `${a}${b}` };
      },
      10,
    );
    expect(join('a', 1)).toBe(join('a', 1));
    expect(join('a', 2)).toEqual({ joined: 'a2' });
    expect(join('toolong', 1)).not.toBe(join('toolong', 1));
    expect(computed).toEqual(['a1', 'a2', 'toolong1', 'toolong1']);
  });
});
