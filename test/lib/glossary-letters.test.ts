import { describe, expect, test } from 'vitest';
import { glossaryGroups, glossaryLetters, letterOf, unfiledTerms } from '../../src/lib/glossary-letters';

const entries = [
  { term: 'Asymmetrie' },
  { term: 'Änderung' },
  { term: 'Dachverband' },
  { term: 'Öffnung' },
  { term: 'Türöffnerinnen' },
];

describe('glossary letters', () => {
  test.each([
    ['Asymmetrie', 'A'],
    ['Änderung', 'A'],
    ['Öffnung', 'O'],
    ['institutionelle Förderung', 'I'],
    ['  Hearing', 'H'],
  ])('files „%s“ under %s', (term, letter) => {
    expect(letterOf(term)).toBe(letter);
  });

  test('groups entries under their letters, umlauts with their base letter, in A–Z order', () => {
    expect(glossaryGroups(entries).map((group) => [group.letter, group.entries.map((e) => e.term)])).toEqual([
      ['A', ['Asymmetrie', 'Änderung']],
      ['D', ['Dachverband']],
      ['O', ['Öffnung']],
      ['T', ['Türöffnerinnen']],
    ]);
  });

  test('lists the whole alphabet and marks the letters that have terms', () => {
    const letters = glossaryLetters(entries);
    expect(letters).toHaveLength(26);
    expect(letters.filter((letter) => letter.used).map((letter) => letter.id)).toEqual([
      'buchstabe-a',
      'buchstabe-d',
      'buchstabe-o',
      'buchstabe-t',
    ]);
  });

  test('finds terms the alphabet has no place for', () => {
    expect(unfiledTerms([...entries, { term: '3G-Regel' }])).toEqual(['3G-Regel']);
  });
});
