import type { Item } from '../../schemas/item';
import { chapterHref } from '../chapters';
import { itemQuote, type ItemQuote } from '../item-quote';

/** The item a quoted item stands under in the paper, shown before it so that a question is never without its frame. */
export interface QuoteContext extends Pick<Item, 'id' | 'kind' | 'text'> {
  /** Link to it in its chapter. */
  href: string;
}

/** A run of quoted items under the same context (or none). */
export interface QuoteGroup {
  /** The item they stand under, e.g. „Eine Evaluation hilft … Frage, …:“ above its questions. */
  context: QuoteContext | undefined;
  quotes: ItemQuote[];
}

/** The item with `id`, or a loud error naming it: a workshop that cites a missing item must not build. */
export function itemById(items: readonly Item[], id: string): Item {
  const item = items.find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`src/data/workshop.yaml: no item „${id}“ in src/data/items.yaml`);
  return item;
}

/**
 * The items with `ids`, in that order, each quoted whole (`itemQuote`); consecutive items that stand under the same
 * item of the paper form one group, headed once by that item's words.
 */
export function quoteGroups(ids: readonly string[], items: readonly Item[]): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  for (const id of ids) {
    const item = itemById(items, id);
    const parent = item.parent === undefined ? undefined : itemById(items, item.parent);
    const last = groups.at(-1);
    if (last !== undefined && parent !== undefined && last.context?.id === parent.id) {
      last.quotes.push(itemQuote(item, items));
      continue;
    }
    const context = parent && {
      id: parent.id,
      kind: parent.kind,
      text: parent.text,
      href: chapterHref(parent.chapter, parent.id),
    };
    groups.push({ context, quotes: [itemQuote(item, items)] });
  }
  return groups;
}
