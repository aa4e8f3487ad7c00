import { describe, expect, it } from 'vitest';
import { SequenceMemo } from '../../../shared/render/memo.ts';

describe('SequenceMemo', () => {
  it('tells sequences apart by their parts, not by the parts joined', () => {
    const memo = new SequenceMemo<string>(100);
    const made: string[] = [];
    const join = (parts: readonly string[], count: number) => {
      const text = parts.slice(0, count).join('+');
      made.push(text);
      return text;
    };
    expect(memo.get(['a', 'b'], 2, join)).toBe('a+b');
    expect(memo.get(['ab'], 1, join)).toBe('ab');
    expect(memo.get(['a', 'b', 'c'], 1, join)).toBe('a');
    expect(memo.get([], 0, join)).toBe('');
    expect(memo.get(['a', 'b', 'x'], 2, join)).toBe('a+b');
    expect(made).toEqual(['a+b', 'ab', 'a', '']);
  });

  it('holds no more than its limit, and still answers past it', () => {
    const memo = new SequenceMemo<number>(2);
    let calls = 0;
    const count = () => ++calls;
    memo.get(['1'], 1, count);
    memo.get(['2'], 1, count);
    expect(memo.get(['1'], 1, count)).toBe(1);
    expect(memo.get(['3'], 1, count)).toBe(3);
    // The third result started a fresh memo: the first ones are made again.
    expect(memo.get(['1'], 1, count)).toBe(4);
    expect(memo.get(['1'], 1, count)).toBe(4);
  });
});
