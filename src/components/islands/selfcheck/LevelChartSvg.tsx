import { t } from '../../../i18n/t';
import { levelChart, type LevelDatum } from '../../../lib/charts/level-chart';

const WIDTH = 600;

/** The result as horizontal bars 0–3 with a target mark; geometry from `levelChart`. */
export function LevelChartSvg({ data }: { data: LevelDatum[] }) {
  const chart = levelChart(data, WIDTH);
  return (
    <svg
      class="level-chart"
      viewBox={`-8 0 ${String(WIDTH + 16)} ${String(chart.height)}`}
      role="img"
      aria-labelledby="level-chart-title level-chart-desc"
    >
      <title id="level-chart-title">{t('selbstcheck.chartTitle')}</title>
      <desc id="level-chart-desc">{t('selbstcheck.chartDesc')}</desc>
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
          <text class="level-chart__label" x={0} y={row.labelY}>
            {row.label}:{' '}
            {row.level === null ? t('selbstcheck.levelUnknown') : String(row.level).replace('.', ',')}
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
