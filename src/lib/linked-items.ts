import type { ItemSummary } from '../components/islands/selfcheck/types';
import type { Item } from '../schemas/item';
import type { Question, SelfcheckDimension } from '../schemas/selfcheck';
import { chapterHref } from './chapters';

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

/** What a check island shows of an item: its wording, kind and dimensions, and a link to it in its chapter. */
export function itemSummary(item: Item): ItemSummary {
  return {
    id: item.id,
    kind: item.kind,
    text: item.text,
    href: chapterHref(item.chapter, item.id),
    dimensions: item.dimensions,
  };
}

/** Summaries of the items whose ids are in `linked`, by id: only these travel to the browser with an island. */
export function linkedSummaries(
  items: readonly Item[],
  linked: ReadonlySet<string>,
): Record<string, ItemSummary> {
  return Object.fromEntries(
    items.filter((item) => linked.has(item.id)).map((item) => [item.id, itemSummary(item)]),
  );
}
