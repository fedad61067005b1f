import { describe, expect, test } from 'vitest';
import { inOrder, neighbours } from '../../src/lib/chapters';

const chapter = (id: string, order: number) => ({ id, data: { title: id, order, description: id } });

describe('chapter order', () => {
  const ordered = inOrder([chapter('c', 3), chapter('a', 1), chapter('b', 2)]);

  test('sorts chapters by their place in the paper, not by file name', () => {
    expect(ordered.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
  });

  test.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
  ])('chapter %s has %s before and %s after it', (id, prev, next) => {
    const result = neighbours(ordered, id);
    expect(result.prev?.id).toBe(prev);
    expect(result.next?.id).toBe(next);
  });
});
