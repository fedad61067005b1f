import { describe, expect, test } from 'vitest';
import { audiences, dimensions, itemKinds } from '../../src/data/taxonomy';
import {
  figureRecords,
  itemRecords,
  searchRecords,
  selfcheckMentions,
  shortTitle,
  type RecordContext,
} from '../../src/lib/search-records';
import type { Figure } from '../../src/schemas/figure';
import type { Item } from '../../src/schemas/item';
import type { SelfcheckDimension } from '../../src/schemas/selfcheck';
import { loadFigures, loadItems, loadSelfcheck } from '../fixtures/data';

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

describe('selfcheckMentions', () => {
  const passage = { chapter: 'befragung', anchor: 'x' } as const;
  const base = { help: 'Hilfe', source: passage, notApplicable: true, clarify: [] };
  const catalogue = [
    {
      questions: [
        { ...base, id: 'bewertung', kind: 'rating', text: 'Aussage', recommendations: ['a'] },
        {
          ...base,
          id: 'auswahl',
          kind: 'single',
          text: 'Frage',
          options: [
            { id: 'nein', label: 'Nein', level: 0, recommendations: ['a', 'b'], standing: [] },
            { id: 'ja', label: 'Ja', level: 3, recommendations: [], standing: [] },
          ],
        },
        {
          ...base,
          id: 'gremien',
          kind: 'multi',
          text: 'Welche?',
          thresholds: [1, 2, 3],
          choices: [
            { id: 'rederecht', label: 'Mit Antrags- und Rederecht', recommendationsIfMissing: ['b'] },
            { id: 'nochmal', label: 'Aussage', recommendationsIfMissing: ['a'] },
          ],
        },
      ],
    },
  ] as unknown as SelfcheckDimension[];

  test('collects, by item, the words of every answer that links it, in the catalogue’s order, once each', () => {
    expect(Object.fromEntries(selfcheckMentions(catalogue))).toEqual({
      a: ['Aussage', 'Nein'],
      b: ['Nein', 'Mit Antrags- und Rederecht'],
    });
  });

  test('finds the statements of the real catalogue under the items they link', () => {
    expect(selfcheckMentions(loadSelfcheck()).get('gremien-institutionalisierte-zusammenarbeit')).toContain(
      'Einbindung in Gremien und Arbeitskreise mit Antrags- und Rederecht',
    );
  });
});

describe('figures', () => {
  const figure = (id: string, group: string): Figure =>
    ({ id, chapter: 'befragung', group, label: `Label ${id}`, source: 'Satz des Papiers.' }) as Figure;

  test('makes one „Befund“ record per block, linking to #befund-<group>', () => {
    const records = figureRecords(
      [figure('a', 'raeume'), figure('b', 'raeume'), figure('c', 'budget')],
      [{ id: 'raeume', caption: 'Bereitstellung von Räumen' }],
      context,
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.url).toBe('/leitfaden/befragung/#befund-raeume');
    expect(records[0]?.meta.art).toBe('Befund');
    expect(records[0]?.content).toBe('Bereitstellung von Räumen\nLabel a\nLabel b\nSatz des Papiers.');
  });
});

test('searchRecords makes one record per item, then one per group of figures', () => {
  const items = loadItems();
  const figures = loadFigures();
  const figureGroups = [...new Set(figures.map((figure) => figure.group))].map((id) => ({ id, caption: id }));
  const records = searchRecords({ items, figures, figureGroups, selfcheck: loadSelfcheck() }, context);
  expect(records).toHaveLength(items.length + figureGroups.length);
  expect(records.slice(items.length).every((record) => record.meta.art === 'Befund')).toBe(true);
});

test.each([
  ['Kurz.', 'Kurz.'],
  ['eins zwei drei vier fünf sechs', 'eins zwei drei …'],
])('shortTitle cuts %j at a word', (text, expected) => {
  expect(shortTitle(text, 16)).toBe(expected);
});
