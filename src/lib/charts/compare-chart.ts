import { scaleLinear } from 'd3-scale';
import { LEVEL_AXIS_HEIGHT, levelAxis } from './level-axis';
import { round, type Mark, type Scene } from './scene';
import { wrapText } from './text';

/** One dimension as the comparison chart shows it: its label and one value per entry (numbered from 1). */
export interface CompareRow {
  label: string;
  /** `n` is the entry's number in the legend; entries without a value are left out. */
  values: { n: number; value: number }[];
}

const LINE_HEIGHT = 22;
const MARKER = 11;
const STACK = 2 * MARKER + 4;
const ROW_GAP = 18;
const PAD = MARKER + 4;

/**
 * A dot plot of several entries per dimension on the 0–3 scale: a track per dimension, a numbered marker per
 * entry (entries with the same value stacked), and a line from the lowest to the highest value (the spread).
 */
export function compareChart(rows: readonly CompareRow[], width: number, fontSize = 16): Scene {
  const x = scaleLinear()
    .domain([0, 3])
    .range([PAD, width - PAD]);
  const marks: Mark[] = [];
  let top = 0;
  for (const row of rows) {
    const lines = row.label === '' ? [] : wrapText(row.label, width - PAD, fontSize, true);
    lines.forEach((text, index) => {
      marks.push({
        type: 'text',
        role: 'label',
        x: 0,
        y: round(top + (index + 1) * LINE_HEIGHT - 6),
        text,
        anchor: 'start',
      });
    });
    const axisY = top + lines.length * LINE_HEIGHT + MARKER + 2;
    marks.push({ type: 'line', role: 'track', x1: round(x(0)), x2: round(x(3)), y1: axisY, y2: axisY });
    const values = row.values.map((entry) => entry.value);
    if (values.length > 1) {
      const low = round(x(Math.min(...values)));
      const high = round(x(Math.max(...values)));
      if (high > low) marks.push({ type: 'line', role: 'spread', x1: low, x2: high, y1: axisY, y2: axisY });
    }
    const stacks = new Map<number, number>();
    for (const entry of row.values) {
      const at = round(x(entry.value));
      const level = stacks.get(at) ?? 0;
      stacks.set(at, level + 1);
      const cy = round(axisY + level * STACK);
      marks.push({ type: 'circle', role: 'marker', cx: at, cy, r: MARKER, derived: false });
      marks.push({
        type: 'text',
        role: 'marker-number',
        x: at,
        y: round(cy + fontSize * 0.35),
        text: String(entry.n),
        anchor: 'middle',
      });
    }
    const deepest = Math.max(0, ...stacks.values());
    top = axisY + Math.max(0, deepest - 1) * STACK + MARKER + ROW_GAP;
  }
  const height = top + LEVEL_AXIS_HEIGHT;
  const grid = levelAxis(x, height);
  return { width, height, fontSize, marks: [...grid, ...marks] };
}
