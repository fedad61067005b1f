import { scaleLinear } from 'd3-scale';
import { round } from './scene';
import { wrapText } from './text';

/** One dimension as the level chart shows it. */
export interface LevelDatum {
  id: string;
  /** The row's label, value included, e.g. „Konzept: 1,5“. */
  label: string;
  /** Mean level 0–3, or null when unknown. */
  level: number | null;
  /** Target level 1–3. */
  target: number;
  /** An earlier level to compare with, if any. */
  before?: number | null;
}

/** Geometry of one row: the label sits above its bar (wrapped to the width), so the chart works at 320 px. */
export interface LevelRow extends LevelDatum {
  /** Label lines and the baseline of each. */
  lines: { text: string; y: number }[];
  barY: number;
  barWidth: number;
  targetX: number;
  beforeX: number | null;
}

export interface LevelChart {
  width: number;
  height: number;
  barHeight: number;
  rows: LevelRow[];
  ticks: { x: number; label: string }[];
}

const LINE_HEIGHT = 22;
const BAR_HEIGHT = 18;
const ROW_GAP = 14;
const AXIS_HEIGHT = 24;

/** Lays out horizontal level bars (0–3) with a target marker per dimension, for a width and font size. */
export function levelChart(data: readonly LevelDatum[], width: number, fontSize = 17): LevelChart {
  const x = scaleLinear().domain([0, 3]).range([0, width]);
  let top = 0;
  const rows = data.map((datum) => {
    const lines = wrapText(datum.label, width, fontSize, true).map((text, index) => ({
      text,
      y: top + (index + 1) * LINE_HEIGHT - 6,
    }));
    const barY = top + lines.length * LINE_HEIGHT;
    top = barY + BAR_HEIGHT + ROW_GAP;
    return {
      ...datum,
      lines,
      barY,
      barWidth: round(x(datum.level ?? 0)),
      targetX: round(x(datum.target)),
      beforeX: datum.before === undefined || datum.before === null ? null : round(x(datum.before)),
    };
  });
  const ticks = [0, 1, 2, 3].map((level) => ({ x: round(x(level)), label: `Stufe ${String(level)}` }));
  return { width, height: top + AXIS_HEIGHT, barHeight: BAR_HEIGHT, rows, ticks };
}
