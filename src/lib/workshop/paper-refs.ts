import type { Item } from '../../schemas/item';
import type { PaperQuote } from '../../schemas/workshop';
import { quoteGroups, type QuoteGroup } from './quotes';

/** What the paper says on one point of the workshop data, ready to render: its quotes and its items, whole. */
export interface PaperRefs {
  quotes: PaperQuote[];
  groups: QuoteGroup[];
}

/** The quotes of `block` and its item ids resolved against `items` (throws on an unknown id). */
export function paperRefs(
  block: { quotes: PaperQuote[]; items: string[] },
  items: readonly Item[],
): PaperRefs {
  return { quotes: block.quotes, groups: quoteGroups(block.items, items) };
}
