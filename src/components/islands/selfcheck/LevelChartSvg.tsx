import { t } from '../../../i18n/t';
import { levelChart, type LevelDatum } from '../../../lib/charts/level-chart';

interface Props {
  data: LevelDatum[];
  /** Width in SVG units: text keeps its size in units, so a narrow layout keeps it legible on phones. */
  width: number;
  /** Distinguishes the ids of the layouts on one page. */
  id: string;
  /** Font size of labels in SVG units. */
  fontSize: number;
}

/** The result as horizontal bars 0–3 with a target mark; geometry from `levelChart`. */
export function LevelChartSvg({ data, width: WIDTH, id, fontSize }: Props) {
  const chart = levelChart(data, WIDTH, fontSize);
  return (
    <svg
      class={`level-chart level-chart--${id}`}
      viewBox={`-8 0 ${String(WIDTH + 16)} ${String(chart.height)}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      font-size={fontSize}
    >
      <title id={`${id}-title`}>{t('selbstcheck.chartTitle')}</title>
      <desc id={`${id}-desc`}>{t('selbstcheck.chartDesc')}</desc>
      {chart.ticks.map((tick) => (
        <g key={tick.label}>
          <line class="level-chart__grid" x1={tick.x} x2={tick.x} y1={0} y2={chart.height - 20} />
          <text
            class="level-chart__tick"
            x={tick.x}
            y={chart.height - 4}
            text-anchor={tick.x === 0 ? 'start' : tick.x === WIDTH ? 'end' : 'middle'}
          >
            {tick.label}
          </text>
        </g>
      ))}
      {chart.rows.map((row) => (
        <g key={row.id}>
          <text class="level-chart__label">
            {row.lines.map((line) => (
              <tspan key={line.y} x={0} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
          <rect class="level-chart__track" x={0} y={row.barY} width={WIDTH} height={chart.barHeight} />
          <rect class="level-chart__bar" x={0} y={row.barY} width={row.barWidth} height={chart.barHeight} />
          {row.beforeX !== null && (
            <circle class="level-chart__before" cx={row.beforeX} cy={row.barY + chart.barHeight / 2} r={5} />
          )}
          <line
            class="level-chart__target"
            x1={row.targetX}
            x2={row.targetX}
            y1={row.barY - 4}
            y2={row.barY + chart.barHeight + 4}
          />
        </g>
      ))}
    </svg>
  );
}
