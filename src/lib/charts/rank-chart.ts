import { ascending, groups } from 'd3-array';
import { FONT_SIZE, LINE_HEIGHT, round, textLines, type Mark, type Scene } from './scene';
import { wrapText } from './text';

/** One entry of a ranking the paper gives only as an order. */
export interface RankDatum {
  label: string;
  /** 1 is named first (most often); entries named at the same place share a rank. */
  rank: number;
  /** The rank is read from the order of the text, not stated: the marker is drawn with a dashed outline. */
  derived: boolean;
  /**
   * A remark on the entry, e.g. the themes named under „Andere“, written below the ranking across the chart's
   * full width (long theme names would not fit beside the markers at 320 px); it must say what it refers to.
   */
  note?: string;
}

const RADIUS = 15;
/** Centre of the rank markers; the stroke of the marker stays inside the viewBox. */
const MARKER_X = RADIUS + 2;
/** Where labels start, and where they start after a bullet when several entries share a rank. */
const TEXT_X = 2 * RADIUS + 14;
const BULLET_INDENT = 16;
const ENTRY_GAP = 6;
const GROUP_GAP = 16;

/** The entries grouped by rank, first rank first, each group in the order given. */
export function byRank<T extends { rank: number }>(data: readonly T[]): [number, T[]][] {
  return groups(data, (datum) => datum.rank).sort(([a], [b]) => ascending(a, b));
}

/**
 * A ranking without lengths: one numbered marker per rank, top to bottom, joined by a line, with the entries of
 * that rank beside it. Nothing in it is proportional to a number, because the paper gives none.
 */
export function rankChart(data: readonly RankDatum[], { width }: { width: number }): Scene {
  const ranks = byRank(data);
  const markers: Mark[] = [];
  const texts: Mark[] = [];
  const centres: number[] = [];
  let top = 0;
  for (const [rank, entries] of ranks) {
    const centre = round(top + RADIUS + 1);
    centres.push(centre);
    const derived = entries.some((entry) => entry.derived);
    markers.push({ type: 'circle', role: 'rank', cx: MARKER_X, cy: centre, r: RADIUS, derived });
    markers.push({
      type: 'text',
      role: 'rank-number',
      x: MARKER_X,
      y: round(centre + FONT_SIZE * 0.36),
      text: String(rank),
      anchor: 'middle',
      derived,
    });
    // The first line of text is centred on the marker.
    let textTop = centre - LINE_HEIGHT / 2;
    const bulleted = entries.length > 1;
    const x = TEXT_X + (bulleted ? BULLET_INDENT : 0);
    for (const entry of entries) {
      if (bulleted) texts.push(...textLines(['•'], { x: TEXT_X, top: textTop, role: 'label' }));
      const label = wrapText(entry.label, width - x, FONT_SIZE);
      texts.push(...textLines(label, { x, top: textTop, role: 'label' }));
      textTop += label.length * LINE_HEIGHT + ENTRY_GAP;
    }
    top = Math.max(centre + RADIUS + 1, textTop - ENTRY_GAP) + GROUP_GAP;
  }
  for (const { note } of data) {
    if (note === undefined) continue;
    const lines = wrapText(note, width, FONT_SIZE);
    texts.push(...textLines(lines, { x: 0, top, role: 'note' }));
    top += lines.length * LINE_HEIGHT + GROUP_GAP;
  }
  // The line that joins the markers is drawn first, so the markers cover it.
  const connector: Mark = {
    type: 'line',
    role: 'connector',
    x1: MARKER_X,
    y1: centres[0] ?? 0,
    x2: MARKER_X,
    y2: centres.at(-1) ?? 0,
  };
  return {
    width,
    height: round(top - GROUP_GAP),
    fontSize: FONT_SIZE,
    marks: [...(centres.length > 1 ? [connector] : []), ...markers, ...texts],
  };
}
