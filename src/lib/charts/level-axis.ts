import { t } from '../../i18n/t';
import { round, type Mark } from './scene';

/** Room under the chart for the level labels. */
export const LEVEL_AXIS_HEIGHT = 24;

/**
 * The grid and tick labels of the four levels (0 to 3) under a chart of self-check levels, for a chart
 * `height` high whose level `x` maps to a horizontal position; drawn first, under the chart's marks.
 */
export function levelAxis(x: (level: number) => number, height: number): Mark[] {
  return [0, 1, 2, 3].flatMap((level): Mark[] => {
    const at = round(x(level));
    return [
      { type: 'line', role: 'grid', x1: at, x2: at, y1: 0, y2: height - 20 },
      {
        type: 'text',
        role: 'tick',
        x: at,
        y: height - 4,
        text: t('chart.levelTick', { level }),
        anchor: level === 0 ? 'start' : level === 3 ? 'end' : 'middle',
      },
    ];
  });
}
