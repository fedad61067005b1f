import { describe, expect, test } from 'vitest';
import { allowedTypos, editDistance } from '../../src/lib/search-edit-distance';

describe('editDistance', () => {
  test.each([
    ['zusammenarbeit', 'zusammenarbeit', 0],
    ['zusamenarbeit', 'zusammenarbeit', 1],
    ['stellenbeschreibnug', 'stellenbeschreibung', 1],
    ['verbindlichkiet', 'verbindlichkeit', 1],
    ['wertschazung', 'wertschatzung', 1],
    ['machtasymetrie', 'machtasymmetrien', 2],
    ['raum', 'baum', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s → %s: %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  test('stops at max + 1 once the distance is larger', () => {
    expect(editDistance('verwaltung', 'zuschuss', 2)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('zusamenarbeit', 'zusammenarbeit', 1)).toBe(1);
  });
});

describe('allowedTypos', () => {
  test.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [16, 2],
  ])('a word of %i letters may have %i', (length, expected) => {
    expect(allowedTypos(length)).toBe(expected);
  });
});
