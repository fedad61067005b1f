import { describe, expect, test } from 'vitest';
import { bestPassage } from '../../src/lib/search-passage';

const information = new Map([
  [0, 2],
  [1, 1],
]);
const at = (entries: [number, number[]][]) => new Map(entries);

describe('bestPassage', () => {
  test('gives the whole share when the words of the query stand together', () => {
    expect(
      bestPassage(
        at([
          [0, [100]],
          [1, [110]],
        ]),
        information,
        3,
      ),
    ).toBe(1);
  });

  test('gives only the best word’s share when the words stand in different sections', () => {
    expect(
      bestPassage(
        at([
          [0, [10, 500]],
          [1, [200]],
        ]),
        information,
        3,
      ),
    ).toBeCloseTo(2 / 3);
  });

  test('counts a word once however often it occurs in the passage', () => {
    expect(bestPassage(at([[1, [1, 2, 3, 4]]]), information, 3)).toBeCloseTo(1 / 3);
  });

  test('finds the passage where the words meet, not the first one', () => {
    const locations = at([
      [0, [0, 400]],
      [1, [100, 420]],
    ]);
    expect(bestPassage(locations, information, 3, 30)).toBe(1);
    expect(bestPassage(locations, information, 3, 10)).toBeCloseTo(2 / 3);
  });
});
