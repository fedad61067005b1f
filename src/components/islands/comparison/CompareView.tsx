import { dimensions } from '../../../data/taxonomy';
import { tc } from '../../../i18n/de-comparison';
import { compareChart } from '../../../lib/charts/compare-chart';
import type { DimensionComparison } from '../../../lib/comparison/aggregate';
import type { Entry } from '../../../lib/comparison/document';
import { decimal } from '../../../lib/selfcheck/words';
import { ChartSvg } from '../../figures/ChartSvg';

interface Props {
  entries: readonly Entry[];
  compared: readonly DimensionComparison[];
  onPresent: () => void;
}

/** What the chart says after a dimension's name: that its value is a mean, its spread, or that nothing is known. */
function rowNote(row: DimensionComparison): string {
  const notes = [
    ...(row.mean ? [tc('comparison.meanRow')] : []),
    ...(row.spread === null ? [] : [`${tc('comparison.table.spread')}\u00a0${decimal(row.spread)}`]),
    ...(row.values.every((value) => value.value === null) ? [tc('comparison.noValues')] : []),
  ];
  return notes.length === 0 ? '' : ` (${notes.join(', ')})`;
}

/** The chart's rows: each dimension's label with its note, and every known value numbered as in the legend. */
export function chartRows(entries: readonly Entry[], compared: readonly DimensionComparison[]) {
  return compared.map((row) => ({
    label: `${dimensions[row.dimension]}${rowNote(row)}`,
    values: row.values.flatMap((value) => {
      const n = entries.findIndex((entry) => entry.id === value.entryId) + 1;
      return value.value === null ? [] : [{ n, value: value.value }];
    }),
  }));
}

/**
 * Every dimension × entry as a dot plot and as a table of the same values in words: the dimensions where the
 * entries differ most first, with their spread.
 */
export function CompareView({ entries, compared, onPresent }: Props) {
  const rows = chartRows(entries, compared);
  return (
    <section aria-labelledby="vergleich-bereiche" class="comparison-view">
      <h2 id="vergleich-bereiche">{tc('comparison.compare')}</h2>
      <p class="hint">{tc('comparison.compareHint')}</p>
      <p class="no-print">
        <button type="button" class="button" onClick={onPresent}>
          {tc('comparison.present')}
        </button>
      </p>
      <figure class="compare-figure">
        <ChartSvg
          scene={compareChart(rows, 640, 16)}
          id="vergleich-breit"
          title={tc('comparison.chartTitle')}
          class="compare-chart compare-chart--breit"
        />
        <ChartSvg
          scene={compareChart(rows, 320, 15)}
          id="vergleich-schmal"
          title={tc('comparison.chartTitle')}
          class="compare-chart compare-chart--schmal"
        />
        <figcaption>
          {tc('comparison.chartDesc')}
          <span class="visually-hidden"> {tc('comparison.legend')}:</span>
          <ul class="compare-legend">
            {entries.map((entry, index) => (
              <li key={entry.id}>
                <span class="compare-legend__number">{index + 1}</span> {entry.label}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <div class="table-scroll" role="region" aria-labelledby="vergleich-tabelle" tabIndex={0}>
        <table class="compare-table">
          <caption id="vergleich-tabelle">{tc('comparison.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tc('comparison.table.dimension')}</th>
              <th scope="col">{tc('comparison.table.spread')}</th>
              {entries.map((entry, index) => (
                <th scope="col" key={entry.id}>
                  {index + 1}. {entry.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {compared.map((row) => (
              <tr key={row.dimension}>
                <th scope="row">{dimensions[row.dimension]}</th>
                <td>{row.spread === null ? tc('comparison.spreadNone') : decimal(row.spread)}</td>
                {row.values.map((value) => (
                  <td key={value.entryId}>{value.words}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{tc('comparison.benchmarks')}</h3>
      <dl class="benchmarks">
        {compared.flatMap((row) =>
          row.benchmark === undefined
            ? []
            : [
                <div key={row.dimension}>
                  <dt>{dimensions[row.dimension]}</dt>
                  <dd>{row.benchmark}</dd>
                </div>,
              ],
        )}
      </dl>
    </section>
  );
}
