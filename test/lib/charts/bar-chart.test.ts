import { describe, expect, test } from 'vitest';
import { barChart, type BarDatum } from '../../../src/lib/charts/bar-chart';
import type { RectMark, Scene, TextMark } from '../../../src/lib/charts/scene';
import { textWidth } from '../../../src/lib/charts/text';
import { sceneToSvg } from './scene-svg';

const data: BarDatum[] = [
  { label: 'Kommunen mit einem Konzept', value: 23, valueText: '23 von 32', derived: false },
  {
    label: 'Kommunen mit Konzept und Stellenbeschreibung',
    value: 20,
    valueText: '20 von 32',
    derived: false,
  },
  { label: 'Kommunen ohne beides (abgeleitet)', value: 6, valueText: '6 von 32', derived: true },
];
const rects = (scene: Scene, role: string): RectMark[] =>
  scene.marks.filter((mark): mark is RectMark => mark.type === 'rect' && mark.role === role);
const texts = (scene: Scene, role: string): TextMark[] =>
  scene.marks.filter((mark): mark is TextMark => mark.type === 'text' && mark.role === role);

describe('barChart', () => {
  const chart = barChart(data, { width: 288, max: 32 });

  test('draws each bar in proportion to its value, in a frame that stands for the whole', () => {
    const [frame] = rects(chart, 'track');
    const shares = rects(chart, 'bar').map(
      (bar) => Math.round((bar.width / (frame?.width ?? NaN)) * 32 * 10) / 10,
    );
    expect(shares).toEqual(data.map((datum) => datum.value));
  });

  test('puts each label above its bar, rows top to bottom in the order of the data', () => {
    const bars = rects(chart, 'bar');
    const labels = texts(chart, 'label');
    expect(labels.map((label) => label.text).join(' ')).toBe(data.map((datum) => datum.label).join(' '));
    for (const [index, bar] of bars.entries()) {
      const next = bars[index + 1];
      if (next) expect(next.y).toBeGreaterThan(bar.y + bar.height);
    }
    expect(labels[0]?.y).toBeLessThan(bars[0]?.y ?? 0);
  });

  test('marks only the derived value as derived', () => {
    expect(rects(chart, 'bar').map((bar) => bar.derived)).toEqual([false, false, true]);
  });

  test('writes every value right-aligned beside the frames, within the width', () => {
    const values = texts(chart, 'value');
    expect(values.map((value) => value.text)).toEqual(['23 von 32', '20 von 32', '6 von 32']);
    const frameEnd = (rects(chart, 'track')[0]?.width ?? 0) + 1;
    for (const value of values) {
      expect(value.anchor).toBe('end');
      expect(value.x).toBe(288);
      expect(value.x - textWidth(value.text, 16, true)).toBeGreaterThan(frameEnd);
    }
  });

  test('refuses a value outside the whole', () => {
    const tooMany = { label: 'Kommunen', value: 33, valueText: '33 von 32', derived: false };
    expect(() => barChart([tooMany], { width: 288, max: 32 })).toThrow(/outside/);
  });

  test('matches the snapshot', async () => {
    await expect(sceneToSvg(chart, 'bar chart example')).toMatchFileSnapshot('__snapshots__/bar-chart.svg');
  });
});
