import type { Item } from '../schemas/item';
import { chapterHref } from './chapters';

/**
 * An item as a complete quote, wherever it is shown on its own (self-check, readiness check, workshop): its
 * text and sub-points, the items the paper lists under it (the questions of a Hinweis that ends in a colon),
 * and, for an item that continues another one's sentence („Dafür benötigen sie …“), that item before it.
 */
export interface ItemQuote extends Pick<Item, 'id' | 'kind' | 'text' | 'points' | 'dimensions'> {
  /** Link to the item in its chapter. */
  href: string;
  /** The paper's items under this one, in order. */
  children: Pick<Item, 'id' | 'text'>[];
  /** The item whose sentence this one continues, quoted before it. */
  leadIn: Pick<Item, 'id' | 'text'> | undefined;
}

/** The complete quote of `item`, with its children and lead-in looked up in `items`. */
export function itemQuote(item: Item, items: readonly Item[]): ItemQuote {
  const leadIn =
    item.continues === undefined ? undefined : items.find((other) => other.id === item.continues);
  return {
    id: item.id,
    kind: item.kind,
    text: item.text,
    points: item.points,
    dimensions: item.dimensions,
    href: chapterHref(item.chapter, item.id),
    children: items.filter((child) => child.parent === item.id).map(({ id, text }) => ({ id, text })),
    leadIn: leadIn && { id: leadIn.id, text: leadIn.text },
  };
}

/** Quotes of the items whose ids are in `ids`, by id: only these travel to the browser with an island. */
export function quotesOf(items: readonly Item[], ids: ReadonlySet<string>): Record<string, ItemQuote> {
  return Object.fromEntries(
    items.filter((item) => ids.has(item.id)).map((item) => [item.id, itemQuote(item, items)]),
  );
}
