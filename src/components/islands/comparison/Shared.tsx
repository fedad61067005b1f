import { tc } from '../../../i18n/de-comparison';
import { votesText } from '../../../lib/comparison/plan';
import type { OpenQuestion, SharedStep } from '../../../lib/comparison/aggregate';
import type { Comparison } from '../../../lib/comparison/document';
import type { ItemQuote as Quote } from '../../../lib/item-quote';
import { reasonLines } from '../../../lib/selfcheck/words';
import { dimensions } from '../../../data/taxonomy';
import { ItemQuote } from '../shared/ItemQuote';

interface Props {
  comparison: Comparison;
  shared: readonly SharedStep[];
  open: readonly OpenQuestion[];
  items: Readonly<Record<string, Quote>>;
  onMark: (itemId: string, entryId: string, on: boolean) => void;
}

/**
 * The combined priority list: each recommendation with the departments whose next step it is and their answers,
 * and a checkbox per department to say it takes it on (the tally shows beside it); then the questions still open.
 */
export function Shared({ comparison, shared, open, items, onMark }: Props) {
  return (
    <>
      <section aria-labelledby="gemeinsam" class="comparison-shared">
        <h2 id="gemeinsam">{tc('comparison.shared')}</h2>
        <p class="hint">{tc('comparison.sharedHint')}</p>
        {shared.length === 0 ? (
          <p class="notice notice--info">{tc('comparison.sharedNone')}</p>
        ) : (
          <ol class="shared-list">
            {shared.map((step) => {
              const item = items[step.itemId];
              if (item === undefined) return null;
              const marked = comparison.marks[step.itemId] ?? [];
              return (
                <li key={step.itemId} class="shared-list__item">
                  <p class="shared-list__who">
                    {tc('comparison.neededBy', {
                      labels: step.entries.map((entry) => entry.label).join(', '),
                    })}
                  </p>
                  <ItemQuote item={item} idPrefix="gemeinsam" />
                  <details class="shared-list__reasons">
                    <summary>{tc('comparison.reasons')}</summary>
                    {step.entries.map((entry) => (
                      <div key={entry.entryId}>
                        <p class="step__answers">{tc('comparison.because', { label: entry.label })}</p>
                        <ul class="reasons">
                          {reasonLines(entry.reasons).map((line) => (
                            <li key={line.questionId}>{line.text}</li>
                          ))}
                        </ul>
                      </div>
                    ))}
                  </details>
                  <fieldset class="take">
                    <legend>
                      {tc('comparison.take')} <span class="take__votes">({votesText(marked.length)})</span>
                    </legend>
                    {comparison.entries.map((entry) => {
                      const id = `nimmt-${step.itemId}-${entry.id}`;
                      return (
                        <div class="choice" key={id}>
                          <input
                            type="checkbox"
                            id={id}
                            checked={marked.includes(entry.id)}
                            onChange={(event) => {
                              onMark(step.itemId, entry.id, event.currentTarget.checked);
                            }}
                          />
                          <label for={id}>{entry.label}</label>
                        </div>
                      );
                    })}
                  </fieldset>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      {open.length > 0 && (
        <section aria-labelledby="offen" class="comparison-open">
          <h2 id="offen">{tc('comparison.open')}</h2>
          <p class="hint">{tc('comparison.openHint')}</p>
          <ul>
            {open.map((question) => (
              <li key={question.questionId}>
                {dimensions[question.dimension]}: „{question.question}“ –{' '}
                {tc('comparison.openBy', { labels: question.labels.join(', ') })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
