import type { Item } from '../schemas/item';
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

/** Ids of every item some answer to one of `questions` can put on the priority list. */
export function recommendedItemIds(questions: readonly Question[]): Set<string> {
  return new Set(questions.flatMap(recommendationsOf));
}

/** Ids of every item some answer of the self-check can put on the priority list. */
export function linkedItemIds(catalogue: readonly SelfcheckDimension[]): Set<string> {
  return recommendedItemIds(catalogue.flatMap((dimension) => dimension.questions));
}

/**
 * Ids of every item the self-check's result can quote: those the answers point to, the stock-taking items of
 * „Noch zu klären“ and the questions for reflection. Only these travel to the browser with the island.
 */
export function resultItemIds(catalogue: readonly SelfcheckDimension[], items: readonly Item[]): Set<string> {
  const questions = catalogue.flatMap((dimension) => dimension.questions);
  return new Set([
    ...linkedItemIds(catalogue),
    ...questions.flatMap((question) => question.clarify),
    ...items.filter((item) => item.kind === 'reflexionsfrage').map((item) => item.id),
    // The item a question for reflection stands under, so that the workshop can quote the questions whole.
    ...items.flatMap((item) =>
      item.kind === 'reflexionsfrage' && item.parent !== undefined ? [item.parent] : [],
    ),
  ]);
}
