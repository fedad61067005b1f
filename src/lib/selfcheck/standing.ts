import { t } from '../../i18n/t';
import type { Figure } from '../../schemas/figure';
import type { SelfcheckDimension, Standing } from '../../schemas/selfcheck';
import { isAnswered } from './answers';
import type { DimensionResult } from './levels';

/** Where an answer places the municipality among the surveyed ones, as the result states it. */
export interface ResolvedStanding {
  /** „Sie gehören zu den 4 von 32 befragten Kommunen ohne …“. */
  text: string;
  /** How a number the paper does not state was obtained; absent when the paper states it. */
  derived: string | undefined;
}

/** Standings by `questionId:optionId`, resolved at build time so the browser needs no figures. */
export type Standings = Record<string, ResolvedStanding[]>;

/** Key of an option in `Standings`. */
export const standingKey = (questionId: string, optionId: string): string => `${questionId}:${optionId}`;

/** One standing as a sentence, with the count from its figure (or the figure's complement, marked derived). */
export function resolveStanding(standing: Standing, figures: readonly Figure[]): ResolvedStanding {
  const figure = figures.find((candidate) => candidate.id === standing.figure);
  if (figure?.value.type !== 'count') {
    throw new Error(`Standing: figure „${standing.figure}“ is not a count in figures.yaml`);
  }
  const { value, of } = figure.value;
  const count = standing.complement ? of - value : value;
  const text = t('selbstcheck.standing', { count, of, group: standing.group });
  if (standing.complement) {
    return { text, derived: t('selbstcheck.standingDerived', { of, value, count }) };
  }
  return { text, derived: figure.derived };
}

/** Every option's standings in the catalogue, resolved against the figures. */
export function resolveStandings(
  catalogue: readonly SelfcheckDimension[],
  figures: readonly Figure[],
): Standings {
  const entries = catalogue.flatMap((dimension) =>
    dimension.questions.flatMap((question) =>
      question.kind === 'single'
        ? question.options
            .filter((option) => option.standing.length > 0)
            .map((option) => [
              standingKey(question.id, option.id),
              option.standing.map((standing) => resolveStanding(standing, figures)),
            ])
        : [],
    ),
  );
  return Object.fromEntries(entries) as Standings;
}

/**
 * The standings a dimension's answers give, in question order; an option without standings in this view of the
 * catalogue (see `catalogueFor`) gives none.
 */
export function standingsOf(
  dimension: SelfcheckDimension,
  result: DimensionResult,
  standings: Standings,
  answers: Readonly<Partial<Record<string, unknown>>>,
): ResolvedStanding[] {
  return dimension.questions.flatMap((question) => {
    const answer = answers[question.id];
    if (question.kind !== 'single' || !isAnswered(result.outcomes[question.id]) || typeof answer !== 'string')
      return [];
    const option = question.options.find((candidate) => candidate.id === answer);
    if (option === undefined || option.standing.length === 0) return [];
    return standings[standingKey(question.id, answer)] ?? [];
  });
}
