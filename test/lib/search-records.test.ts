import { describe, expect, test } from 'vitest';
import { audiences, dimensions, itemKinds } from '../../src/data/taxonomy';
import {
  figureCaptions,
  figureRecords,
  itemRecords,
  selfcheckMentions,
  shortTitle,
  type RecordContext,
} from '../../src/lib/search-records';
import type { Figure } from '../../src/schemas/figure';
import type { Item } from '../../src/schemas/item';

const context: RecordContext = {
  chapterUrl: (id) => `/leitfaden/${id}/`,
  chapterTitle: (id) => (id === 'befragung' ? 'Ergebnisse der Befragung' : id),
  kindLabels: itemKinds,
  dimensionLabels: dimensions,
  audienceLabels: audiences,
};

const raeume: Item = {
  id: 'raeume-bereitstellen',
  kind: 'empfehlung',
  chapter: 'befragung',
  group: 'raeume-empfehlungen',
  text: 'Kommunen können Migrantenorganisationen durch die Bereitstellung von Räumen unterstützen.',
  points: ['Bereitstellung von städtischen Begegnungsräumen'],
  dimensions: ['raeume'],
  audiences: ['kommune', 'mo'],
};

describe('itemRecords', () => {
  test('links an item to its anchor in its chapter and labels its kind and chapter, its text not as a title', () => {
    const [record] = itemRecords([raeume], context);
    expect(record?.url).toBe('/leitfaden/befragung/#raeume-bereitstellen');
    expect(record?.meta).toEqual({
      label: raeume.text,
      art: 'Empfehlung',
      kapitel: 'Ergebnisse der Befragung',
    });
    expect(record?.content).toContain('Begegnungsräumen');
  });

  test('makes an item filterable by kind, chapter, dimension and audience, by their labels', () => {
    expect(itemRecords([raeume], context)[0]?.filters).toEqual({
      art: ['Empfehlung'],
      kapitel: ['Ergebnisse der Befragung'],
      bereich: ['Räume'],
      zielgruppe: ['Integrationsbeauftragte und Verwaltung', 'Migrantenorganisationen'],
    });
  });

  test('adds the self-check statements that point to the item, marked as such', () => {
    const mentions = new Map([['raeume-bereitstellen', ['Räume mit Schlüssel']]]);
    expect(itemRecords([raeume], context, mentions)[0]?.content).toContain(
      'Im Selbstcheck: Räume mit Schlüssel',
    );
  });
});

test('selfcheckMentions finds statements at any depth, by the items they name', () => {
  const tree = [
    {
      text: 'Frage',
      recommendations: ['a'],
      options: [{ label: 'Mit Antrags- und Rederecht', recommendationsIfMissing: ['a', 'b'] }],
    },
  ];
  expect(Object.fromEntries(selfcheckMentions(tree))).toEqual({
    a: ['Frage', 'Mit Antrags- und Rederecht'],
    b: ['Mit Antrags- und Rederecht'],
  });
});

describe('figures', () => {
  const figure = (id: string, group: string): Figure =>
    ({ id, chapter: 'befragung', group, label: `Label ${id}`, source: 'Satz des Papiers.' }) as Figure;

  test('reads group and caption of every <Figures /> tag', () => {
    const mdx = 'Text\n<Figures group="raeume" caption="Bereitstellung von Räumen" />\n<Figures group="x" />';
    expect(figureCaptions(mdx)).toEqual([['raeume', 'Bereitstellung von Räumen']]);
  });

  test('makes one „Befund“ record per block, linking to #befund-<group>', () => {
    const records = figureRecords(
      [figure('a', 'raeume'), figure('b', 'raeume')],
      new Map([['raeume', 'Bereitstellung von Räumen']]),
      context,
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.url).toBe('/leitfaden/befragung/#befund-raeume');
    expect(records[0]?.meta.art).toBe('Befund');
    expect(records[0]?.content).toBe('Bereitstellung von Räumen\nLabel a\nLabel b\nSatz des Papiers.');
  });
});

test.each([
  ['Kurz.', 'Kurz.'],
  ['eins zwei drei vier fünf sechs', 'eins zwei drei …'],
])('shortTitle cuts %j at a word', (text, expected) => {
  expect(shortTitle(text, 16)).toBe(expected);
});
