import type { UiKey } from '../../i18n/de';
import { t } from '../../i18n/t';
import type { Answer, Assessment } from '../../schemas/assessment';
import type { Question, SelfcheckDimension } from '../../schemas/selfcheck';
import { NOT_APPLICABLE, UNKNOWN } from '../scale';
import { countMessage, shorten, withMore } from './messages';
import { failure, type ParseResult } from './result';

/** How many ids of dropped answers a notice names before it says „und N weitere“. */
const NAMED_IDS = 5;

/**
 * Drops answers to questions the catalogue does not have (a notice names how many and which) and rejects
 * answers that do not fit their question's kind, options or choices. Returns a new assessment; the given
 * one stays.
 */
export function fitToCatalogue(
  assessment: Assessment,
  catalogue: readonly SelfcheckDimension[],
  notices: string[],
): ParseResult {
  const byId = new Map(
    catalogue.flatMap((dimension) => dimension.questions).map((question) => [question.id, question]),
  );
  const answers: Record<string, Answer> = {};
  const problems: string[] = [];
  const dropped: string[] = [];
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const question = byId.get(id);
    if (question === undefined) {
      dropped.push(id);
      continue;
    }
    const problem = misfit(answer, question);
    if (problem === undefined) answers[id] = answer;
    else problems.push(t(problem, { id }));
  }
  const [first, ...rest] = problems;
  if (first !== undefined) return failure('invalid', withMore(first, rest.length));
  if (dropped.length > 0) notices.push(droppedNotice(dropped));
  return { ok: true, assessment: { ...assessment, answers }, notices };
}

/** „3 Antworten … wurden nicht übernommen: „a“, „b“, „c“.“ – the ids shortened, at most five named. */
function droppedNotice(ids: readonly string[]): string {
  const named = ids.slice(0, NAMED_IDS).map((id) => `„${shorten(id)}“`);
  const more = ids.length - named.length;
  const list =
    more > 0
      ? t('assessment.notice.unknownQuestionsMore', { ids: named.join(', '), more })
      : named.join(', ');
  return countMessage(
    ids.length,
    'assessment.notice.unknownQuestionsOne',
    'assessment.notice.unknownQuestionsOther',
    {
      ids: list,
    },
  );
}

/** Why an answer does not fit its question (a message key), or `undefined` if it fits. */
function misfit(answer: Answer, question: Question): UiKey | undefined {
  if (answer === NOT_APPLICABLE) return question.notApplicable ? undefined : 'assessment.error.notApplicable';
  if (answer === UNKNOWN) return undefined;
  switch (question.kind) {
    case 'single':
      return typeof answer === 'string' && question.options.some((option) => option.id === answer)
        ? undefined
        : 'assessment.error.answerSingle';
    case 'multi':
      return Array.isArray(answer) &&
        answer.every((id) => question.choices.some((choice) => choice.id === id))
        ? undefined
        : 'assessment.error.answerMulti';
    case 'rating':
      return typeof answer === 'number' ? undefined : 'assessment.error.answerRating';
  }
}
