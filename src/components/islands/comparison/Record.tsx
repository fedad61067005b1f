import { dimensions } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
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

const date = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('de-DE', { timeZone: 'UTC', dateStyle: 'long' });

/**
 * The workshop record as it prints (on one or two A4 pages): who took part, where they stand in short, what was
 * agreed (what, who, by when) and what is still open. On screen it is hidden; the page above is the working view.
 */
export function Record({ comparison, compared, rows, open, items }: Props) {
  return (
    <section class="print-only comparison-record">
      <h2>
        {t('comparison.record')}
        {comparison.title === undefined ? '' : `: ${comparison.title}`}
      </h2>
      <p>
        {date(comparison.date)}.{' '}
        {t('comparison.recordParticipants', {
          labels: comparison.entries.map((entry, index) => `${String(index + 1)} ${entry.label}`).join(', '),
        })}
      </p>
      <h3>{t('comparison.plan')}</h3>
      {rows.length === 0 ? (
        <p>{t('comparison.planNone')}</p>
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
                    [t('comparison.what'), action.what],
                    [t('comparison.who'), action.who],
                    [t('comparison.when'), action.when],
                  ] as const
                ).map(([term, value]) => (
                  <div key={term}>
                    <dt>{term}</dt>
                    <dd>{value.trim() === '' ? t('comparison.recordEmpty') : value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {open.length > 0 && (
        <>
          <h3>{t('comparison.open')}</h3>
          <ul>
            {open.map((question) => (
              <li key={question.questionId}>
                „{question.question}“ – {t('comparison.openBy', { labels: question.labels.join(', ') })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('comparison.compare')}</h3>
      <p>{t('comparison.recordKey')}</p>
      <table class="record-table record-table--levels">
        <thead>
          <tr>
            <th scope="col">{t('comparison.table.dimension')}</th>
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
        {t('comparison.recordSource', {
          url: typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`,
        })}
      </p>
    </section>
  );
}
