import { describe, expect, test } from 'vitest';
import { termMatcher, type GlossaryTerm } from '../../src/lib/glossary-terms';

const term = (id: string, name: string, aliases: string[] = [], forms: string[] = []): GlossaryTerm => ({
  id,
  term: name,
  aliases,
  forms,
});

const glossary = [
  term('mo', 'Migrantenorganisation', ['MO', 'Migranten(selbst)organisation'], ['Migranten-Organisation']),
  term('dachverband', 'Dachverband', ['Dachverbände']),
  term('institutionell', 'Institutionelle Förderung'),
  term('qz', 'Kommunaler Qualitätszirkel zur Integrationspolitik', [], ['Kommunale Qualitätszirkel']),
  term('hor', 'House of Resources'),
];
const findTerms = termMatcher(glossary);
const found = (text: string, skip?: Set<string>) =>
  findTerms(text, skip).map((use) => text.slice(use.start, use.end));

describe('termMatcher', () => {
  test.each([
    ['the term as written', 'Eine Migrantenorganisation berät.', ['Migrantenorganisation']],
    ['a declined form', 'Viele Migrantenorganisationen beraten.', ['Migrantenorganisationen']],
    ['an alias with its plural ending', 'in Dachverbänden organisiert', ['Dachverbänden']],
    ['a genitive', 'die Arbeit des Dachverbandes', ['Dachverbandes']],
    [
      'a phrase in lower case and declined',
      'mit einer institutionellen Förderung',
      ['institutionellen Förderung'],
    ],
    ['a phrase across a line break', 'eine institutionelle\n  Förderung', ['institutionelle\n  Förderung']],
    ['a form of the entry', 'des Kommunalen Qualitätszirkels', ['Kommunalen Qualitätszirkels']],
    ['an abbreviation as written', 'Die MO und andere MOs', ['MO']],
    ['an alias with brackets', 'jede Migranten(selbst)organisation', ['Migranten(selbst)organisation']],
    [
      'a hyphenated form of the entry',
      'Migranten-Organisationen sind Vereine.',
      ['Migranten-Organisationen'],
    ],
    ['a quoted name', 'das Programm „House of Resources“', ['House of Resources']],
  ])('finds %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    ['a compound', 'Die Migrantenorganisationsarbeit wächst.'],
    ['a hyphenated compound', 'Die MO-Vertreterin spricht.'],
    ['an abbreviation in lower case', 'mo bis fr geöffnet'],
    ['an abbreviation inside a word', 'Am MOntag'],
    ['a word that only starts like a term', 'Dachverbandsvorsitz und Dachverbandstreffen'],
  ])('does not find %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  test('finds only the first use of each term, in text order', () => {
    const text = 'Der Dachverband und seine Migrantenorganisationen: jede MO, jeder Dachverband.';
    expect(findTerms(text)).toEqual([
      { id: 'dachverband', start: 4, end: 15 },
      { id: 'mo', start: 26, end: 49 },
    ]);
  });

  test('skips terms already used elsewhere on the page', () => {
    expect(found('Ein Dachverband vieler Migrantenorganisationen', new Set(['dachverband']))).toEqual([
      'Migrantenorganisationen',
    ]);
  });

  test('prefers the longer of two forms that start at the same place', () => {
    const matcher = termMatcher([term('short', 'Förderung'), term('long', 'Förderung von Vereinen')]);
    expect(matcher('die Förderung von Vereinen').map((use) => use.id)).toEqual(['long']);
  });
});
