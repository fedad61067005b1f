/**
 * How well search answers a set of queries whose right answers are known: the rank of the first right
 * answer among the results shown, and recall@k and the mean reciprocal rank over the set. Used by the
 * bench (`scripts/bench/search-relevance.mjs`) and the site test of the relevance set.
 */

/** A result as the results list shows it: its link and the links of the sections it lists. */
export interface ShownHit {
  /** Site-relative URL of the result, e.g. `/leitfaden/befragung/#raeume-bereitstellen`. */
  url: string;
  /** Site-relative URLs of the sections listed under a page hit, in the order shown. */
  sections: string[];
}

/** A site-relative URL with percent-encoding undone, so `#f%C3%B6rderung` and `#förderung` compare equal. */
export function decodeUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

const pageOf = (url: string) => url.split('#')[0] ?? url;

/**
 * Whether `hit` gives `answer`: the same record; the page itself when the answer is a whole page; or
 * the page's hit when it lists the answer's section.
 */
export function answers(hit: ShownHit, answer: string): boolean {
  const url = decodeUrl(hit.url);
  const wanted = decodeUrl(answer);
  if (url === wanted) return true;
  if (!wanted.includes('#')) return pageOf(url) === wanted;
  return !url.includes('#') && hit.sections.some((section) => decodeUrl(section) === wanted);
}

/** The 1-based rank of the first hit that gives one of `wanted`, or `null` if none of the shown hits does. */
export function answerRank(hits: readonly ShownHit[], wanted: readonly string[]): number | null {
  const index = hits.findIndex((hit) => wanted.some((answer) => answers(hit, answer)));
  return index === -1 ? null : index + 1;
}

/** Recall at 1, 3 and 5 (share of queries answered within the first k) and the mean reciprocal rank. */
export interface RelevanceSummary {
  queries: number;
  recallAt1: number;
  recallAt3: number;
  recallAt5: number;
  mrr: number;
}

/** Summarises the ranks of a query set (`null`: not answered among the shown results). */
export function relevanceSummary(ranks: readonly (number | null)[]): RelevanceSummary {
  const n = ranks.length;
  const within = (k: number) => (n === 0 ? 0 : ranks.filter((rank) => rank !== null && rank <= k).length / n);
  const reciprocal = ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0);
  return {
    queries: n,
    recallAt1: within(1),
    recallAt3: within(3),
    recallAt5: within(5),
    mrr: n === 0 ? 0 : reciprocal / n,
  };
}
