import { dimensions } from '../../data/taxonomy';
import type { UiKey } from '../../i18n/de';
import { t } from '../../i18n/t';
import type { Answer, Assessment } from '../../schemas/assessment';
import type { SelfcheckDimension } from '../../schemas/selfcheck';
import { NOT_APPLICABLE, UNKNOWN } from '../scale';
import { countMessage, withMore } from './messages';
import { failure, type ParseResult } from './result';

/**
 * The questions of the self-check as plain data, all that export and import need to know about them:
 * ids, the text people read, and for the CSV's „Stufe“ column the levels. Plain data, so that an island can
 * receive it as a prop and a test can write it by hand:
 *
 * ```ts
 * { dimensions: [{ id: 'konzept', label: 'Konzept', questions: [
 *   { id: 'konzept-stand', text: 'Gibt es ein Konzept?', kind: 'single',
 *     options: [{ id: 'keins', label: 'Nein', level: 0 }, { id: 'beschlossen', label: 'Beschlossen', level: 3 }] },
 * ] }] }
 * ```
 */
export interface Catalogue {
  /** Dimensions in the order they are asked. */
  dimensions: readonly CatalogueDimension[];
}

/** One dimension and its questions. */
export interface CatalogueDimension {
  /** Dimension id from `src/data/taxonomy.ts`. */
  id: string;
  /** Its name as people read it. */
  label: string;
  /** Short names of levels 0–3, e.g. „Konzept beschlossen“; without them the CSV writes „Stufe 3“. */
  levels?: readonly string[] | undefined;
  /** Questions in the order they are asked. */
  questions: readonly CatalogueQuestion[];
}

/** An option or choice: its stable id, its label and (for options) the level it reaches. */
export interface CatalogueOption {
  id: string;
  label: string;
  level?: number | undefined;
}

/** One question. */
export interface CatalogueQuestion {
  /** Stable id, the key in `answers`. */
  id: string;
  /** The question as people read it. */
  text: string;
  /** Which answers fit. */
  kind: 'single' | 'multi' | 'rating';
  /** Options of a single-choice question. */
  options?: readonly CatalogueOption[] | undefined;
  /** Choices of a multiple-choice question. */
  choices?: readonly CatalogueOption[] | undefined;
  /** Multiple choice: ticked choices needed for levels 1, 2 and 3 (see `src/schemas/selfcheck.ts`). */
  thresholds?: readonly number[] | undefined;
  /** `false` if „Trifft nicht zu“ is not offered. */
  notApplicable?: boolean | undefined;
}

/** What the parser needs to know about a question to check an answer. */
export interface QuestionShape {
  /** Question id, the key in `answers`. */
  id: string;
  /** Kind of question: which answer values fit. */
  kind: 'single' | 'multi' | 'rating';
  /** Option ids of a single-choice question; without them any id is accepted. */
  optionIds?: readonly string[] | undefined;
  /** Choice ids of a multiple-choice question; without them any ids are accepted. */
  choiceIds?: readonly string[] | undefined;
  /** `false` if „Trifft nicht zu“ is not offered for this question. */
  notApplicable?: boolean | undefined;
}

/** The catalogue of the site's self-check data (`src/data/selfcheck.yaml`), with dimension names from the taxonomy. */
export function catalogueFromSelfcheck(selfcheck: readonly SelfcheckDimension[]): Catalogue {
  return {
    dimensions: selfcheck.map((dimension) => ({
      id: dimension.id,
      label: dimensions[dimension.id],
      levels: dimension.levels.map((level) => level.label),
      questions: dimension.questions.map((question) => ({
        id: question.id,
        text: question.text,
        kind: question.kind,
        notApplicable: question.notApplicable,
        ...(question.kind === 'single'
          ? { options: question.options.map(({ id, label, level }) => ({ id, label, level })) }
          : {}),
        ...(question.kind === 'multi'
          ? {
              choices: question.choices.map(({ id, label }) => ({ id, label })),
              thresholds: question.thresholds,
            }
          : {}),
      })),
    })),
  };
}

/** What `parseAssessment` needs to check answers against the catalogue. */
export function questionShapes(catalogue: Catalogue): QuestionShape[] {
  return catalogue.dimensions.flatMap((dimension) =>
    dimension.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      optionIds: question.options?.map((option) => option.id),
      choiceIds: question.choices?.map((choice) => choice.id),
      notApplicable: question.notApplicable,
    })),
  );
}

/**
 * Drops answers to questions that no longer exist (adding a notice to `notices`) and rejects answers that do
 * not fit their question's kind, options or choices. Returns a new assessment; the given one stays.
 */
export function fitToCatalogue(
  assessment: Assessment,
  questions: readonly QuestionShape[],
  notices: string[],
): ParseResult {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const answers: Record<string, Answer> = {};
  const problems: string[] = [];
  let dropped = 0;
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const question = byId.get(id);
    if (question === undefined) {
      dropped += 1;
      continue;
    }
    const problem = misfit(answer, question);
    if (problem === undefined) answers[id] = answer;
    else problems.push(t(problem, { id }));
  }
  const [first, ...rest] = problems;
  if (first !== undefined) return failure('invalid', withMore(first, rest.length));
  if (dropped > 0) {
    notices.push(
      countMessage(
        dropped,
        'assessment.notice.unknownQuestionsOne',
        'assessment.notice.unknownQuestionsOther',
      ),
    );
  }
  return { ok: true, assessment: { ...assessment, answers }, notices };
}

/** Why an answer does not fit its question (a message key), or `undefined` if it fits. */
function misfit(answer: Answer, question: QuestionShape): UiKey | undefined {
  if (answer === NOT_APPLICABLE) {
    return question.notApplicable === false ? 'assessment.error.notApplicable' : undefined;
  }
  if (answer === UNKNOWN) return undefined;
  switch (question.kind) {
    case 'single':
      return typeof answer === 'string' && (question.optionIds?.includes(answer) ?? true)
        ? undefined
        : 'assessment.error.answerSingle';
    case 'multi':
      return Array.isArray(answer) && answer.every((id) => question.choiceIds?.includes(id) ?? true)
        ? undefined
        : 'assessment.error.answerMulti';
    case 'rating':
      return typeof answer === 'number' ? undefined : 'assessment.error.answerRating';
  }
}
