import { t } from '../../../i18n/t';
import { chapterHref } from '../../../lib/chapters';
import { ratingScale } from '../../../lib/scale';
import { NOT_APPLICABLE, UNKNOWN, type AnswerValue } from '../../../lib/scoring';
import type { Question as QuestionData } from '../../../schemas/selfcheck';

interface Props {
  question: QuestionData;
  answer: AnswerValue | undefined;
  onAnswer: (answer: AnswerValue | undefined) => void;
}

/** One question as a fieldset of native radios or checkboxes, with „Weiß nicht“ and „Trifft nicht zu“. */
export function Question({ question, answer, onAnswer }: Props) {
  const hintId = `${question.id}-hint`;
  const specials = [
    { id: UNKNOWN, label: t('selbstcheck.unknown') },
    ...(question.notApplicable ? [{ id: NOT_APPLICABLE, label: t('selbstcheck.notApplicable') }] : []),
  ];
  const radio = (value: string | number, label: string) => {
    const id = `${question.id}--${String(value)}`;
    return (
      <div class="choice" key={id}>
        <input
          type="radio"
          id={id}
          name={question.id}
          value={String(value)}
          checked={answer === value}
          onChange={() => {
            onAnswer(value);
          }}
        />
        <label for={id}>{label}</label>
      </div>
    );
  };
  const ticked = Array.isArray(answer) ? (answer as readonly string[]) : [];

  return (
    <fieldset class="question" id={`frage-${question.id}`} aria-describedby={hintId}>
      <legend class="question__legend">{question.text}</legend>
      <div class="question__hint" id={hintId}>
        <p>{question.help}</p>
        <p>
          <a
            href={chapterHref(question.source.chapter, question.source.anchor)}
            target="_blank"
            rel="noopener"
          >
            {t('selbstcheck.readMore')} <span class="new-tab">{t('selbstcheck.newTab')}</span>
          </a>
        </p>
      </div>
      {question.kind === 'single' && question.options.map((option) => radio(option.id, option.label))}
      {question.kind === 'rating' && ratingScale.map((label, level) => radio(level, label))}
      {question.kind === 'multi' &&
        question.choices.map((choice) => {
          const id = `${question.id}--${choice.id}`;
          return (
            <div class="choice" key={id}>
              <input
                type="checkbox"
                id={id}
                name={question.id}
                value={choice.id}
                checked={ticked.includes(choice.id)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  onAnswer(on ? [...ticked, choice.id] : ticked.filter((c) => c !== choice.id));
                }}
              />
              <label for={id}>{choice.label}</label>
            </div>
          );
        })}
      <p class="choice-divider">{t('selbstcheck.or')}</p>
      {question.kind === 'multi'
        ? specials.map((special) => {
            const id = `${question.id}--${special.id}`;
            return (
              <div class="choice" key={id}>
                <input
                  type="checkbox"
                  id={id}
                  name={`${question.id}-sonder`}
                  value={special.id}
                  checked={answer === special.id}
                  onChange={(event) => {
                    // Exclusive, as in GOV.UK's "none of these": ticking it clears the choices.
                    onAnswer(event.currentTarget.checked ? special.id : undefined);
                  }}
                />
                <label for={id}>{special.label}</label>
              </div>
            );
          })
        : specials.map((special) => radio(special.id, special.label))}
    </fieldset>
  );
}
