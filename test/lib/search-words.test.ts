import { describe, expect, test } from 'vitest';
import {
  fold,
  pagefindStem,
  roughStem,
  umlautSpelling,
  withoutTransliteration,
  words,
} from '../../src/lib/search-words';

describe('words', () => {
  test.each([
    ['Wie viel Personal brauchen wir?', ['Wie', 'viel', 'Personal', 'brauchen', 'wir']],
    ['Migrant*innen und Co-Working', ['Migrant', 'innen', 'und', 'Co', 'Working']],
    ['„Räume“, (Büro)räume: 24 von 32', ['Räume', 'Büro', 'räume', '24', 'von', '32']],
    ['   ', []],
  ])('splits „%s“ into %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('fold', () => {
  test.each([
    ['Räume', 'raume'],
    ['Maßnahme', 'massnahme'],
    ['ÖFFENTLICHKEIT', 'offentlichkeit'],
    ['Zuschüsse', 'zuschusse'],
    ['café', 'cafe'],
  ])('folds %s to %s', (word, expected) => {
    expect(fold(word)).toBe(expected);
  });
});

describe('withoutTransliteration', () => {
  test.each([
    ['raeume', 'raume'],
    ['foerderung', 'forderung'],
    ['zustaendigkeit', 'zustandigkeit'],
    ['frauen', 'fraun'],
    ['gremien', undefined],
  ])('reads %s as %s', (key, expected) => {
    expect(withoutTransliteration(key)).toBe(expected);
  });
});

describe('umlautSpelling', () => {
  test.each([
    ['Raeume', 'Räume'],
    ['Oeffnung', 'Öffnung'],
    ['UEBER', 'ÜBER'],
    ['Gremien', 'Gremien'],
  ])('writes %s as %s', (word, expected) => {
    expect(umlautSpelling(word)).toBe(expected);
  });
});

describe('roughStem', () => {
  test.each([
    ['vereinen', 'verein'],
    ['zuschusse', 'zuschuss'],
    ['zuschuss', 'zuschuss'],
    ['raume', 'raum'],
    ['beirats', 'beirat'],
    ['trager', 'trager'],
    ['amt', 'amt'],
    ['zustandigkeitn', 'zustandigkeitn'],
  ])('stems %s to %s', (key, expected) => {
    expect(roughStem(key)).toBe(expected);
  });
});

describe('pagefindStem', () => {
  test.each([
    ['neuer', 'neu'],
    ['andern', 'and'],
    ['vereinen', 'verein'],
    ['zustandigkeitn', 'zustandigkeitn'],
    ['zuschuss', 'zuschuss'],
  ])('strips what Snowball strips: %s → %s', (key, expected) => {
    expect(pagefindStem(key)).toBe(expected);
  });
});
