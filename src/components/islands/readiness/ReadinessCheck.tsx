import { useState } from 'preact/hooks';
import { t } from '../../../i18n/t';
import type { ItemQuote as Quote } from '../../../lib/item-quote';
import { readinessSteps } from '../../../lib/readiness';
import type { Answer } from '../../../schemas/assessment';
import type { Question as QuestionData } from '../../../schemas/selfcheck';
import { Question } from '../selfcheck/Question';
import { ItemQuote } from '../shared/ItemQuote';
import './readiness.css';

interface Props {
  questions: QuestionData[];
  /** Quotes of the items the answers can point to, by id. */
  items: Record<string, Quote>;
  /** Item ids in the paper's order, for ties. */
  paperOrder: string[];
  /** The title of each statement's passage in the paper, by question id. */
  sources: Record<string, string>;
}

/**
 * The organisation's readiness check: self-check questions rated by the organisation, and up to five next steps
 * from the paper, ranked by the self-check's engine and addressed to the organisation.
 */
export default function ReadinessCheck({ questions, items, paperOrder, sources }: Props) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const steps = readinessSteps(questions, answers, paperOrder).filter(
    (step) => items[step.itemId] !== undefined,
  );
  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  const allFull = answered === questions.length && steps.length === 0;

  const setAnswer = (id: string, value: Answer | undefined) => {
    setAnswers((current) => {
      const rest = Object.fromEntries(Object.entries(current).filter(([key]) => key !== id));
      return value === undefined ? rest : { ...rest, [id]: value };
    });
  };

  return (
    <div class="readiness">
      {/* No <form>: nothing is submitted, the result updates as the user answers. */}
      <div class="readiness__form">
        {questions.map((question) => (
          <Question
            key={question.id}
            question={question}
            answer={answers[question.id]}
            sourceTitle={sources[question.id] ?? ''}
            onAnswer={(value) => {
              setAnswer(question.id, value);
            }}
          />
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setAnswers({});
          }}
        >
          {t('readiness.reset')}
        </button>
      </div>
      <section class="readiness__result" aria-labelledby="kurz-check-ergebnis">
        <h3 id="kurz-check-ergebnis">{t('readiness.result')}</h3>
        <p role="status">
          {t('readiness.count', { answered, total: questions.length, items: steps.length })}
        </p>
        {steps.length === 0 ? (
          <p>{allFull ? t('readiness.complete') : t('readiness.empty')}</p>
        ) : (
          <ol class="readiness__list">
            {steps.map((step) => {
              const item = items[step.itemId];
              if (item === undefined) return null;
              return (
                <li key={step.itemId}>
                  <ItemQuote item={item} idPrefix="kurz-check" />
                  <ul class="reasons">
                    {step.reasons.map((reason) => (
                      <li key={reason.questionId}>
                        {t('readiness.because', { question: reason.question, answer: reason.because })}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
