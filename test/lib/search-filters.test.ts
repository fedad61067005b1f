import { describe, expect, test } from 'vitest';
import {
  allFilterValues,
  facetCounts,
  filtersFromParams,
  knownFilters,
  matchesFilters,
  writeFilterParams,
  type RecordFilters,
} from '../../src/lib/search-filters';

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

/** Filter values of four records, as records.json stores them; `page` has none. */
const records: RecordFilters = {
  a: { art: ['Empfehlung'], zielgruppe: ['Migrantenorganisationen'] },
  b: { art: ['Hindernis'], zielgruppe: ['Migrantenorganisationen', 'Moderation von Workshops'] },
  c: { art: ['Empfehlung'], zielgruppe: ['Moderation von Workshops'] },
  page: {},
};

describe('matchesFilters', () => {
  test.each([
    [{}, ['a', 'b', 'c', 'page']],
    [{ art: ['Empfehlung'] }, ['a', 'c']],
    [{ art: ['Empfehlung', 'Hindernis'] }, ['a', 'b', 'c']],
    [{ art: ['Empfehlung'], zielgruppe: ['Migrantenorganisationen'] }, ['a']],
    [{ art: [] }, ['a', 'b', 'c', 'page']],
  ])('keeps the records with any selected value of every filter: %j → %j', (selected, expected) => {
    expect(Object.keys(records).filter((id) => matchesFilters(records[id], selected))).toEqual(expected);
  });
});

describe('facetCounts', () => {
  test('counts per value what a click on it would leave, given the other filters', () => {
    const counts = facetCounts(['a', 'b', 'c', 'page'], records, { zielgruppe: ['Migrantenorganisationen'] });
    expect(counts['art']).toEqual({ Empfehlung: 1, Hindernis: 1 });
    // Within the filter that has a selection, each value counts as if it were the only one chosen.
    expect(counts['zielgruppe']).toEqual({ Migrantenorganisationen: 2, 'Moderation von Workshops': 2 });
  });

  test('counts only the results given', () => {
    expect(facetCounts(['c'], records, {})['art']).toEqual({ Empfehlung: 1 });
  });

  test('lists every value of the index with its number of records', () => {
    expect(allFilterValues(records)['art']).toEqual({ Empfehlung: 2, Hindernis: 1 });
  });
});
