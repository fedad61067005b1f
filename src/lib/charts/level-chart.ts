import { scaleLinear } from 'd3-scale';
import { LEVEL_AXIS_HEIGHT, levelAxis } from './level-axis';
import { round, type Mark, type Scene } from './scene';
import { wrapText } from './text';

/** One dimension as the level chart shows it. */
export interface LevelDatum {
  id: string;
  /** The row's label, value included, e.g. „Konzept: Stufe 2“ or „Gelingensfaktoren: Mittelwert 2,3“. */
  label: string;
  /** Level or mean 0–3, or null when it is unknown or open (then no bar is drawn). */
  value: number | null;
  /** Target level 1–3. */
  target: number;
  /** An earlier value to compare with, if any. */
  before?: number | null | undefined;
}

/** Height of a label line, of a bar, the gap between rows and the axis at the bottom, in SVG units. */
const LINE_HEIGHT = 22;
const BAR_HEIGHT = 18;
const ROW_GAP = 14;
/** Room left and right of the scale for the end ticks' labels and the target marks. */
const PAD = 8;

/**
 * Lays out horizontal bars on the 0–3 scale with a target mark per dimension, each label above its bar (wrapped
 * to the width, so the chart works at 320 px), as a scene for the shared chart renderer.
 */
export function levelChart(data: readonly LevelDatum[], width: number, fontSize = 17): Scene {
  const x = scaleLinear()
    .domain([0, 3])
    .range([PAD, width - PAD]);
  const marks: Mark[] = [];
  let top = 0;
  for (const datum of data) {
    const lines = wrapText(datum.label, width - 2 * PAD, fontSize, true);
    lines.forEach((text, index) => {
      marks.push({
        type: 'text',
        role: 'label',
        x: PAD,
        y: top + (index + 1) * LINE_HEIGHT - 6,
        text,
        anchor: 'start',
      });
    });
    const barY = top + lines.length * LINE_HEIGHT;
    marks.push({
      type: 'rect',
      role: 'track',
      x: PAD,
      y: barY,
      width: round(x(3) - x(0)),
      height: BAR_HEIGHT,
      derived: false,
    });
    if (datum.value !== null) {
      const barWidth = round(x(datum.value) - x(0));
      marks.push({
        type: 'rect',
        role: 'bar',
        x: PAD,
        y: barY,
        width: barWidth,
        height: BAR_HEIGHT,
        derived: false,
      });
    }
    if (datum.before !== undefined && datum.before !== null) {
      marks.push({
        type: 'circle',
        role: 'before',
        cx: round(x(datum.before)),
        cy: barY + BAR_HEIGHT / 2,
        r: 5,
        derived: false,
      });
    }
    const targetX = round(x(datum.target));
    marks.push({
      type: 'line',
      role: 'target',
      x1: targetX,
      x2: targetX,
      y1: barY - 4,
      y2: barY + BAR_HEIGHT + 4,
    });
    top = barY + BAR_HEIGHT + ROW_GAP;
  }
  const height = top + LEVEL_AXIS_HEIGHT;
  const grid = levelAxis(x, height);
  // The grid is drawn first, under the bars.
  return { width, height, fontSize, marks: [...grid, ...marks] };
}
