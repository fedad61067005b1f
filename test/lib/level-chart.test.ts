import { describe, expect, test } from 'vitest';
import { levelChart } from '../../src/lib/charts/level-chart';

describe('levelChart', () => {
  const chart = levelChart(
    [
      { id: 'konzept', label: 'Konzept: 1,5', level: 1.5, target: 3 },
      { id: 'raeume', label: 'Räume: keine Angabe', level: null, target: 2, before: 1 },
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
    expect(chart.rows.map((row) => [row.lines.map((line) => line.y), row.barY])).toEqual([
      [[16], 22],
      [[70], 76],
    ]);
    expect(chart.height).toBe(132);
    expect(chart.ticks.map((tick) => tick.x)).toEqual([0, 100, 200, 300]);
  });

  test('wraps a label too long for a narrow chart onto more lines and moves the bar below them', () => {
    const [row] = levelChart(
      [
        {
          id: 'verwaltung',
          label: 'Zusammenarbeit über das Integrationsressort hinaus: 0,3',
          level: 0.3,
          target: 2,
        },
      ],
      300,
      15,
    ).rows;
    expect(row?.lines.length).toBeGreaterThan(1);
    expect(row?.barY).toBe((row?.lines.length ?? 0) * 22);
  });
});
