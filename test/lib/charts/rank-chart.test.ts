import { describe, expect, test } from 'vitest';
import { rankChart, type RankDatum } from '../../../src/lib/charts/rank-chart';
import type { CircleMark, TextMark } from '../../../src/lib/charts/scene';
import { sceneToSvg } from './scene-svg';

const data: RankDatum[] = [
  { label: 'Förderrichtlinien', rank: 1, derived: false },
  { label: 'Kultur', rank: 2, derived: false },
  { label: 'Religion', rank: 2, derived: false },
  { label: 'Andere', rank: 3, derived: true, note: 'Unter „Andere“ genannt: „Mehrsprachigkeit“' },
];

describe('rankChart', () => {
  const chart = rankChart(data, { width: 288 });
  const markers = chart.marks.filter((mark): mark is CircleMark => mark.type === 'circle');
  const texts = (role: string): TextMark[] =>
    chart.marks.filter((mark): mark is TextMark => mark.type === 'text' && mark.role === role);

  test('draws one marker per rank, top to bottom, numbered in order', () => {
    expect(texts('rank-number').map((number) => number.text)).toEqual(['1', '2', '3']);
    expect(markers.map((marker) => marker.cy)).toEqual(
      [...markers.map((marker) => marker.cy)].sort((a, b) => a - b),
    );
  });

  test('puts entries of equal rank beside the same marker, as a bulleted list', () => {
    const [, second, third] = markers;
    const between = texts('label').filter(
      (label) => label.y > (second?.cy ?? 0) - 16 && label.y < (third?.cy ?? 0) - 16,
    );
    expect(between.map((label) => label.text)).toEqual(['•', 'Kultur', '•', 'Religion']);
  });

  test('has no length that stands for a value: markers are all the same size, no bars', () => {
    expect(new Set(markers.map((marker) => marker.r)).size).toBe(1);
    expect(chart.marks.some((mark) => mark.type === 'rect')).toBe(false);
  });

  test('marks a derived rank on the marker and its number', () => {
    expect(markers.map((marker) => marker.derived)).toEqual([false, false, true]);
    expect(texts('rank-number').map((number) => number.derived)).toEqual([false, false, true]);
  });

  test('writes notes below the ranking, across the full width', () => {
    const notes = texts('note');
    expect(notes.map((line) => line.text).join(' ')).toBe('Unter „Andere“ genannt: „Mehrsprachigkeit“');
    expect(notes.map((line) => line.x)).toEqual(notes.map(() => 0));
    expect(notes[0]?.y).toBeGreaterThan(Math.max(...texts('label').map((label) => label.y)));
  });

  test('matches the snapshot', async () => {
    await expect(sceneToSvg(chart, 'rank chart example')).toMatchFileSnapshot('__snapshots__/rank-chart.svg');
  });
});
