import { dimensions } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import type { DimensionComparison, OpenQuestion } from '../../../lib/comparison/aggregate';
import type { Comparison } from '../../../lib/comparison/document';
import { type PlanRow, votesText } from '../../../lib/comparison/plan';
import type { ItemQuote as Quote } from '../../../lib/item-quote';

interface Props {
  comparison: Comparison;
  compared: readonly DimensionComparison[];
  rows: readonly PlanRow[];
  open: readonly OpenQuestion[];
  items: Readonly<Record<string, Quote>>;
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
        {t('comparison.recordParticipants', { labels: comparison.entries.map((e) => e.label).join(', ') })}
      </p>
      <h3>{t('comparison.plan')}</h3>
      {rows.length === 0 ? (
        <p>{t('comparison.planNone')}</p>
      ) : (
        <table class="record-table record-table--plan">
          <thead>
            <tr>
              <th scope="col">{t('comparison.csv.item')}</th>
              <th scope="col">{t('comparison.what')}</th>
              <th scope="col">{t('comparison.who')}</th>
              <th scope="col">{t('comparison.when')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ itemId, votes, action }) => (
              <tr key={itemId}>
                <td>
                  {items[itemId]?.text ?? itemId} ({votesText(votes)})
                </td>
                <td>{action.what}</td>
                <td>{action.who}</td>
                <td>{action.when}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
      <table class="record-table">
        <thead>
          <tr>
            <th scope="col">{t('comparison.table.dimension')}</th>
            {comparison.entries.map((entry) => (
              <th scope="col" key={entry.id}>
                {entry.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compared.map((row) => (
            <tr key={row.dimension}>
              <th scope="row">{dimensions[row.dimension]}</th>
              {row.values.map((value) => (
                <td key={value.entryId}>{value.short}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
