/**
 * The geometry every survey chart is laid out into: plain marks in the coordinates of an SVG viewBox, numbers
 * rounded to a tenth. One renderer (`ChartSvg.astro`) draws any scene; styles come from the mark's `role`.
 *
 * ```json
 * { "width": 288, "height": 62, "fontSize": 16, "marks": [
 *   { "type": "text", "role": "label", "x": 0, "y": 16, "text": "Kommunen mit einem Konzept", "anchor": "start" },
 *   { "type": "rect", "role": "track", "x": 0, "y": 24, "width": 200, "height": 18, "derived": false },
 *   { "type": "rect", "role": "bar", "x": 0, "y": 24, "width": 143.8, "height": 18, "derived": false } ] }
 * ```
 */

/** What a mark shows; the renderer turns it into a CSS class, so colours follow the site's light, dark and print schemes. */
export type MarkRole =
  | 'label'
  | 'value'
  | 'note'
  | 'track'
  | 'bar'
  | 'cell'
  | 'cell-empty'
  | 'rank'
  | 'rank-number'
  | 'connector'
  | 'target'
  | 'grid'
  | 'tick'
  | 'before'
  | 'marker'
  | 'marker-number'
  | 'spread';

/** A rectangle: a bar, the frame behind it, or one cell of a unit display. */
export interface RectMark {
  type: 'rect';
  role: MarkRole;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Drawn hatched with a dashed outline: the value is not stated in the paper. */
  derived: boolean;
}

/** One line of text; `y` is the baseline. */
export interface TextMark {
  type: 'text';
  role: MarkRole;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** Set on text that belongs to a derived mark, e.g. the number in a dashed rank marker. */
  derived?: boolean;
}

/** A circle, e.g. the marker of a rank. */
export interface CircleMark {
  type: 'circle';
  role: MarkRole;
  cx: number;
  cy: number;
  r: number;
  derived: boolean;
}

/** A straight line, e.g. the connector between ranks. */
export interface LineMark {
  type: 'line';
  role: MarkRole;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export type Mark = RectMark | TextMark | CircleMark | LineMark;

/** A laid-out chart: its viewBox size, the font size of its text (in viewBox units) and its marks in drawing order. */
export interface Scene {
  width: number;
  height: number;
  fontSize: number;
  marks: Mark[];
}

/** Rounds to a tenth, so geometry is stable in snapshots and short in the HTML. */
export const round = (value: number): number => Math.round(value * 10) / 10;

/** Font size and line height of chart text, in viewBox units (see `layouts` for the size on screen). */
export const FONT_SIZE = 16;
export const LINE_HEIGHT = 21;
/** Baseline of a line of text below the top of its line box. */
const BASELINE = 16;

/** Text marks, one per line of `lines`, starting with the line box at `top`. */
export function textLines(
  lines: readonly string[],
  { x, top, role, anchor = 'start' }: { x: number; top: number; role: MarkRole; anchor?: TextMark['anchor'] },
): TextMark[] {
  return lines.map((text, index) => ({
    type: 'text',
    role,
    x: round(x),
    y: round(top + index * LINE_HEIGHT + BASELINE),
    text,
    anchor,
  }));
}
