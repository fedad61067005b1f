import { t } from '../../../i18n/t';
import { chapterHref } from '../../../lib/chapters';
import { NOT_APPLICABLE, ratingScale, UNKNOWN } from '../../../lib/scale';
import type { Answer } from '../../../schemas/assessment';
import type { Question as QuestionData } from '../../../schemas/selfcheck';

interface Props {
  question: QuestionData;
  answer: Answer | undefined;
  onAnswer: (answer: Answer | undefined) => void;
  /** The title of the passage of the paper the question comes from: the link to it is named after it. */
  sourceTitle: string;
  /** Shown above the question when it follows from an earlier answer. */
  lead?: string | undefined;
}

/**
 * One question as a fieldset of native radios or checkboxes. A multiple-choice question has a real „Nichts
 * davon“; „Weiß nicht“ and „Trifft nicht zu“ are answers of their own, exclusive like GOV.UK's „none of these“.
 */
export function Question({ question, answer, onAnswer, sourceTitle, lead }: Props) {
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
  const checkbox = (value: string, label: string, checked: boolean, onChange: (on: boolean) => void) => {
    const id = `${question.id}--${value}`;
    return (
      <div class="choice" key={id}>
        <input
          type="checkbox"
          id={id}
          name={question.id}
          value={value}
          checked={checked}
          onChange={(event) => {
            onChange(event.currentTarget.checked);
          }}
        />
        <label for={id}>{label}</label>
      </div>
    );
  };
  const ticked = Array.isArray(answer) ? answer : [];

  return (
    <fieldset
      class={`question${lead === undefined ? '' : ' question--follow-up'}`}
      id={`frage-${question.id}`}
      aria-describedby={hintId}
    >
      <legend class="question__legend">
        {lead !== undefined && <span class="question__lead">{lead} </span>}
        {question.text}
      </legend>
      <div class="question__hint" id={hintId}>
        <p>{question.help}</p>
        <p>
          <a
            href={chapterHref(question.source.chapter, question.source.anchor)}
            target="_blank"
            rel="noopener"
          >
            {t('selbstcheck.readMore', { title: sourceTitle })}{' '}
            <span class="new-tab">{t('selbstcheck.newTab')}</span>
          </a>
        </p>
      </div>
      {question.kind === 'single' && question.options.map((option) => radio(option.id, option.label))}
      {question.kind === 'rating' && ratingScale.map((label, level) => radio(level, label))}
      {question.kind === 'multi' &&
        question.choices.map((choice) =>
          checkbox(choice.id, choice.label, ticked.includes(choice.id), (on) => {
            const next = on ? [...ticked, choice.id] : ticked.filter((id) => id !== choice.id);
            // Unticking the last choice leaves the question unanswered; „Nichts davon“ is an answer.
            onAnswer(next.length > 0 ? next : undefined);
          }),
        )}
      <p class="choice-divider">{t('selbstcheck.or')}</p>
      {question.kind === 'multi' &&
        checkbox(
          'nichts',
          t('selbstcheck.noneOfThese'),
          Array.isArray(answer) && answer.length === 0,
          (on) => {
            onAnswer(on ? [] : undefined);
          },
        )}
      {question.kind === 'multi'
        ? specials.map((special) =>
            checkbox(special.id, special.label, answer === special.id, (on) => {
              onAnswer(on ? special.id : undefined);
            }),
          )
        : specials.map((special) => radio(special.id, special.label))}
    </fieldset>
  );
}
