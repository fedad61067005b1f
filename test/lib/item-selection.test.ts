import { describe, expect, test } from 'vitest';
import {
  isEmpty,
  matchesSelection,
  optionCount,
  selectionFromParams,
  selectionToParams,
  type ItemFacets,
  type KnownValues,
} from '../../src/lib/item-selection';

const known: KnownValues = {
  art: ['empfehlung', 'hinweis', 'hindernis'],
  kapitel: ['befragung', 'themen'],
  dimension: ['konzept', 'raeume'],
  zielgruppe: ['moderation', 'mo'],
};

const facets = (values: Partial<ItemFacets>): ItemFacets => ({
  art: ['empfehlung'],
  kapitel: ['befragung'],
  dimension: ['konzept'],
  zielgruppe: ['kommune'],
  ...values,
});

const rooms = facets({ dimension: ['raeume', 'konzept'], zielgruppe: ['kommune', 'mo'] });
const obstacle = facets({ art: ['hindernis'], kapitel: ['themen'] });
const note = facets({ art: ['hinweis'], dimension: ['raeume'] });

describe('the address of a selection', () => {
  test('reads known values in display order and drops the rest', () => {
    const params = new URLSearchParams('dimension=raeume&art=hinweis&art=empfehlung&art=unbekannt&x=1');
    expect(selectionFromParams(params, known)).toEqual({
      art: ['empfehlung', 'hinweis'],
      dimension: ['raeume'],
    });
  });

  test('writes facets and values in a fixed order, so one choice has one address', () => {
    const query = selectionToParams({ dimension: ['raeume'], art: ['empfehlung', 'hinweis'] }).toString();
    expect(query).toBe('art=empfehlung&art=hinweis&dimension=raeume');
    expect(selectionToParams(selectionFromParams(new URLSearchParams(query), known)).toString()).toBe(query);
  });

  test.each([
    [{}, true],
    [{ art: [] }, true],
    [{ art: ['hinweis'] }, false],
  ])('%o is empty: %s', (selection, expected) => {
    expect(isEmpty(selection)).toBe(expected);
  });
});

describe('matchesSelection', () => {
  test.each([
    ['nothing chosen', {}, [true, true, true]],
    ['one value', { art: ['empfehlung'] }, [true, false, false]],
    ['two values of one facet add up', { art: ['empfehlung', 'hinweis'] }, [true, false, true]],
    [
      'two facets narrow each other',
      { art: ['empfehlung', 'hinweis'], dimension: ['raeume'] },
      [true, false, true],
    ],
    ['a facet no item matches', { zielgruppe: ['moderation'] }, [false, false, false]],
    ['an item with several values of a facet', { dimension: ['konzept'] }, [true, true, false]],
  ])('%s', (_, selection, expected) => {
    expect([rooms, obstacle, note].map((item) => matchesSelection(item, selection))).toEqual(expected);
  });
});

describe('optionCount', () => {
  const items = [rooms, obstacle, note];

  test('counts what a value would list together with the other facets’ choices', () => {
    const selection = { dimension: ['raeume'] };
    expect(optionCount(items, selection, 'art', 'empfehlung')).toBe(1);
    expect(optionCount(items, selection, 'art', 'hindernis')).toBe(0);
    expect(optionCount(items, selection, 'art', 'hinweis')).toBe(1);
  });

  test('does not let a facet’s own choice count against its other values', () => {
    const selection = { art: ['empfehlung'] };
    expect(optionCount(items, selection, 'art', 'hindernis')).toBe(1);
    expect(optionCount(items, selection, 'kapitel', 'themen')).toBe(0);
  });
});
