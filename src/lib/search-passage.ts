/**
 * Where a record's matches stand together. A long page (a chapter, the page for migrant
 * organisations) holds most words of a query somewhere, scattered over sections about different
 * things; a passage of the paper that answers the query holds them side by side. So the ranking
 * (`search-rank.ts`) also asks how much of the query one passage of a record matches, a passage being
 * as long as the excerpt a hit shows.
 */

/** Words of a passage; the excerpt under a hit shows one passage of this length. */
export const PASSAGE_LENGTH = 30;

/**
 * The largest share of `total` information that the matches of one passage of `length` words give:
 * `locations` are the word positions of each query word's matches in the record, `information` the
 * weight of each word (its inverse document frequency). A word counts once however often it occurs.
 */
export function bestPassage(
  locations: ReadonlyMap<number, readonly number[]>,
  information: ReadonlyMap<number, number>,
  total: number,
  length = PASSAGE_LENGTH,
): number {
  if (total <= 0) return 1;
  const matches = [...locations]
    .flatMap(([word, at]) => at.map((location) => ({ word, location })))
    .sort((a, b) => a.location - b.location);
  const inWindow = new Map<number, number>();
  let shared = 0;
  let best = 0;
  let first = 0;
  for (const { word, location } of matches) {
    const count = inWindow.get(word) ?? 0;
    if (count === 0) shared += information.get(word) ?? 0;
    inWindow.set(word, count + 1);
    // Drop the matches that no longer fit in a passage ending here.
    for (let start = matches[first]; start && start.location <= location - length; start = matches[++first]) {
      const left = (inWindow.get(start.word) ?? 1) - 1;
      inWindow.set(start.word, left);
      if (left === 0) shared -= information.get(start.word) ?? 0;
    }
    best = Math.max(best, shared);
  }
  return best / total;
}
