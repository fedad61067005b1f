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
