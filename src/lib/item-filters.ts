import { audiences, dimensions, itemKinds } from '../data/taxonomy';
import type { UiKey } from '../i18n/de';
import { t } from '../i18n/t';
import type { Item } from '../schemas/item';
import { facetIds, type FacetId, type ItemFacets } from './item-selection';
import { nestChildren, type ItemNode } from './items';

/*
 * The facets of the recommendation index. Each filter value is a static page
 * (`/empfehlungen/<facet>/<value>/`), so filtering works as a plain link without JavaScript; with JavaScript,
 * the index combines them (`src/lib/item-selection.ts`, `src/scripts/item-filters.ts`).
 */
export { facetIds, type FacetId, type ItemFacets };

/** Label key of each facet in `src/i18n/de.ts`. */
export const facetLabelKeys: Record<FacetId, UiKey> = {
  art: 'filters.kind',
  kapitel: 'filters.chapter',
  dimension: 'filters.dimension',
  zielgruppe: 'filters.audience',
};

/** Key of the words added to a value's label where an earlier facet has a value of the same name. */
const qualifierKeys: Record<FacetId, UiKey> = {
  art: 'itemFilters.kindQualifier',
  kapitel: 'itemFilters.chapterQualifier',
  dimension: 'itemFilters.dimensionQualifier',
  zielgruppe: 'itemFilters.audienceQualifier',
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

/** The values an item has under each facet: one kind, one chapter, its dimensions and audiences. */
export function facetsOf(item: Item): ItemFacets {
  return {
    art: [item.kind],
    kapitel: [item.chapter],
    dimension: item.dimensions,
    zielgruppe: item.audiences,
  };
}

/** Whether an item belongs under a facet value. */
export function matches(item: Item, facet: FacetId, value: string): boolean {
  return facetsOf(item)[facet].includes(value);
}

/** The active filter of a static filter page, with the label of its value. */
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
  /**
   * The value's name, told apart from a value of the same name in an earlier facet by the facet's word:
   * the kind „Gelingensfaktoren“ and the dimension „Gelingensfaktoren im Selbstcheck“.
   */
  label: string;
  count: number;
}

/**
 * Lists every facet value that narrows the list, with its count. A value that would leave nothing is dropped,
 * and so is a value every item has: the paper as a whole speaks to integration officers and the
 * administration, so „Integrationsbeauftragte und Verwaltung“ would list all entries again.
 */
export function filterOptions(
  items: readonly Item[],
  values: Record<FacetId, Record<string, string>>,
): FilterOption[] {
  const seen = new Set<string>();
  return facetIds.flatMap((facet) =>
    Object.entries(values[facet]).flatMap(([value, name]) => {
      const count = items.filter((item) => matches(item, facet, value)).length;
      if (count === 0 || count === items.length) return [];
      const label = seen.has(name) ? `${name} ${t(qualifierKeys[facet])}` : name;
      seen.add(name);
      return [{ facet, value, label, count }];
    }),
  );
}

/** The values every item has, by facet: left out of the filters, and said once above the list instead. */
export function commonValues(
  items: readonly Item[],
  values: Record<FacetId, Record<string, string>>,
): { facet: FacetId; value: string; label: string }[] {
  return facetIds.flatMap((facet) =>
    Object.entries(values[facet])
      .filter(([value]) => items.length > 0 && items.every((item) => matches(item, facet, value)))
      .map(([value, label]) => ({ facet, value, label })),
  );
}
