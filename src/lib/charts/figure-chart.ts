/**
 * From survey figures (`src/data/figures.yaml`) to charts: which chart a group gets, its geometry at each
 * layout width and the words that describe it (the data itself comes from `./figure-data`). Charts only show what the paper states: numbers as bars,
 * an order as ranks, shares in words as words (or quarter cells where the words name whole quarters).
 */
import type { UiKey } from '../../i18n/de';
import { t } from '../../i18n/t';
import type { Figure } from '../../schemas/figure';
import { formatFigureValue } from '../figures';
import { barChart } from './bar-chart';
import { layouts, type Layout } from './chart-layouts';
import { barData, chartLabel, othersNotes, quarterData, rankData } from './figure-data';
import { byRank, rankChart } from './rank-chart';
import type { Scene } from './scene';
import { unitChart } from './unit-chart';

/** The chart types of `<Figures chart="…">`; `statement` shows the paper's wording in words, without a graphic. */
export const chartKinds = ['bar', 'rank', 'quarters', 'statement'] as const;
export type ChartKind = (typeof chartKinds)[number];
/** Chart types drawn as SVG. */
export type DrawnChartKind = Exclude<ChartKind, 'statement'>;

/** The chart a group gets by default: bars for counts or percentages, ranks for an order, none for words. */
export function defaultChartKind(figures: readonly Figure[]): ChartKind | undefined {
  const types = new Set(figures.map((figure) => figure.value.type));
  if (types.size === 1 && (types.has('count') || types.has('percent'))) return 'bar';
  if (types.size === 1 && types.has('rank')) return 'rank';
  return undefined;
}

/**
 * What `<Figures group chart others>` shows: the figures of `group`, the chart kind (`chart`, else the default
 * for their values; undefined for the table alone) and the notes naming the themes of group `others`.
 */
export function resolveChart(
  allFigures: readonly Figure[],
  { group, chart, others }: { group: string; chart?: string | undefined; others?: string | undefined },
): { figures: Figure[]; kind: ChartKind | undefined; notes: Record<string, string> } {
  const figures = allFigures.filter((figure) => figure.group === group);
  if (figures.length === 0)
    throw new Error(`<Figures group="${group}">: no figures in src/data/figures.yaml`);
  // MDX props are not type-checked: refuse a chart type that does not exist rather than draw nothing.
  if (chart !== undefined && chart !== 'none' && !isChartKind(chart))
    throw new Error(`<Figures group="${group}">: unknown chart="${chart}"`);
  const kind = chart === 'none' ? undefined : (chart ?? defaultChartKind(figures));
  const notes =
    others === undefined
      ? {}
      : othersNotes(
          figures,
          allFigures.filter((figure) => figure.group === others),
        );
  return { figures, kind, notes };
}

function isChartKind(value: string): value is ChartKind {
  return (chartKinds as readonly string[]).includes(value);
}

/** The chart's geometry at every layout width. */
export function chartScenes(
  figures: readonly Figure[],
  kind: DrawnChartKind,
  notes: Readonly<Record<string, string>> = {},
): { layout: Layout; scene: Scene }[] {
  const layOut = (width: number): Scene => {
    switch (kind) {
      case 'bar': {
        const { data, max } = barData(figures);
        return barChart(data, { width, max });
      }
      case 'rank':
        return rankChart(rankData(figures, notes), { width });
      case 'quarters':
        return unitChart(quarterData(figures), { width, units: 4 });
    }
  };
  return layouts.map((layout) => ({ layout, scene: layOut(layout.width) }));
}

/** What the chart shows, in words, for its SVG `<desc>`: every value with its label, ranks in order. */
export function describeChart(
  figures: readonly Figure[],
  kind: DrawnChartKind,
  notes: Readonly<Record<string, string>> = {},
): string {
  if (kind === 'rank') {
    const ranks = byRank(rankData(figures, notes));
    const entries = ranks.map(([rank, data]) =>
      t('chart.desc.rankEntry', {
        rank,
        labels: data.map((datum) => (datum.note ? `${datum.label}. ${datum.note}` : datum.label)).join('; '),
      }),
    );
    return t('chart.desc.rank', { entries: entries.join('. ') });
  }
  const entries = figures.map((figure) =>
    t('chart.desc.entry', { label: chartLabel(figure), value: formatFigureValue(figure.value) }),
  );
  return t(kind === 'bar' ? 'chart.desc.bar' : 'chart.desc.quarters', { entries: entries.join('; ') });
}

/** What the chart is based on (the 32 responding municipalities) and how to read it. */
export function chartBase(figures: readonly Figure[], kind: ChartKind, respondents: number): string {
  const first = figures[0]?.value;
  const key: UiKey =
    kind === 'bar'
      ? first?.type === 'percent'
        ? 'chart.base.percent'
        : 'chart.base.count'
      : `chart.base.${kind}`;
  return t(key, { respondents, of: first?.type === 'count' ? first.of : respondents });
}

/** The legend for derived values, or nothing when the chart has none. */
export function derivedLegend(figures: readonly Figure[], kind: ChartKind): string | undefined {
  if (!figures.some((figure) => figure.derived !== undefined)) return undefined;
  return t(kind === 'rank' ? 'chart.derived.rank' : 'chart.derived.bar');
}

/** The number of responding municipalities, from the figure that states it. */
export function surveyRespondents(figures: readonly Figure[]): number {
  const responses = figures.find((figure) => figure.id === 'befragung-rueckmeldungen');
  if (responses?.value.type !== 'count') throw new Error('figures.yaml: befragung-rueckmeldungen is missing');
  return responses.value.value;
}
