import type { Item } from '../schemas/item';
import type { Question, SelfcheckDimension } from '../schemas/selfcheck';

/** An answer that can put items on the priority list: its words, and the items it links. */
export interface LinkingAnswer {
  /** The option or choice as the user reads it, or the statement of a rating question. */
  wording: string;
  /** Items (ids in items.yaml) it links: for a choice, while it is not ticked; otherwise while below the target. */
  itemIds: string[];
}

/** Every answer of `question` that links items, in the catalogue's order. */
export function linkingAnswers(question: Question): LinkingAnswer[] {
  switch (question.kind) {
    case 'single':
      return question.options.map((option) => ({ wording: option.label, itemIds: option.recommendations }));
    case 'multi':
      return question.choices.map((choice) => ({
        wording: choice.label,
        itemIds: choice.recommendationsIfMissing,
      }));
    case 'rating':
      return [{ wording: question.text, itemIds: question.recommendations }];
  }
}

/** Every item id an answer to `question` can put on the list of priorities. */
export function recommendationsOf(question: Question): string[] {
  return linkingAnswers(question).flatMap((answer) => answer.itemIds);
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
