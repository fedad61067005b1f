import { describe, expect, test } from 'vitest';
import { levelChart } from '../../../src/lib/charts/level-chart';
import type { Mark, RectMark } from '../../../src/lib/charts/scene';
import { sceneToSvg } from './scene-svg';

const data = [
  { id: 'konzept', label: 'Konzept: Stufe 2', value: 2, target: 3 },
  { id: 'gelingen', label: 'Gelingensfaktoren: Mittelwert 1,5', value: 1.5, target: 3, before: 1 },
  { id: 'raeume', label: 'Räume: unbekannt', value: null, target: 2 },
];
const chart = levelChart(data, 300, 15);
const of = (role: Mark['role']) => chart.marks.filter((mark) => mark.role === role);
const rects = (role: Mark['role']) => of(role) as RectMark[];

describe('levelChart', () => {
  test('draws each bar in proportion to its value on the 0–3 scale of its track', () => {
    const [track] = rects('track');
    const bars = rects('bar');
    expect(bars).toHaveLength(2);
    expect(bars[0]?.width).toBeCloseTo(((track?.width ?? 0) * 2) / 3, 0);
    expect(bars[1]?.width).toBeCloseTo(((track?.width ?? 0) * 1.5) / 3, 0);
  });

  test('draws no bar where the value is unknown, but still the track and the target', () => {
    expect(rects('track')).toHaveLength(3);
    expect(of('target')).toHaveLength(3);
  });

  test('marks an earlier value where one is given', () => {
    expect(of('before')).toHaveLength(1);
  });

  test('puts each label above its bar and each row below the one before', () => {
    const labels = of('label').map((mark) => (mark.type === 'text' ? mark.y : 0));
    const tracks = rects('track').map((mark) => mark.y);
    expect([...labels].sort((a, b) => a - b)).toEqual(labels);
    for (const [index, y] of tracks.entries()) expect(y).toBeGreaterThan(labels[index] ?? Infinity);
  });

  test('wraps a label too long for a narrow chart onto more lines, within the width', () => {
    const long = levelChart(
      [
        {
          id: 'v',
          label: 'Zusammenarbeit über das Integrationsressort hinaus: Stufe 0',
          value: 0,
          target: 2,
        },
      ],
      300,
      15,
    );
    expect(long.marks.filter((mark) => mark.role === 'label').length).toBeGreaterThan(1);
  });

  test('renders as the site shows it', async () => {
    await expect(sceneToSvg(chart, 'Stand und Ziel je Bereich')).toMatchFileSnapshot(
      '__snapshots__/level-chart.svg',
    );
  });
});
