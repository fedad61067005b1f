import type { Ref } from 'preact';
import { dimensions, type DimensionId } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import type { DimensionResult } from '../../../lib/scoring';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import { answerText } from './answer-text';

interface Props {
  catalogue: SelfcheckDimension[];
  results: DimensionResult[];
  headingRef?: Ref<HTMLHeadingElement>;
  /** Without it, the list is read-only (as in the printed result). */
  onChange?: (id: DimensionId, questionId: string) => void;
  onResult?: () => void;
  headingLevel?: 2 | 3;
}

/** „Check your answers“: every question with its answer and a link to change it. */
export function Summary({ catalogue, results, headingRef, onChange, onResult, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby={`selbstcheck-antworten-${String(headingLevel)}`}>
      <Heading
        id={`selbstcheck-antworten-${String(headingLevel)}`}
        tabIndex={-1}
        {...(headingRef && { ref: headingRef })}
      >
        {t('selbstcheck.summary')}
      </Heading>
      {onChange && <p>{t('selbstcheck.summaryHint')}</p>}
      {catalogue.map((dimension) => {
        const result = results.find((r) => r.id === dimension.id);
        return (
          <div key={dimension.id} class="summary">
            <Sub>{dimensions[dimension.id]}</Sub>
            <dl class="summary-list">
              {dimension.questions.map((question) => (
                <div class="summary-list__row" key={question.id}>
                  <dt>{question.text}</dt>
                  <dd>{answerText(result?.outcomes[question.id])}</dd>
                  {onChange && (
                    <dd class="summary-list__action">
                      <button
                        type="button"
                        class="link-button"
                        onClick={() => {
                          onChange(dimension.id, question.id);
                        }}
                      >
                        {t('selbstcheck.change')}
                        <span class="visually-hidden">: {question.text}</span>
                      </button>
                    </dd>
                  )}
                </div>
              ))}
            </dl>
          </div>
        );
      })}
      {onResult && (
        <button type="button" class="button" onClick={onResult}>
          {t('selbstcheck.toResult')}
        </button>
      )}
    </section>
  );
}
