import { describe, expect, test } from 'vitest';
import { groupTree } from '../../src/lib/items';
import { linkedItemIds } from '../../src/lib/linked-items';
import { catalogue } from '../fixtures/catalogue';
import type { Item } from '../../src/schemas/item';

const item = (id: string, group: string, parent?: string): Item => ({
  id,
  kind: parent ? 'reflexionsfrage' : 'hinweis',
  chapter: 'befragung',
  group,
  text: id,
  points: [],
  ...(parent && { parent }),
  dimensions: ['foerderung'],
  audiences: ['kommune'],
});

describe('groupTree', () => {
  const items = [
    item('hinweis', 'box'),
    item('frage-1', 'box', 'hinweis'),
    item('frage-2', 'box', 'hinweis'),
    item('danach', 'box'),
    item('anderswo', 'other'),
  ];

  test('puts questions under the item they stand under, in the paper’s order', () => {
    expect(groupTree(items, 'box').map(({ item, children }) => [item.id, children.map((c) => c.id)])).toEqual(
      [
        ['hinweis', ['frage-1', 'frage-2']],
        ['danach', []],
      ],
    );
  });

  test('returns nothing for a group without items', () => {
    expect(groupTree(items, 'missing')).toEqual([]);
  });
});

describe('linkedItemIds', () => {
  test('collects the items every kind of answer can point to, once each', () => {
    expect([...linkedItemIds(catalogue)].sort()).toEqual(
      [
        'gremienbeschluss',
        'kontinuitaet',
        'nutzung',
        'raeume-bereitstellen',
        'staerkung',
        'strategie',
        'wertschaetzung',
        'zentrum',
      ].sort(),
    );
  });
});
