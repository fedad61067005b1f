/**
 * What the charts rely on beyond completeness.test.ts (which checks each figure against its own sentence): the
 * ranks follow the order in which the paper names the entries, and figures that belong together agree.
 */
import { describe, expect, test } from 'vitest';
import type { Figure } from '../../src/schemas/figure';
import { loadFigures } from '../fixtures/data';
import { paperText } from './paper';

const figures: Figure[] = loadFigures();
const paper = paperText.replace(/\s+/g, ' ');

const rankOf = (figure: Figure): number => (figure.value.type === 'rank' ? figure.value.rank : NaN);
const countOf = (id: string): number => {
  const value = figures.find((figure) => figure.id === id)?.value;
  return value?.type === 'count' ? value.value : NaN;
};
const percentsOf = (group: string): number[] =>
  figures
    .filter((figure) => figure.group === group)
    .map((f) => (f.value.type === 'percent' ? f.value.value : NaN));
const rankGroups = [...new Set(figures.filter((f) => f.value.type === 'rank').map((f) => f.group))];

/** Where the paper names a figure: its sentence, then its quoted label within the sentence. */
const placeInPaper = (figure: Figure): [number, number] => [
  paper.indexOf(figure.source),
  figure.source.indexOf(`„${figure.label}“`),
];
const byPlace = (a: Figure, b: Figure): number => {
  const [sentenceA, labelA] = placeInPaper(a);
  const [sentenceB, labelB] = placeInPaper(b);
  return sentenceA - sentenceB || labelA - labelB;
};

/** Ordinal words of the paper's rankings and the rank they state. */
const ordinals: [RegExp, number][] = [
  [/^Am häufigsten/, 1],
  [/(an zweiter Stelle|am zweihäufigsten)/i, 2],
  [/An dritter Stelle/, 3],
  [/An vierter Stelle/, 4],
];

describe.each(rankGroups)('the ranking %s', (group) => {
  const ranked = figures.filter((figure) => figure.group === group);

  test('lists its entries in the order the paper names them, ranks rising', () => {
    expect(ranked.map((figure) => figure.id)).toEqual([...ranked].sort(byPlace).map((figure) => figure.id));
    const ranks = ranked.map(rankOf);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
    for (const [index, rank] of ranks.entries())
      expect(rank - (ranks[index - 1] ?? rank)).toBeLessThanOrEqual(1);
  });

  test('gives a stated rank only where the paper says the place in words', () => {
    for (const figure of ranked.filter((f) => f.derived === undefined)) {
      // A quoted theme takes the last place named before it; an unquoted entry one of its sentence's places.
      const label = figure.source.indexOf(`„${figure.label}“`);
      const before = label >= 0 ? figure.source.slice(0, label) : figure.source;
      const stated = ordinals.filter(([words]) => words.test(before)).map(([, rank]) => rank);
      if (label >= 0) expect(stated.at(-1), figure.id).toBe(rankOf(figure));
      else expect(stated, figure.id).toContain(rankOf(figure));
    }
  });

  test('shares a rank only between entries of the same sentence', () => {
    for (const figure of ranked)
      for (const other of ranked.filter((f) => rankOf(f) === rankOf(figure)))
        expect(other.source, `${figure.id} / ${other.id}`).toBe(figure.source);
  });
});

describe('figures that belong together agree', () => {
  test('23 with a concept = 20 with both + 3 with the concept only; the same for job descriptions', () => {
    expect(countOf('konzept-und-stellenbeschreibung') + countOf('nur-konzept')).toBe(
      countOf('konzept-vorhanden'),
    );
    expect(countOf('konzept-und-stellenbeschreibung') + countOf('nur-stellenbeschreibung')).toBe(
      countOf('stellenbeschreibung-vorhanden'),
    );
  });

  test('24 departments spend more than 11 % of their staff: 13 over 25 % and 11 between 11 and 25 %', () => {
    expect(countOf('personal-ueber-25-prozent') + countOf('personal-11-bis-25-prozent')).toBe(
      countOf('personal-mehr-als-11-prozent'),
    );
  });

  test('single events: the last form („letztere“) is the one that takes place a little less often', () => {
    const percents = percentsOf('einzelveranstaltungen');
    expect(percents.at(-1)).toBe(Math.min(...percents));
    expect(percents.slice(0, -1).every((percent) => percent > (percents.at(-1) ?? Infinity))).toBe(true);
  });
});
