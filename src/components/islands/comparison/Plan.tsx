import { tc } from '../../../i18n/de-comparison';
import { type PlanRow, votesText } from '../../../lib/comparison/plan';
import type { ItemQuote as Quote } from '../../../lib/item-quote';
import type { Action } from '../../../schemas/comparison';

interface Props {
  rows: readonly PlanRow[];
  items: Readonly<Record<string, Quote>>;
  onAction: (action: Action) => void;
  onPrint: () => void;
}

/** The action plan: for every marked recommendation, what exactly, who and by when, as the group writes it. */
export function Plan({ rows, items, onAction, onPrint }: Props) {
  return (
    <section aria-labelledby="massnahmenplan" class="comparison-plan">
      <h2 id="massnahmenplan">{tc('comparison.plan')}</h2>
      <p class="hint">{tc('comparison.planHint')}</p>
      {rows.length === 0 ? (
        <p class="notice notice--info">{tc('comparison.planNone')}</p>
      ) : (
        <ol class="plan-list">
          {rows.map(({ itemId, votes: count, action }) => {
            const item = items[itemId];
            const field = (name: 'what' | 'who' | 'when') => `plan-${name}-${itemId}`;
            return (
              <li key={itemId} class="plan-list__item">
                <p class="plan-list__item-text">
                  {item?.text ?? itemId} <span class="plan-list__votes">({votesText(count)})</span>
                </p>
                <p>
                  <label for={field('what')}>{tc('comparison.what')}</label>
                  <textarea
                    id={field('what')}
                    rows={2}
                    maxLength={600}
                    value={action.what}
                    onInput={(event) => {
                      onAction({ ...action, what: event.currentTarget.value });
                    }}
                  />
                </p>
                <p class="plan-list__pair">
                  <span>
                    <label for={field('who')}>{tc('comparison.who')}</label>
                    <input
                      id={field('who')}
                      type="text"
                      maxLength={120}
                      value={action.who}
                      onInput={(event) => {
                        onAction({ ...action, who: event.currentTarget.value });
                      }}
                    />
                  </span>
                  <span>
                    <label for={field('when')}>{tc('comparison.when')}</label>
                    <input
                      id={field('when')}
                      type="text"
                      maxLength={60}
                      value={action.when}
                      onInput={(event) => {
                        onAction({ ...action, when: event.currentTarget.value });
                      }}
                    />
                  </span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={onPrint}>
          {tc('comparison.printPlan')}
        </button>
      </p>
    </section>
  );
}
