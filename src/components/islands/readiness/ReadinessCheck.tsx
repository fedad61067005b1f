import { useState } from 'preact/hooks';
import { t } from '../../../i18n/t';
import { rankReadiness } from '../../../lib/readiness';
import type { AnswerValue } from '../../../lib/scoring';
import type { Question as QuestionData } from '../../../schemas/selfcheck';
import { Question } from '../selfcheck/Question';
import type { ItemSummary } from '../selfcheck/types';

interface Props {
  questions: QuestionData[];
  /** Items the answers can point to, by id. */
  items: Record<string, ItemSummary>;
  /** Item ids in the paper's order, for ties. */
  paperOrder: string[];
}

/** The organisation's readiness check: self-check questions, and the items the answers point to. */
export default function ReadinessCheck({ questions, items, paperOrder }: Props) {
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const ranked = rankReadiness(questions, answers, paperOrder).filter((p) => items[p.itemId]);
  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  const allFull = answered === questions.length && ranked.length === 0;

  const setAnswer = (id: string, value: AnswerValue | undefined) => {
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
          {t('readiness.count', { answered, total: questions.length, items: ranked.length })}
        </p>
        {ranked.length === 0 ? (
          <p>{allFull ? t('readiness.complete') : t('readiness.empty')}</p>
        ) : (
          <ol class="readiness__list">
            {ranked.map((priority) => {
              const item = items[priority.itemId];
              if (!item) return null;
              return (
                <li key={item.id}>
                  <p>
                    <a href={item.href}>{item.text}</a>
                  </p>
                  <ul class="readiness__reasons">
                    {priority.reasons.map((reason) => (
                      <li key={reason.questionId}>
                        {t('readiness.because', { question: reason.question, answer: reason.answer })}
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
