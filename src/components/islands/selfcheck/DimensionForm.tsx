import type { Ref } from 'preact';
import { dimensions } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import { importanceLabels } from '../../../lib/scale';
import type { AnswerValue, DimensionSettings } from '../../../lib/scoring';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import { Question } from './Question';

interface Props {
  dimension: SelfcheckDimension;
  index: number;
  total: number;
  answers: Record<string, AnswerValue>;
  /** The dimension's target and importance, defaults filled in (from its result). */
  settings: DimensionSettings;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (questionId: string, answer: AnswerValue | undefined) => void;
  onSettings: (settings: Partial<DimensionSettings>) => void;
  onNext: () => void;
  onOverview: () => void;
}

/** One dimension: its questions, then the target level and importance; free to leave at any time. */
export function DimensionForm(props: Props) {
  const { dimension, answers, settings, onAnswer, onSettings } = props;
  const label = dimensions[dimension.id];
  return (
    <form
      class="selfcheck-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext();
      }}
    >
      <p class="selfcheck__step">{t('selbstcheck.step', { index: props.index + 1, total: props.total })}</p>
      <h2 tabIndex={-1} ref={props.headingRef}>
        {label}
      </h2>
      <p>{dimension.intro}</p>
      {dimension.questions.map((question) => (
        <Question
          key={question.id}
          question={question}
          answer={answers[question.id]}
          onAnswer={(answer) => {
            onAnswer(question.id, answer);
          }}
        />
      ))}
      <h3>{t('selbstcheck.goals')}</h3>
      <fieldset class="question">
        <legend class="question__legend">{t('selbstcheck.target')}</legend>
        {([1, 2, 3] as const).map((level) => {
          const id = `${dimension.id}-ziel-${String(level)}`;
          return (
            <div class="choice" key={id}>
              <input
                type="radio"
                id={id}
                name={`${dimension.id}-ziel`}
                checked={settings.target === level}
                onChange={() => {
                  onSettings({ target: level });
                }}
              />
              <label for={id}>
                {t('selbstcheck.level', { level })}: {dimension.levels[level].label}
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset class="question">
        <legend class="question__legend">{t('selbstcheck.importance')}</legend>
        {([1, 2, 3] as const).map((importance) => {
          const id = `${dimension.id}-gewicht-${String(importance)}`;
          return (
            <div class="choice" key={id}>
              <input
                type="radio"
                id={id}
                name={`${dimension.id}-gewicht`}
                checked={settings.importance === importance}
                onChange={() => {
                  onSettings({ importance });
                }}
              />
              <label for={id}>{importanceLabels[importance]}</label>
            </div>
          );
        })}
      </fieldset>
      <div class="button-group">
        <button type="submit" class="button">
          {props.index + 1 < props.total ? t('selbstcheck.next') : t('selbstcheck.toSummary')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onOverview}>
          {t('selbstcheck.toOverview')}
        </button>
      </div>
    </form>
  );
}
