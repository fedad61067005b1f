import { describe, expect, test } from 'vitest';
import { prepareSynonyms, synonymKey, synonymMap, synonymsOf } from '../../src/lib/search-synonyms';

const map = synonymMap(
  prepareSynonyms([
    { words: ['Zuschuss', 'Zuschüsse'], paper: ['Förderung', 'Fördermittel'], from: ['mo'] },
    { words: ['Fördergeld', 'Zuschuss'], paper: ['Förderung', 'Projektzuschüsse'], from: ['kommune'] },
  ]),
);

describe('synonyms', () => {
  test.each([
    ['zuschuss', ['Förderung', 'Fördermittel', 'Projektzuschüsse']],
    ['zuschusse', ['Förderung', 'Fördermittel', 'Projektzuschüsse']],
    ['zuschussen', ['Förderung', 'Fördermittel', 'Projektzuschüsse']],
    ['fordergelder', []],
    ['fordergeldes', ['Förderung', 'Projektzuschüsse']],
    ['constructor', []],
  ])('finds the paper’s terms for %s in any inflection: %j', (key, expected) => {
    expect(synonymsOf(map, key)).toEqual(expected);
  });

  test('stores each lookup key of an entry once', () => {
    expect(
      prepareSynonyms([{ words: ['Zuschuss', 'Zuschüsse'], paper: ['Förderung'], from: ['mo'] }]),
    ).toEqual([[['zuschuss'], ['Förderung']]]);
    expect(synonymKey('Beiräte')).toBe('beirat');
  });
});
