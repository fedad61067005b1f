import { describe, expect, test } from 'vitest';
import { commonValues, facetValues, filterOptions, matches } from '../../src/lib/item-filters';
import type { Item } from '../../src/schemas/item';

const item = (overrides: Partial<Item>): Item => ({
  id: 'x',
  kind: 'empfehlung',
  chapter: 'befragung',
  group: 'g',
  text: 'Text',
  points: [],
  dimensions: ['konzept'],
  audiences: ['kommune'],
  ...overrides,
});

const rooms = item({ id: 'raeume', dimensions: ['raeume', 'foerderung'], audiences: ['kommune', 'mo'] });
const question = item({ id: 'frage', kind: 'reflexionsfrage', chapter: 'themen', audiences: ['moderation'] });
const values = facetValues({ befragung: 'Ergebnisse der Befragung', themen: 'Themen', vorwort: 'Vorwort' });

describe('matches', () => {
  test.each([
    ['art', 'reflexionsfrage', question, true],
    ['art', 'empfehlung', question, false],
    ['kapitel', 'themen', question, true],
    ['kapitel', 'befragung', question, false],
    ['dimension', 'foerderung', rooms, true],
    ['dimension', 'gremien', rooms, false],
    ['zielgruppe', 'mo', rooms, true],
    ['zielgruppe', 'mo', question, false],
  ] as const)('facet %s = %s on %o is %s', (facet, value, subject, expected) => {
    expect(matches(subject, facet, value)).toBe(expected);
  });
});

describe('filterOptions', () => {
  const options = filterOptions([rooms, question], values);
  const find = (facet: string, value: string) => options.find((o) => o.facet === facet && o.value === value);

  test('counts the items each filter leaves', () => {
    expect(find('zielgruppe', 'kommune')?.count).toBe(1);
    expect(find('kapitel', 'befragung')).toMatchObject({ label: 'Ergebnisse der Befragung', count: 1 });
    expect(find('dimension', 'raeume')).toMatchObject({ label: 'Räume', count: 1 });
    expect(find('art', 'reflexionsfrage')).toMatchObject({ label: 'Reflexionsfragen', count: 1 });
  });

  test('offers no filter that would leave an empty list', () => {
    expect(find('kapitel', 'vorwort')).toBeUndefined();
    expect(find('dimension', 'gremien')).toBeUndefined();
    expect(options.every((option) => option.count > 0)).toBe(true);
  });

  test('offers no filter that every item passes, and names such a value once instead', () => {
    const both = [rooms, item({ id: 'konzept', audiences: ['kommune', 'moderation'] })];
    const narrowing = filterOptions(both, values);
    expect(narrowing.find((o) => o.facet === 'zielgruppe' && o.value === 'kommune')).toBeUndefined();
    expect(narrowing.find((o) => o.facet === 'art')).toBeUndefined();
    expect(narrowing.filter((o) => o.facet === 'zielgruppe').map((o) => o.value)).toEqual([
      'moderation',
      'mo',
    ]);
    expect(commonValues(both, values)).toContainEqual({
      facet: 'zielgruppe',
      value: 'kommune',
      label: 'Integrationsbeauftragte und Verwaltung',
    });
  });

  test('tells a value apart from one of the same name in an earlier facet', () => {
    const success = item({ id: 'erfolg', kind: 'gelingensfaktor', dimensions: ['gelingen'] });
    const labels = filterOptions([rooms, question, success], values).map((o) => `${o.facet}: ${o.label}`);
    expect(labels).toContain('art: Gelingensfaktoren');
    expect(labels).toContain('dimension: Gelingensfaktoren im Selbstcheck');
    const names = labels.map((label) => label.replace(/^\w+: /, ''));
    expect(new Set(names).size).toBe(names.length);
  });

  test('lists the facets in a fixed order: kind, chapter, dimension, audience', () => {
    const order = [...new Set(options.map((option) => option.facet))];
    expect(order).toEqual(['art', 'kapitel', 'dimension', 'zielgruppe']);
  });
});
