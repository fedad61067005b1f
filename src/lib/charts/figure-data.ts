/**
 * The data of a survey chart, from the figures of one group: numbers for bars, places for a ranking, quarters
 * for shares the paper names in whole quarters, and the paper's words where it gives nothing else.
 */
import { t } from '../../i18n/t';
import type { Figure, FigureValue } from '../../schemas/figure';
import { formatFigureValue } from '../figures';
import type { BarDatum } from './bar-chart';
import type { RankDatum } from './rank-chart';
import type { UnitDatum } from './unit-chart';

/** The label a chart shows: the figure's label, with „(abgeleitet)“ when the paper does not state the value. */
export function chartLabel(figure: Figure): string {
  return figure.derived === undefined ? figure.label : `${figure.label} (${t('figures.derived')})`;
}

/** Narrows a figure's value to one type, or says which figure breaks the chart's assumption. */
function valueOf<T extends FigureValue['type']>(figure: Figure, type: T): Extract<FigureValue, { type: T }> {
  if (figure.value.type !== type) throw new Error(`${figure.id}: a ${type} chart needs ${type} values`);
  return figure.value as Extract<FigureValue, { type: T }>;
}

/** Bars for counts (out of their common base, e.g. 32) or percentages (out of 100). */
export function barData(figures: readonly Figure[]): { data: BarDatum[]; max: number } {
  const type = figures[0]?.value.type === 'percent' ? 'percent' : 'count';
  const wholes = new Set(figures.map((figure) => (type === 'count' ? valueOf(figure, 'count').of : 100)));
  const [whole] = wholes;
  if (wholes.size !== 1 || whole === undefined) throw new Error('bar chart: counts out of different wholes');
  const data = figures.map((figure) => ({
    label: chartLabel(figure),
    value: type === 'count' ? valueOf(figure, 'count').value : valueOf(figure, 'percent').value,
    valueText: formatFigureValue(figure.value),
    derived: figure.derived !== undefined,
  }));
  return { data, max: whole };
}

/** Ranks, with an optional note per figure id (e.g. the themes named under „Andere“). */
export function rankData(
  figures: readonly Figure[],
  notes: Readonly<Record<string, string>> = {},
): RankDatum[] {
  return figures.map((figure) => ({
    label: chartLabel(figure),
    rank: valueOf(figure, 'rank').rank,
    derived: figure.derived !== undefined,
    ...(notes[figure.id] === undefined ? {} : { note: notes[figure.id] }),
  }));
}

/** The wordings that name a whole number of quarters. Hedged words („annähernd“, „fast“) are not among them. */
const quarterWords: Readonly<Record<string, number>> = {
  'ein viertel': 1,
  'die hälfte': 2,
  dreiviertel: 3,
};

/** How many quarters the paper's wording names; throws for wording that names no exact share. */
export function quartersIn(wording: string): number {
  const quarters = quarterWords[wording.trim().toLowerCase()];
  if (quarters === undefined)
    throw new Error(`„${wording}“ names no whole number of quarters: show it with chart="statement"`);
  return quarters;
}

/** Quarter cells for shares in words; the shares of a group must not add up to more than the whole. */
export function quarterData(figures: readonly Figure[]): UnitDatum[] {
  const data = figures.map((figure) => {
    const { wording } = valueOf(figure, 'share');
    return {
      label: chartLabel(figure),
      filled: quartersIn(wording),
      valueText: wording,
      derived: !!figure.derived,
    };
  });
  if (data.reduce((sum, datum) => sum + datum.filled, 0) > 4)
    throw new Error('quarter chart: more than 4 quarters');
  return data;
}

/** The paper's wording and what it is about, for a chart that shows a share in words only. */
export function statementData(figures: readonly Figure[]): { wording: string; label: string }[] {
  return figures.map((figure) => ({ wording: valueOf(figure, 'share').wording, label: chartLabel(figure) }));
}

/** The paper's open answer field „Andere“ in a ranking, annotated with the themes `others` names under it. */
export function othersNotes(figures: readonly Figure[], others: readonly Figure[]): Record<string, string> {
  const open = figures.find((figure) => figure.label === 'Andere');
  if (open === undefined || others.length === 0)
    throw new Error('othersNotes: no entry „Andere“ or nothing named');
  const names = others.map((figure) => `„${figure.label}“`).join(', ');
  return { [open.id]: t('chart.othersNamed', { label: open.label, names }) };
}
