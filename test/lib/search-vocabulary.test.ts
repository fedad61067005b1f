import { describe, expect, test } from 'vitest';
import { buildVocabulary, Vocabulary } from '../../src/lib/search-vocabulary';
import { vocabulary } from '../fixtures/search-vocabulary';

describe('buildVocabulary', () => {
  test('keeps each folded word once, in its commonest spelling, with the number of records holding it', () => {
    const data = buildVocabulary(['Räume und Raeume', 'Räume, räume!', 'Raum a']);
    const known = new Vocabulary(data);
    expect(known.get('raume')).toEqual({ word: 'Räume', key: 'raume', docs: 2 });
    expect(known.get('raeume')?.docs).toBe(1);
    expect(known.get('a')).toBeUndefined();
    expect(data.words).toEqual([...data.words].sort((a, b) => a.localeCompare(b, 'de')));
  });
});

describe('Vocabulary', () => {
  test.each([
    ['raumen', true],
    ['zusammen', true],
    ['zusammenarbeit', true],
    ['neuer', true],
    ['vereinen', true],
    ['zusamenarbeit', false],
    ['zuschuss', false],
    ['zustandigkeitn', false],
  ])('tells whether Pagefind finds %s: %s', (key, expected) => {
    expect(vocabulary.finds(key)).toBe(expected);
  });

  test.each([
    ['zusamenarbeit', ['Zusammenarbeit']],
    ['stellenbeschreibnugen', ['Stellenbeschreibungen']],
    ['wertschazung', ['Wertschätzung']],
    ['machtasymetrien', ['Machtasymmetrien']],
    ['raum', []],
    ['xyzxyzxyz', []],
  ])('corrects %s to %j', (key, expected) => {
    expect(vocabulary.nearest(key).map((known) => known.word)).toEqual(expected);
  });

  test.each([
    ['zuschuss', ['Projektzuschüsse']],
    ['zuschusse', ['Projektzuschüsse']],
    ['raume', ['Begegnungsräume', 'Gemeinschaftsräume']],
    ['antrag', ['Projektanträge']],
    ['rat', []],
  ])('finds the compounds ending in %s: %j', (key, expected) => {
    expect(vocabulary.compoundsEndingIn(key).map((known) => known.word)).toEqual(expected);
  });

  test.each([
    ['fordergeld', ['forder', 'geld']],
    ['sprachbarriere', ['sprach', 'barriere']],
    ['vereinsgeld', ['vereins', 'geld']],
    ['machtgefalle', undefined],
    ['xylophon', undefined],
  ])('splits %s into %j', (key, expected) => {
    expect(vocabulary.split(key)).toEqual(expected);
  });

  test.each([
    ['machtgefalle', 'macht'],
    ['zusammenleben', 'zusammen'],
    ['projektleitung', 'projekt'],
    ['abc', undefined],
    ['geldbeutel', undefined],
  ])('shortens %s to the known prefix %s (five letters or more)', (key, expected) => {
    expect(vocabulary.longestPrefix(key)).toBe(expected);
  });
});
