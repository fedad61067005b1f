import { describe, expect, test } from 'vitest';
import type { RectMark } from '../../../src/lib/charts/scene';
import { unitChart, type UnitDatum } from '../../../src/lib/charts/unit-chart';
import { sceneToSvg } from './scene-svg';

const data: UnitDatum[] = [
  { label: 'über ein Viertel', filled: 2, valueText: 'Die Hälfte', derived: false },
  { label: 'Rest (abgeleitet)', filled: 1, valueText: 'ein Viertel', derived: true },
];

describe('unitChart', () => {
  const chart = unitChart(data, { width: 288, units: 4 });
  const cells = chart.marks.filter((mark): mark is RectMark => mark.type === 'rect');

  test('draws four equal cells per row and fills as many as the wording says', () => {
    expect(cells).toHaveLength(8);
    expect(new Set(cells.map((cell) => cell.width)).size).toBe(1);
    expect(cells.map((cell) => cell.role === 'cell')).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  test('hatches only the filled cells of a derived share', () => {
    expect(cells.filter((cell) => cell.derived).map((cell) => cell.y)).toEqual([cells[4]?.y]);
  });

  test('writes the paper’s wording beside the cells', () => {
    const values = chart.marks.filter((mark) => mark.type === 'text' && mark.role === 'value');
    expect(values.map((value) => (value.type === 'text' ? value.text : ''))).toEqual([
      'Die Hälfte',
      'ein Viertel',
    ]);
  });

  test('refuses more cells than there are units', () => {
    const five = { label: 'alle und mehr', filled: 5, valueText: 'fünf Viertel', derived: false };
    expect(() => unitChart([five], { width: 288, units: 4 })).toThrow();
  });

  test('matches the snapshot', async () => {
    await expect(sceneToSvg(chart, 'unit chart example')).toMatchFileSnapshot('__snapshots__/unit-chart.svg');
  });
});
