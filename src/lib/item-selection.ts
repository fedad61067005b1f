/**
 * The facets of the recommendation index, in display order. (Here rather than in `item-filters.ts`, so that
 * the browser's filter script bundles no labels.)
 */
export const facetIds = ['art', 'kapitel', 'dimension', 'zielgruppe'] as const;
export type FacetId = (typeof facetIds)[number];

/** An item's value ids under each facet. */
export type ItemFacets = Record<FacetId, readonly string[]>;

/** A record with one entry per facet, each made by `make`. */
export function byFacet<T>(make: (facet: FacetId) => T): Record<FacetId, T> {
  return {
    art: make('art'),
    kapitel: make('kapitel'),
    dimension: make('dimension'),
    zielgruppe: make('zielgruppe'),
  };
}

/**
 * A combination of filters on the recommendation index, as the address keeps it
 * (`/empfehlungen/?art=empfehlung&art=hinweis&dimension=raeume`): the chosen values of each facet. An item is
 * listed when it has one of the chosen values in every facet where something is chosen.
 */
export type Selection = Partial<Record<FacetId, string[]>>;

/** The values each facet offers, in display order; anything else in an address is ignored. */
export type KnownValues = Record<FacetId, readonly string[]>;

/** Reads a selection from an address's query, keeping only known values, in their display order. */
export function selectionFromParams(params: URLSearchParams, known: KnownValues): Selection {
  const selection: Selection = {};
  for (const facet of facetIds) {
    const chosen = new Set(params.getAll(facet));
    const values = known[facet].filter((value) => chosen.has(value));
    if (values.length > 0) selection[facet] = values;
  }
  return selection;
}

/** The query that stands for a selection, facets and values in a fixed order, so one choice has one address. */
export function selectionToParams(selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of facetIds) for (const value of selection[facet] ?? []) params.append(facet, value);
  return params;
}

/** Whether nothing is chosen. */
export const isEmpty = (selection: Selection): boolean =>
  facetIds.every((facet) => (selection[facet] ?? []).length === 0);

/** Whether an item with these facets is listed under the selection; `except` leaves one facet out. */
export function matchesSelection(facets: ItemFacets, selection: Selection, except?: FacetId): boolean {
  return facetIds.every((facet) => {
    const chosen = selection[facet] ?? [];
    return facet === except || chosen.length === 0 || chosen.some((value) => facets[facet].includes(value));
  });
}

/**
 * How many items a value would list: those with the value that match what is chosen in the other facets.
 * (Within a facet the values add up, so the facet's own choices do not count against it.)
 */
export function optionCount(
  items: readonly ItemFacets[],
  selection: Selection,
  facet: FacetId,
  value: string,
): number {
  return items.filter((item) => item[facet].includes(value) && matchesSelection(item, selection, facet))
    .length;
}
