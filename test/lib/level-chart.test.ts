import { describe, expect, test } from 'vitest';
import { levelChart } from '../../src/lib/charts/level-chart';

describe('levelChart', () => {
  const chart = levelChart(
    [
      { id: 'konzept', label: 'Konzept', level: 1.5, target: 3 },
      { id: 'raeume', label: 'Räume', level: null, target: 2, before: 1 },
    ],
    300,
  );

  test('draws each bar in proportion to the level on a 0–3 scale', () => {
    expect(chart.rows.map((row) => [row.barWidth, row.targetX])).toEqual([
      [150, 300],
      [0, 200],
    ]);
  });

  test('places the earlier level where one is given', () => {
    expect(chart.rows.map((row) => row.beforeX)).toEqual([null, 100]);
  });

  test('stacks rows below each other, label above bar, with an axis at the bottom', () => {
    expect(chart.rows.map((row) => [row.labelY, row.barY])).toEqual([
      [16, 22],
      [70, 76],
    ]);
    expect(chart.height).toBe(132);
    expect(chart.ticks.map((tick) => tick.x)).toEqual([0, 100, 200, 300]);
  });
});
