import type { Ref } from 'preact';
import { dimensions, type DimensionId } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import type { DimensionResult } from '../../../lib/selfcheck/levels';
import { answerWords, settingsWords } from '../../../lib/selfcheck/words';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';

interface Props {
  catalogue: SelfcheckDimension[];
  results: DimensionResult[];
  headingRef?: Ref<HTMLHeadingElement>;
  /** Without it, the list is read-only (as in the printed appendix). `focus` is a question id or `ziel`. */
  onChange?: (id: DimensionId, focus: string) => void;
  onResult?: () => void;
  headingLevel?: 2 | 3;
  title?: string;
}

/**
 * „Check your answers“: every question that was asked with its answer, and the dimension's target and importance
 * (marked where they are the defaults), each with a link to change it.
 */
export function Summary({
  catalogue,
  results,
  headingRef,
  onChange,
  onResult,
  headingLevel = 2,
  title,
}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const id = `selbstcheck-antworten-${String(headingLevel)}`;
  const change = (dimension: DimensionId, focus: string, what: string) =>
    onChange && (
      <dd class="summary-list__action">
        <button
          type="button"
          class="link-button"
          onClick={() => {
            onChange(dimension, focus);
          }}
        >
          {t('selbstcheck.change')}
          <span class="visually-hidden">: {what}</span>
        </button>
      </dd>
    );
  return (
    <section aria-labelledby={id} class="summary">
      <Heading id={id} tabIndex={-1} {...(headingRef && { ref: headingRef })}>
        {title ?? t('selbstcheck.summary')}
      </Heading>
      {onChange && <p>{t('selbstcheck.summaryHint')}</p>}
      {catalogue.map((dimension) => {
        const result = results.find((r) => r.id === dimension.id);
        if (result === undefined) return null;
        const settings = settingsWords(result);
        return (
          <div key={dimension.id} class="summary__dimension">
            <Sub>{dimensions[dimension.id]}</Sub>
            <dl class="summary-list">
              {dimension.questions
                .filter((question) => result.outcomes[question.id]?.state !== 'skipped')
                .map((question) => (
                  <div class="summary-list__row" key={question.id}>
                    <dt>{question.text}</dt>
                    <dd>{answerWords(result.outcomes[question.id])}</dd>
                    {change(dimension.id, question.id, question.text)}
                  </div>
                ))}
              <div class="summary-list__row">
                <dt>{t('selbstcheck.summaryTarget')}</dt>
                <dd>
                  {settings.targetPreset
                    ? t('selbstcheck.preset', { value: settings.target })
                    : settings.target}
                </dd>
                {change(
                  dimension.id,
                  'ziel',
                  `${t('selbstcheck.summaryTarget')}, ${dimensions[dimension.id]}`,
                )}
              </div>
              <div class="summary-list__row">
                <dt>{t('selbstcheck.summaryImportance')}</dt>
                <dd>
                  {settings.importancePreset
                    ? t('selbstcheck.preset', { value: settings.importance })
                    : settings.importance}
                </dd>
                {change(
                  dimension.id,
                  'ziel',
                  `${t('selbstcheck.summaryImportance')}, ${dimensions[dimension.id]}`,
                )}
              </div>
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
