import { describe, expect, test } from 'vitest';
import { compareResults, rankPriorities, weakDimensions } from '../../src/lib/priorities';
import { scoreAll, UNKNOWN, type Answers, type DimensionSettings } from '../../src/lib/scoring';
import type { DimensionId } from '../../src/data/taxonomy';
import { catalogue, paperOrder } from '../fixtures/catalogue';

type Settings = Partial<Record<DimensionId, Partial<DimensionSettings>>>;
const rank = (answers: Answers, settings: Settings = {}) =>
  rankPriorities(scoreAll(catalogue, answers, settings), catalogue, paperOrder);
const ids = (answers: Answers, settings: Settings = {}) => rank(answers, settings).map((p) => p.itemId);

describe('rankPriorities', () => {
  test.each<[string, Answers, Settings, string[]]>([
    ['nothing answered puts nothing on the list', {}, {}, []],
    ['a dimension at its target puts nothing on the list', { 'konzept-stand': 'beschlossen' }, {}, []],
    [
      'a lower target removes what the dimension already reaches',
      { 'konzept-stand': 'papier' },
      { konzept: { target: 2 } },
      [],
    ],
    [
      'the larger weighted gap comes first',
      { 'konzept-stand': 'papier', 'raeume-formen': [] },
      {},
      ['raeume-bereitstellen', 'zentrum', 'gremienbeschluss'],
    ],
    [
      'importance outweighs a larger gap',
      { 'konzept-stand': 'entwurf', 'raeume-formen': ['analog'] },
      { konzept: { importance: 1 }, raeume: { importance: 3 } },
      ['raeume-bereitstellen', 'zentrum', 'gremienbeschluss'],
    ],
    [
      'ties in weight follow the paper’s order',
      { 'gelingen-wertschaetzung': 1, 'gelingen-kontinuitaet': 2 },
      { gelingen: { target: 2 } },
      ['strategie', 'wertschaetzung'],
    ],
    [
      'ties in weight go first to the item with more reasons',
      // Konzept (gap 2 × 2) and Gelingen (gap 2 × 2) weigh the same; the Beschluss is asked for by both.
      { 'konzept-stand': 'entwurf', 'gelingen-wertschaetzung': 1, 'gelingen-kontinuitaet': 1 },
      { konzept: { target: 3 } },
      ['gremienbeschluss', 'strategie', 'wertschaetzung', 'kontinuitaet'],
    ],
    [
      '„Weiß nicht“ alone puts nothing on the list',
      { 'konzept-stand': UNKNOWN, 'gelingen-wertschaetzung': UNKNOWN, 'gelingen-kontinuitaet': UNKNOWN },
      {},
      [],
    ],
  ])('%s', (_name, answers, settings, expected) => {
    expect(ids(answers, settings)).toEqual(expected);
  });

  test('an answer already at the target adds nothing even when its dimension is below it', () => {
    // Wertschätzung is rated fully; only Kontinuität pulls the dimension below the target.
    expect(ids({ 'gelingen-wertschaetzung': 3, 'gelingen-kontinuitaet': 0 })).toEqual([
      'gremienbeschluss',
      'kontinuitaet',
    ]);
  });

  test('an item recommended by two dimensions collects both reasons and keeps the higher weight', () => {
    const [first] = rank(
      { 'konzept-stand': 'kein', 'gelingen-wertschaetzung': 2, 'gelingen-kontinuitaet': 3 },
      { gelingen: { importance: 3 } },
    );
    expect(first).toMatchObject({ itemId: 'strategie', weight: 6, dimension: 'konzept' });
    expect(first?.reasons.map((r) => [r.questionId, r.answer])).toEqual([
      ['konzept-stand', 'Kein Konzept'],
      ['gelingen-wertschaetzung', 'überwiegend'],
    ]);
  });

  test('says which answer put an item on the list', () => {
    const [top] = rank({ 'raeume-formen': ['analog', 'primaer'] });
    expect(top?.reasons).toEqual([
      {
        dimension: 'raeume',
        questionId: 'raeume-formen',
        question: 'Welche Räume stellen Sie bereit?',
        answer: 'Begegnungsräume, Räume für MO',
      },
    ]);
  });
});

describe('weakDimensions', () => {
  test('lists dimensions below target, the largest weighted gap first, and skips unanswered ones', () => {
    const results = scoreAll(
      catalogue,
      { 'konzept-stand': 'papier', 'gelingen-wertschaetzung': 0, 'gelingen-kontinuitaet': 0 },
      { konzept: { importance: 3 } },
    );
    expect(weakDimensions(results).map((r) => r.id)).toEqual(['gelingen', 'konzept']);
  });
});

describe('compareResults', () => {
  test('shows the change per dimension and leaves unknown ones without a delta', () => {
    const before = scoreAll(catalogue, { 'konzept-stand': 'entwurf' });
    const after = scoreAll(catalogue, { 'konzept-stand': 'beschlossen', 'raeume-formen': ['analog'] });
    expect(compareResults(before, after)).toEqual([
      { id: 'konzept', before: 1, after: 3, delta: 2 },
      { id: 'raeume', before: null, after: 1, delta: null },
      { id: 'gelingen', before: null, after: null, delta: null },
    ]);
  });
});
