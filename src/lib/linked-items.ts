import type { Question, SelfcheckDimension } from '../schemas/selfcheck';

/** Every item id an answer to `question` can put on the list of priorities. */
export function recommendationsOf(question: Question): string[] {
  switch (question.kind) {
    case 'single':
      return question.options.flatMap((option) => option.recommendations);
    case 'multi':
      return question.choices.flatMap((choice) => choice.recommendationsIfMissing);
    case 'rating':
      return question.recommendations;
  }
}

/** Ids of every item some answer of the self-check can put on the priority list. */
export function linkedItemIds(catalogue: readonly SelfcheckDimension[]): Set<string> {
  return new Set(catalogue.flatMap((dimension) => dimension.questions.flatMap(recommendationsOf)));
}
