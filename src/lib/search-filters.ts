/**
 * The search filters in the address of the search page, so that a filtered search can be bookmarked,
 * shared and reloaded: `/suche/?q=Räume&art=Empfehlung&art=Hindernis`. Values of one filter are
 * alternatives. A value from the address the index does not know is dropped and reported, never searched.
 */

/** The filters offered, in this order; each is a Pagefind filter and a URL parameter of the same name. */
export const filterNames = ['art', 'kapitel', 'bereich', 'zielgruppe'] as const;

/** Filter values to keep, by filter name. */
export type SelectedFilters = Record<string, string[]>;
/** Number of results per value, by filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The filter values in a URL's parameters; unknown parameters are ignored, repeated values kept once. */
export function filtersFromParams(params: URLSearchParams): SelectedFilters {
  const selected: SelectedFilters = {};
  for (const name of filterNames) {
    const values = [...new Set(params.getAll(name).map((value) => value.trim()))].filter(Boolean);
    if (values.length > 0) selected[name] = values;
  }
  return selected;
}

/** Writes the selected filters into `params`, replacing any filter values it had. */
export function writeFilterParams(params: URLSearchParams, selected: SelectedFilters): void {
  for (const name of filterNames) {
    params.delete(name);
    for (const value of selected[name] ?? []) params.append(name, value);
  }
}

/**
 * Splits selected filters into those the index knows (`available`: every value by filter name) and the
 * values it does not know, e.g. from a mistyped or outdated link.
 */
export function knownFilters(
  selected: SelectedFilters,
  available: FilterCounts,
): { known: SelectedFilters; unknown: string[] } {
  const known: SelectedFilters = {};
  const unknown: string[] = [];
  for (const [name, values] of Object.entries(selected)) {
    const offered = available[name] ?? {};
    const kept = values.filter((value) => Object.hasOwn(offered, value));
    unknown.push(...values.filter((value) => !Object.hasOwn(offered, value)));
    if (kept.length > 0) known[name] = kept;
  }
  return { known, unknown };
}

/** The filter values of each record, by Pagefind result id, as `scripts/search-index.mjs` stores them. */
export type RecordFilters = Record<string, Record<string, string[]>>;

/** Whether a record's filter values satisfy the selection: any selected value per filter, every filter. */
export function matchesFilters(
  values: Readonly<Record<string, readonly string[]>> | undefined,
  selected: SelectedFilters,
): boolean {
  return Object.entries(selected).every(
    ([name, wanted]) => wanted.length === 0 || wanted.some((value) => values?.[name]?.includes(value)),
  );
}

/**
 * Results per filter value, for faceted narrowing: a value's count is the number of `ids` that have
 * it and satisfy the selection of every other filter, so it is the number of results a click on it
 * leaves (or adds, within a filter that already has a value selected).
 */
export function facetCounts(
  ids: readonly string[],
  records: RecordFilters,
  selected: SelectedFilters,
): FilterCounts {
  const counts: FilterCounts = {};
  for (const name of filterNames) {
    const others = Object.fromEntries(Object.entries(selected).filter(([other]) => other !== name));
    const values: Record<string, number> = {};
    for (const id of ids) {
      if (!matchesFilters(records[id], others)) continue;
      for (const value of records[id]?.[name] ?? []) values[value] = (values[value] ?? 0) + 1;
    }
    counts[name] = values;
  }
  return counts;
}

/** Every filter value of the index with its number of records. */
export function allFilterValues(records: RecordFilters): FilterCounts {
  return facetCounts(Object.keys(records), records, {});
}
