import type { Ref } from 'preact';
import { dimensions } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import { importanceLabels } from '../../../lib/scale';
import { isAsked } from '../../../lib/selfcheck/answers';
import type { Settings } from '../../../lib/selfcheck/levels';
import type { Answer, Assessment } from '../../../schemas/assessment';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import { Question } from './Question';

interface Props {
  dimension: SelfcheckDimension;
  index: number;
  total: number;
  answers: Assessment['answers'];
  settings: Settings;
  sources: Record<string, string>;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (questionId: string, answer: Answer | undefined) => void;
  onSettings: (settings: { target?: number; importance?: number }) => void;
  onNext: () => void;
  onOverview: () => void;
}

/** The words of the answer a follow-up depends on, for the line above it: „Weil Sie „…“ gewählt haben:“. */
function leadOf(
  question: SelfcheckDimension['questions'][number],
  dimension: SelfcheckDimension,
  answers: Props['answers'],
) {
  const condition = question.askIf;
  if (condition === undefined) return undefined;
  const parent = dimension.questions.find((candidate) => candidate.id === condition.question);
  const answer = answers[condition.question];
  if (parent?.kind !== 'single' || typeof answer !== 'string') return undefined;
  const option = parent.options.find((candidate) => candidate.id === answer);
  return option && t('selbstcheck.followUp', { answer: option.label });
}

/**
 * One dimension: its questions (a follow-up appears only after the answer it depends on), then the target level
 * and importance, which are not preselected; free to leave at any time.
 */
export function DimensionStep(props: Props) {
  const { dimension, answers, settings, onAnswer, onSettings } = props;
  const choose = (
    name: 'ziel' | 'gewicht',
    value: number,
    checked: boolean,
    label: string,
    onPick: () => void,
  ) => {
    const id = `${dimension.id}-${name}-${String(value)}`;
    return (
      <div class="choice" key={id}>
        <input type="radio" id={id} name={`${dimension.id}-${name}`} checked={checked} onChange={onPick} />
        <label for={id}>{label}</label>
      </div>
    );
  };
  return (
    <form
      class="selfcheck-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext();
      }}
    >
      <h2 tabIndex={-1} ref={props.headingRef}>
        <span class="selfcheck__step">
          {t('selbstcheck.step', { index: props.index + 1, total: props.total })}
        </span>{' '}
        {dimensions[dimension.id]}
      </h2>
      <p>{dimension.intro}</p>
      {dimension.questions
        .filter((question) => isAsked(question, dimension, answers))
        .map((question) => (
          <Question
            key={question.id}
            question={question}
            answer={answers[question.id]}
            sourceTitle={props.sources[question.id] ?? ''}
            lead={leadOf(question, dimension, answers)}
            onAnswer={(answer) => {
              onAnswer(question.id, answer);
            }}
          />
        ))}
      <h3>{t('selbstcheck.goals')}</h3>
      <p class="hint" id={`${dimension.id}-ziel-hinweis`}>
        {t('selbstcheck.goalsHint')}
      </p>
      <fieldset
        class="question"
        id={`ziel-${dimension.id}`}
        aria-describedby={`${dimension.id}-ziel-hinweis`}
      >
        <legend class="question__legend">{t('selbstcheck.target')}</legend>
        {([1, 2, 3] as const).map((level) =>
          choose(
            'ziel',
            level,
            settings.targetSet && settings.target === level,
            `${t('selbstcheck.level', { level })}: ${dimension.levels[level].label}`,
            () => {
              onSettings({ target: level });
            },
          ),
        )}
      </fieldset>
      <fieldset class="question" aria-describedby={`${dimension.id}-ziel-hinweis`}>
        <legend class="question__legend">{t('selbstcheck.importance')}</legend>
        {([1, 2, 3] as const).map((importance) =>
          choose(
            'gewicht',
            importance,
            settings.importanceSet && settings.importance === importance,
            importanceLabels[importance],
            () => {
              onSettings({ importance });
            },
          ),
        )}
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
