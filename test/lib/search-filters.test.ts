import { describe, expect, test } from 'vitest';
import { filtersFromParams, knownFilters, writeFilterParams } from '../../src/lib/search-filters';

describe('filtersFromParams', () => {
  test.each([
    ['q=Räume', {}],
    ['q=Räume&art=Empfehlung', { art: ['Empfehlung'] }],
    [
      'art=Empfehlung&art=Hindernis&zielgruppe=Migrantenorganisationen',
      {
        art: ['Empfehlung', 'Hindernis'],
        zielgruppe: ['Migrantenorganisationen'],
      },
    ],
    ['art=Empfehlung&art=Empfehlung', { art: ['Empfehlung'] }],
    ['art=&art=%20', {}],
    ['sort=neu&__proto__=x&constructor=y', {}],
    ['kapitel=Ergebnisse%20der%20Befragung', { kapitel: ['Ergebnisse der Befragung'] }],
  ])('reads „%s“', (query, expected) => {
    expect(filtersFromParams(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('writeFilterParams', () => {
  test('replaces the filter values and keeps the query and other parameters', () => {
    const params = new URLSearchParams('q=Räume&art=Hindernis&x=1');
    writeFilterParams(params, { art: ['Empfehlung', 'Beispiel'], bereich: ['Räume'] });
    expect(params.toString()).toBe(
      new URLSearchParams('q=Räume&x=1&art=Empfehlung&art=Beispiel&bereich=Räume').toString(),
    );
  });

  test('round-trips through the URL', () => {
    const selected = { art: ['Empfehlung'], kapitel: ['Warum Zusammenarbeit?', 'Themen & Gremien'] };
    const params = new URLSearchParams();
    writeFilterParams(params, selected);
    expect(filtersFromParams(new URLSearchParams(params.toString()))).toEqual(selected);
  });
});

describe('knownFilters', () => {
  const available = { art: { Empfehlung: 34, Hindernis: 29 }, kapitel: { Vorwort: 2 } };

  test('keeps the values the index knows and reports the others', () => {
    expect(knownFilters({ art: ['Empfehlung', 'Quatsch'], kapitel: ['Nirgends'] }, available)).toEqual({
      known: { art: ['Empfehlung'] },
      unknown: ['Quatsch', 'Nirgends'],
    });
  });

  test('does not take inherited names of plain objects for values', () => {
    expect(knownFilters({ art: ['toString', 'constructor'] }, available)).toEqual({
      known: {},
      unknown: ['toString', 'constructor'],
    });
  });
});
