import { dimensions } from '../../../data/taxonomy';
import { tc } from '../../../i18n/de-comparison';
import { formatDate } from '../../../i18n/translator';
import type { DimensionComparison, DimensionValue, OpenQuestion } from '../../../lib/comparison/aggregate';
import type { Comparison } from '../../../lib/comparison/document';
import { type PlanRow, votesText } from '../../../lib/comparison/plan';
import type { ItemQuote as Quote } from '../../../lib/item-quote';
import { decimal } from '../../../lib/selfcheck/words';

interface Props {
  comparison: Comparison;
  compared: readonly DimensionComparison[];
  rows: readonly PlanRow[];
  open: readonly OpenQuestion[];
  items: Readonly<Record<string, Quote>>;
}

/** A value in the printed table, as short as its key says: the level, „Ø 2,5“ for a mean, „?“ or „–“. */
function recordValue(value: DimensionValue): string {
  if (value.value === null) return value.kind === 'unknown' ? '?' : '–';
  return value.kind === 'mean' ? `Ø\u00a0${decimal(value.value)}` : String(value.value);
}

const date = (iso: string) => formatDate(iso);

/**
 * The workshop record as it prints (on one or two A4 pages): who took part, where they stand in short, what was
 * agreed (what, who, by when) and what is still open. On screen it is hidden; the page above is the working view.
 */
export function Record({ comparison, compared, rows, open, items }: Props) {
  return (
    <section class="print-only comparison-record">
      <h2>
        {tc('comparison.record')}
        {comparison.title === undefined ? '' : `: ${comparison.title}`}
      </h2>
      <p>
        {date(comparison.date)}.{' '}
        {tc('comparison.recordParticipants', {
          labels: comparison.entries.map((entry, index) => `${String(index + 1)} ${entry.label}`).join(', '),
        })}
      </p>
      <h3>{tc('comparison.plan')}</h3>
      {rows.length === 0 ? (
        <p>{tc('comparison.planNone')}</p>
      ) : (
        <ol class="record-plan">
          {rows.map(({ itemId, votes, action }) => (
            <li key={itemId}>
              <p class="record-plan__item">
                {items[itemId]?.text ?? itemId} ({votesText(votes)})
              </p>
              <dl class="record-plan__fields">
                {(
                  [
                    [tc('comparison.what'), action.what],
                    [tc('comparison.who'), action.who],
                    [tc('comparison.when'), action.when],
                  ] as const
                ).map(([term, value]) => (
                  <div key={term}>
                    <dt>{term}</dt>
                    <dd>{value.trim() === '' ? tc('comparison.recordEmpty') : value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {open.length > 0 && (
        <>
          <h3>{tc('comparison.open')}</h3>
          <ul>
            {open.map((question) => (
              <li key={question.questionId}>
                „{question.question}“ – {tc('comparison.openBy', { labels: question.labels.join(', ') })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{tc('comparison.compare')}</h3>
      <p>{tc('comparison.recordKey')}</p>
      <table class="record-table record-table--levels">
        <thead>
          <tr>
            <th scope="col">{tc('comparison.table.dimension')}</th>
            {comparison.entries.map((entry, index) => (
              <th scope="col" key={entry.id}>
                {index + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compared.map((row) => (
            <tr key={row.dimension}>
              <th scope="row">{dimensions[row.dimension]}</th>
              {row.values.map((value) => (
                <td key={value.entryId}>{recordValue(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {tc('comparison.recordSource', {
          url: typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`,
        })}
      </p>
    </section>
  );
}
