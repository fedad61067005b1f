import { scaleLinear } from 'd3-scale';

/** One dimension as the level chart shows it. */
export interface LevelDatum {
  id: string;
  label: string;
  /** Mean level 0–3, or null when unknown. */
  level: number | null;
  /** Target level 1–3. */
  target: number;
  /** An earlier level to compare with, if any. */
  before?: number | null;
}

/** Geometry of one row: the label sits above its bar so the chart works at 320 px. */
export interface LevelRow extends LevelDatum {
  labelY: number;
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

const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 18;
const ROW_GAP = 14;
const AXIS_HEIGHT = 24;
const round = (value: number) => Math.round(value * 10) / 10;

/** Lays out horizontal level bars (0–3) with a target marker per dimension, for a given width. */
export function levelChart(data: readonly LevelDatum[], width: number): LevelChart {
  const x = scaleLinear().domain([0, 3]).range([0, width]);
  const rowHeight = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
  const rows = data.map((datum, index) => {
    const top = index * rowHeight;
    return {
      ...datum,
      labelY: top + LABEL_HEIGHT - 6,
      barY: top + LABEL_HEIGHT,
      barWidth: round(x(datum.level ?? 0)),
      targetX: round(x(datum.target)),
      beforeX: datum.before === undefined || datum.before === null ? null : round(x(datum.before)),
    };
  });
  const height = data.length * rowHeight + AXIS_HEIGHT;
  const ticks = [0, 1, 2, 3].map((level) => ({ x: round(x(level)), label: `Stufe ${String(level)}` }));
  return { width, height, barHeight: BAR_HEIGHT, rows, ticks };
}
