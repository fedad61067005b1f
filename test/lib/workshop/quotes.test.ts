import { describe, expect, test } from 'vitest';
import { quoteGroups } from '../../../src/lib/workshop/quotes';
import type { Item } from '../../../src/schemas/item';

const item = (id: string, extra: Partial<Item> = {}): Item => ({
  id,
  kind: 'reflexionsfrage',
  chapter: 'themen',
  group: 'g',
  text: `Text ${id}?`,
  points: [],
  dimensions: ['themen'],
  audiences: ['moderation'],
  ...extra,
});
const items = [
  item('frage', { kind: 'empfehlung', text: 'Folgende Fragen:' }),
  item('a', { parent: 'frage' }),
  item('b', { parent: 'frage' }),
  item('allein'),
  item('davor', { kind: 'empfehlung', text: 'Sie wollen mitgestalten.' }),
  item('dafuer', { kind: 'empfehlung', continues: 'davor', text: 'Dafür benötigen sie Beratung.' }),
];

describe('quoteGroups', () => {
  test('puts consecutive questions under their parent once, with the parent’s words as context', () => {
    const groups = quoteGroups(['a', 'b', 'allein'], items);
    expect(groups.map((group) => [group.context?.text, group.quotes.map((quote) => quote.id)])).toEqual([
      ['Folgende Fragen:', ['a', 'b']],
      [undefined, ['allein']],
    ]);
  });

  test('repeats the context when a question of the same parent comes again after another item', () => {
    const groups = quoteGroups(['a', 'allein', 'b'], items);
    expect(groups.map((group) => group.context?.id)).toEqual(['frage', undefined, 'frage']);
  });

  test('quotes a parent whole, with the questions under it', () => {
    const [group] = quoteGroups(['frage'], items);
    expect(group?.context).toBeUndefined();
    expect(group?.quotes[0]?.children.map((child) => child.text)).toEqual(['Text a?', 'Text b?']);
  });

  test('quotes the sentence an item continues before it', () => {
    expect(quoteGroups(['dafuer'], items)[0]?.quotes[0]?.leadIn?.text).toBe('Sie wollen mitgestalten.');
  });

  test('fails loudly on an id that is not an item', () => {
    expect(() => quoteGroups(['gibt-es-nicht'], items)).toThrow(/gibt-es-nicht/);
  });
});
