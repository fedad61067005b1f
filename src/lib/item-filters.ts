import { audiences, dimensions, itemKinds } from '../data/taxonomy';
import type { UiKey } from '../i18n/de';
import type { Item } from '../schemas/item';
import { nestChildren, type ItemNode } from './items';

/**
 * The facets of the recommendation index. Each filter value is a static page
 * (`/empfehlungen/<facet>/<value>/`), so filtering works as a plain link without JavaScript.
 */
export const facetIds = ['art', 'kapitel', 'dimension', 'zielgruppe'] as const;
export type FacetId = (typeof facetIds)[number];

/** Label key of each facet in `src/i18n/de.ts`. */
export const facetLabelKeys: Record<FacetId, UiKey> = {
  art: 'filters.kind',
  kapitel: 'filters.chapter',
  dimension: 'filters.dimension',
  zielgruppe: 'filters.audience',
};

/** The values of each facet with their labels, in display order; chapter labels come from the chapters. */
export function facetValues(chapterLabels: Record<string, string>): Record<FacetId, Record<string, string>> {
  return {
    art: Object.fromEntries(Object.entries(itemKinds).map(([id, kind]) => [id, kind.many])),
    kapitel: chapterLabels,
    dimension: dimensions,
    zielgruppe: audiences,
  };
}

/** Whether an item belongs under a facet value. */
export function matches(item: Item, facet: FacetId, value: string): boolean {
  switch (facet) {
    case 'art':
      return item.kind === value;
    case 'kapitel':
      return item.chapter === value;
    case 'dimension':
      return (item.dimensions as string[]).includes(value);
    case 'zielgruppe':
      return (item.audiences as string[]).includes(value);
  }
}

/** The active filter of the index, with the label of its value. */
export interface ItemFilter {
  facet: FacetId;
  value: string;
  label: string;
}

/**
 * What the index lists under `filter` (everything without one): how many items, and the entries, children
 * nested under their parent when both are shown and standing alone otherwise.
 */
export function itemIndex(
  items: readonly Item[],
  filter?: Pick<ItemFilter, 'facet' | 'value'>,
): { count: number; entries: ItemNode[] } {
  const shown = filter ? items.filter((item) => matches(item, filter.facet, filter.value)) : items;
  return { count: shown.length, entries: nestChildren(shown) };
}

/** The labels of `ids` in the vocabulary's order, whatever order the data lists them in. */
export function labelsInOrder<T extends string>(
  ids: readonly T[],
  vocabulary: Readonly<Record<T, string>>,
): string[] {
  return (Object.keys(vocabulary) as T[]).filter((id) => ids.includes(id)).map((id) => vocabulary[id]);
}

/** A filter option with the number of items it leaves. */
export interface FilterOption {
  facet: FacetId;
  value: string;
  label: string;
  count: number;
}

/** Lists every facet value that has items, with its count; values that would leave nothing are dropped. */
export function filterOptions(
  items: readonly Item[],
  values: Record<FacetId, Record<string, string>>,
): FilterOption[] {
  return facetIds.flatMap((facet) =>
    Object.entries(values[facet])
      .map(([value, label]) => ({
        facet,
        value,
        label,
        count: items.filter((item) => matches(item, facet, value)).length,
      }))
      .filter((option) => option.count > 0),
  );
}
