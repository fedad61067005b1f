import { max } from 'd3-array';
import { FONT_SIZE, LINE_HEIGHT, round, textLines, type Mark, type Scene } from './scene';
import { textWidth, wrapText } from './text';

/** One share the paper states in words that name a whole number of units, e.g. „die Hälfte“ = 2 of 4 quarters. */
export interface UnitDatum {
  label: string;
  /** How many of the `units` cells the wording fills. */
  filled: number;
  /** The paper's wording, written next to the cells. */
  valueText: string;
  /** Not stated in the paper: its cells are drawn hatched with a dashed outline. */
  derived: boolean;
}

const CELL_WIDTH = 28;
const CELL_HEIGHT = 20;
const CELL_GAP = 6;
const LABEL_GAP = 3;
const ROW_GAP = 18;

/**
 * A coarse unit display for shares the paper gives only in words: per row, `units` separate cells (quarters),
 * as many filled as the wording says. Separate small cells, not one bar, so it reads as „two of four quarters“
 * and not as a measured length. The wording stands beside the cells.
 */
export function unitChart(
  data: readonly UnitDatum[],
  { width, units }: { width: number; units: number },
): Scene {
  const cellsWidth = units * CELL_WIDTH + (units - 1) * CELL_GAP;
  const valueWidth = max(data, (datum) => textWidth(datum.valueText, FONT_SIZE, true)) ?? 0;
  if (cellsWidth + valueWidth + CELL_GAP > width)
    throw new Error(`unitChart: ${String(units)} cells and their wording do not fit in ${String(width)}`);
  const marks: Mark[] = [];
  let top = 0;
  for (const datum of data) {
    if (!Number.isInteger(datum.filled) || datum.filled < 0 || datum.filled > units)
      throw new Error(`unitChart: ${String(datum.filled)} of ${String(units)} cells („${datum.label}“)`);
    const lines = wrapText(datum.label, width, FONT_SIZE);
    marks.push(...textLines(lines, { x: 0, top, role: 'label' }));
    const cellTop = round(top + lines.length * LINE_HEIGHT + LABEL_GAP);
    for (let unit = 0; unit < units; unit++) {
      const filled = unit < datum.filled;
      marks.push({
        type: 'rect',
        role: filled ? 'cell' : 'cell-empty',
        x: round(1 + unit * (CELL_WIDTH + CELL_GAP)),
        y: cellTop,
        width: CELL_WIDTH,
        height: CELL_HEIGHT,
        derived: filled && datum.derived,
      });
    }
    marks.push({
      type: 'text',
      role: 'value',
      x: round(1 + cellsWidth + 2 * CELL_GAP),
      y: round(cellTop + CELL_HEIGHT / 2 + FONT_SIZE * 0.36),
      text: datum.valueText,
      anchor: 'start',
    });
    top = cellTop + CELL_HEIGHT + ROW_GAP;
  }
  return { width, height: round(top - ROW_GAP + 1), fontSize: FONT_SIZE, marks };
}
