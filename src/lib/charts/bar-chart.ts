import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { FONT_SIZE, LINE_HEIGHT, round, textLines, type Mark, type Scene } from './scene';
import { textWidth, wrapText } from './text';

/** One bar: a number the paper states (or one derived from them), with its label and value as text. */
export interface BarDatum {
  /** What is counted, as the reader sees it above the bar. */
  label: string;
  value: number;
  /** The value as written next to the bar, e.g. „23 von 32“. */
  valueText: string;
  /** Not stated in the paper: drawn hatched with a dashed outline. */
  derived: boolean;
}

const BAR_HEIGHT = 20;
/** Space between the last label line and the bar, and between a row and the next label. */
const LABEL_GAP = 3;
const ROW_GAP = 18;
/** Space between the end of the frame and the value column. */
const VALUE_GAP = 10;

/**
 * Horizontal bars, one per datum, each with its label above it (so long German labels wrap instead of squeezing
 * the bars at 320 px) and its value in a right-aligned column. Every bar sits in a frame that stands for `max`,
 * the whole the values are part of (32 municipalities, 100 %), so bar length is proportional to the value.
 */
export function barChart(
  data: readonly BarDatum[],
  { width, max: whole }: { width: number; max: number },
): Scene {
  const valueColumn = (max(data, (datum) => textWidth(datum.valueText, FONT_SIZE, true)) ?? 0) + VALUE_GAP;
  const x = scaleLinear()
    .domain([0, whole])
    .range([0, width - valueColumn - 1]);
  const marks: Mark[] = [];
  let top = 0;
  for (const datum of data) {
    if (datum.value < 0 || datum.value > whole)
      throw new Error(`barChart: ${String(datum.value)} is outside 0–${String(whole)} („${datum.label}“)`);
    const lines = wrapText(datum.label, width, FONT_SIZE);
    marks.push(...textLines(lines, { x: 0, top, role: 'label' }));
    const barTop = round(top + lines.length * LINE_HEIGHT + LABEL_GAP);
    // x = 1 keeps the frame's stroke inside the viewBox.
    const frame = { type: 'rect', x: 1, y: barTop, height: BAR_HEIGHT } as const;
    marks.push({ ...frame, role: 'track', width: round(x(whole)), derived: false });
    marks.push({ ...frame, role: 'bar', width: round(x(datum.value)), derived: datum.derived });
    marks.push({
      type: 'text',
      role: 'value',
      x: width,
      y: round(barTop + BAR_HEIGHT / 2 + FONT_SIZE * 0.36),
      text: datum.valueText,
      anchor: 'end',
    });
    top = barTop + BAR_HEIGHT + ROW_GAP;
  }
  return { width, height: round(top - ROW_GAP + 1), fontSize: FONT_SIZE, marks };
}
