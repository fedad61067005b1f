import { describe, expect, test } from 'vitest';
import { levelChart } from '../../../src/lib/charts/level-chart';
import type { Mark, RectMark, Scene, TextMark } from '../../../src/lib/charts/scene';
import { textWidth } from '../../../src/lib/charts/text';
import { sceneToSvg } from './scene-svg';

const data = [
  { id: 'konzept', label: 'Konzept: Stufe 2', value: 2, target: 3 },
  { id: 'gelingen', label: 'Gelingensfaktoren: Mittelwert 1,5', value: 1.5, target: 3, before: 1 },
  { id: 'raeume', label: 'Räume: unbekannt', value: null, target: 2 },
];
const chart = levelChart(data, 300, 15);
const of = (role: Mark['role']) => chart.marks.filter((mark) => mark.role === role);
const rects = (role: Mark['role']) => of(role) as RectMark[];

/** The two layouts the self-check draws (LevelTable.tsx): width and font size. */
const layouts = [
  { name: 'breit', width: 600, fontSize: 17 },
  { name: 'schmal', width: 300, fontSize: 15 },
];
const longLabels = [
  {
    id: 'a',
    label: 'Zusammenarbeit über das Integrationsressort hinaus: Stufe 3',
    value: 3,
    target: 3,
    before: 0,
  },
  { id: 'b', label: 'Gelingensfaktoren: Mittelwert 0,5', value: 0.5, target: 1 },
  { id: 'c', label: 'Räume: unbekannt', value: null, target: 2 },
];

/**
 * The box a mark covers; text as wide as its estimated width, from its ascenders (0.8 em above the baseline, as
 * in the system sans-serif fonts) to its descenders (0.2 em below).
 */
function box(mark: Mark, fontSize: number): { left: number; right: number; top: number; bottom: number } {
  switch (mark.type) {
    case 'rect':
      return { left: mark.x, right: mark.x + mark.width, top: mark.y, bottom: mark.y + mark.height };
    case 'circle':
      return {
        left: mark.cx - mark.r,
        right: mark.cx + mark.r,
        top: mark.cy - mark.r,
        bottom: mark.cy + mark.r,
      };
    case 'line':
      return {
        left: Math.min(mark.x1, mark.x2),
        right: Math.max(mark.x1, mark.x2),
        top: Math.min(mark.y1, mark.y2),
        bottom: Math.max(mark.y1, mark.y2),
      };
    case 'text': {
      const width = textWidth(mark.text, fontSize, mark.role === 'label');
      const left =
        mark.anchor === 'start' ? mark.x : mark.anchor === 'end' ? mark.x - width : mark.x - width / 2;
      return { left, right: left + width, top: mark.y - 0.8 * fontSize, bottom: mark.y + 0.2 * fontSize };
    }
  }
}

const labelsOf = (scene: Scene) => scene.marks.filter((mark): mark is TextMark => mark.role === 'label');

describe('levelChart', () => {
  test('draws each bar in proportion to its value on the 0–3 scale of its track', () => {
    const [track] = rects('track');
    const bars = rects('bar');
    expect(bars).toHaveLength(2);
    expect(bars[0]?.width).toBeCloseTo(((track?.width ?? 0) * 2) / 3, 0);
    expect(bars[1]?.width).toBeCloseTo(((track?.width ?? 0) * 1.5) / 3, 0);
  });

  test.each([
    [0, 1],
    [1, 1.5],
    [1.5, 2],
    [2, 3],
  ])('draws a shorter bar for level %s than for level %s', (lower, higher) => {
    const scene = levelChart(
      [
        { id: 'hoch', label: 'Hoch', value: higher, target: 3 },
        { id: 'tief', label: 'Tief', value: lower, target: 3 },
      ],
      300,
      15,
    );
    const [high, low] = scene.marks.filter((mark): mark is RectMark => mark.role === 'bar');
    expect(high?.width).toBeGreaterThan(low?.width ?? Infinity);
  });

  test.each(layouts)(
    'keeps every mark and label inside its viewBox ($name layout)',
    ({ width, fontSize }) => {
      const scene = levelChart(longLabels, width, fontSize);
      for (const mark of scene.marks) {
        const { left, right, top, bottom } = box(mark, fontSize);
        expect(left, JSON.stringify(mark)).toBeGreaterThanOrEqual(0);
        expect(right, JSON.stringify(mark)).toBeLessThanOrEqual(scene.width);
        expect(top, JSON.stringify(mark)).toBeGreaterThanOrEqual(0);
        expect(bottom, JSON.stringify(mark)).toBeLessThanOrEqual(scene.height);
      }
    },
  );

  test.each(layouts)('lets no label overlap another label or a bar ($name layout)', ({ width, fontSize }) => {
    const scene = levelChart(longLabels, width, fontSize);
    const labels = labelsOf(scene).map((mark) => box(mark, fontSize));
    const tracks = scene.marks.filter((mark) => mark.role === 'track').map((mark) => box(mark, fontSize));
    for (const [index, label] of labels.entries()) {
      const next = labels[index + 1];
      if (next !== undefined) expect(next.top).toBeGreaterThanOrEqual(label.bottom);
      for (const track of tracks) expect(label.bottom <= track.top || label.top >= track.bottom).toBe(true);
    }
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
