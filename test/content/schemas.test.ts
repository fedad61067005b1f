import { describe, expect, test } from 'vitest';
import { figureSchema, type Figure } from '../../src/schemas/figure';
import { itemSchema, type Item } from '../../src/schemas/item';
import {
  figureGroupsSchema,
  figuresSchema,
  itemsSchema,
  rawFigureGroups,
  rawFigures,
  rawItems,
} from '../fixtures/data';
import { groupReferences } from './chapter-files';
import { duplicates } from './paper';

// Parsed leniently here, so that a schema violation fails the schema test below with its issues listed.
const items: Item[] = itemsSchema.safeParse(rawItems()).data ?? [];
const figures: Figure[] = figuresSchema.safeParse(rawFigures()).data ?? [];
const figureGroups = figureGroupsSchema.safeParse(rawFigureGroups()).data ?? [];

describe('items.yaml', () => {
  test('is a list of entries the item schema accepts', () => {
    const result = itemsSchema.safeParse(rawItems());
    expect(result.error?.issues ?? []).toEqual([]);
    expect(items.length).toBeGreaterThan(0);
  });

  test('uses every id only once', () => {
    expect(duplicates(items.map((item) => item.id))).toEqual([]);
  });

  test.each(items.filter((item) => item.parent !== undefined))(
    '$id stands under an item of the same group that comes before it',
    (child) => {
      const index = items.indexOf(child);
      const parent = items.find((item) => item.id === child.parent);
      expect(parent, `parent ${child.parent ?? ''} not found`).toBeDefined();
      expect(parent?.group).toBe(child.group);
      expect(parent?.chapter).toBe(child.chapter);
      expect(parent?.parent, 'parents are top-level items').toBeUndefined();
      expect(items.indexOf(parent as Item)).toBeLessThan(index);
    },
  );

  test('lists no dimension or audience twice on one item', () => {
    const repeated = items.filter(
      (item) => duplicates(item.dimensions).length > 0 || duplicates(item.audiences).length > 0,
    );
    expect(repeated.map((item) => item.id)).toEqual([]);
  });

  test('keeps the items of a group together', () => {
    const groupsInOrder = items.map((item) => item.group).filter((group, i, all) => group !== all[i - 1]);
    expect(duplicates(groupsInOrder)).toEqual([]);
  });
});

describe('figures.yaml', () => {
  test('is a list of entries the figure schema accepts', () => {
    const result = figuresSchema.safeParse(rawFigures());
    expect(result.error?.issues ?? []).toEqual([]);
    expect(figures.length).toBeGreaterThan(0);
  });

  test('uses every id only once', () => {
    expect(duplicates(figures.map((figure) => figure.id))).toEqual([]);
  });

  test.each(figures.filter((figure) => figure.value.type === 'count'))(
    '$id counts no more than its total',
    ({ value }) => {
      if (value.type !== 'count') throw new Error('filtered to counts');
      expect(value.value).toBeLessThanOrEqual(value.of);
    },
  );

  test('keeps the figures of a group together and in one chapter', () => {
    const groupsInOrder = figures
      .map((figure) => figure.group)
      .filter((group, i, all) => group !== all[i - 1]);
    expect(duplicates(groupsInOrder)).toEqual([]);
    const chaptersPerGroup = new Map<string, Set<string>>();
    for (const { group, chapter } of figures) {
      chaptersPerGroup.set(group, (chaptersPerGroup.get(group) ?? new Set()).add(chapter));
    }
    const split = [...chaptersPerGroup].filter(([, chapters]) => chapters.size > 1).map(([group]) => group);
    expect(split).toEqual([]);
  });
});

describe('figure-groups.yaml', () => {
  test('is a list of entries the figure group schema accepts', () => {
    const result = figureGroupsSchema.safeParse(rawFigureGroups());
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('has every group of figures.yaml, each once, and no other', () => {
    const ids = figureGroups.map((group) => group.id);
    expect(duplicates(ids)).toEqual([]);
    expect([...ids].sort()).toEqual([...new Set(figures.map((figure) => figure.group))].sort());
  });
});

describe.each([
  { component: 'Items' as const, entries: items as { group: string; chapter: string }[] },
  { component: 'Figures' as const, entries: figures as { group: string; chapter: string }[] },
])('<$component group> in the chapters', ({ component, entries }) => {
  const references = groupReferences(component);
  const groups = [...new Set(entries.map((entry) => entry.group))];

  test('are there at all', () => {
    expect(references.length).toBeGreaterThan(0);
  });

  test.each(groups)(`group %s is rendered by exactly one <${component}>`, (group) => {
    expect(references.filter((reference) => reference.group === group)).toHaveLength(1);
  });

  test('refer only to groups that exist', () => {
    expect(references.map((reference) => reference.group).filter((group) => !groups.includes(group))).toEqual(
      [],
    );
  });

  test('sit in the chapter their entries name', () => {
    const misplaced = entries
      .filter(
        (entry) => references.find((reference) => reference.group === entry.group)?.chapter !== entry.chapter,
      )
      .map((entry) => `${entry.group} (${entry.chapter})`);
    expect([...new Set(misplaced)]).toEqual([]);
  });
});

describe('the item schema', () => {
  const valid = {
    id: 'raeume-bereitstellen',
    kind: 'empfehlung',
    chapter: 'befragung',
    group: 'raeume-empfehlungen',
    text: 'Kommunen können Migrantenorganisationen durch die Bereitstellung von Räumen unterstützen.',
    dimensions: ['raeume'],
    audiences: ['kommune'],
  };

  test('accepts a well-formed entry and defaults its points to none', () => {
    expect(itemSchema.parse(valid).points).toEqual([]);
  });

  test.each([
    ['an unknown dimension', { dimensions: ['raum'] }],
    ['an id with uppercase letters', { id: 'Raeume-bereitstellen' }],
    ['an id with spaces', { id: 'raeume bereitstellen' }],
    ['an empty text', { text: '' }],
    ['an unknown kind', { kind: 'tipp' }],
    ['an unknown chapter', { chapter: 'anhang' }],
    ['an unknown audience', { audiences: ['presse'] }],
    ['no dimension', { dimensions: [] }],
    ['no audience', { audiences: [] }],
    ['an empty point', { points: [''] }],
    ['a field the schema does not know', { note: 'x' }],
  ])('rejects an entry with %s', (_, change) => {
    expect(itemSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('the figure schema', () => {
  const valid = {
    id: 'konzept-vorhanden',
    chapter: 'befragung',
    group: 'konzept-stelle',
    label: 'Kommunen mit einem Konzept für die Zusammenarbeit',
    value: { type: 'count', value: 23, of: 32 },
    source:
      'Die meisten Kommunen (23) haben ein Konzept für die Zusammenarbeit mit Migrantenorganisationen …',
  };

  test('accepts a well-formed entry', () => {
    expect(figureSchema.safeParse(valid).success).toBe(true);
  });

  test.each([
    ['an id with uppercase letters', { id: 'Konzept' }],
    ['an unknown value type', { value: { type: 'ratio', value: 1 } }],
    ['a negative count', { value: { type: 'count', value: -1, of: 32 } }],
    ['a percentage over 100', { value: { type: 'percent', value: 141 } }],
    ['a rank of zero', { value: { type: 'rank', rank: 0 } }],
    ['a share without wording', { value: { type: 'share', wording: '' } }],
    ['an empty source', { source: '' }],
    ['an empty derivation note', { derived: '' }],
  ])('rejects an entry with %s', (_, change) => {
    expect(figureSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
