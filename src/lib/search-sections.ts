/**
 * The sections a page hit lists: Pagefind splits a page's matches by the headings before them
 * (`sub_results`, in page order, one set per search term). Sections holding more of the query's own
 * words, and matching more strongly, come first: „Zuschuss“ lists „Finanzierungsmöglichkeiten aus der
 * Praxis“ (with „Projektzuschüsse“) before sections that only speak of „Förderung“.
 */

/**
 * Anchor of the „Kurz gesagt“ box at the top of a chapter (and of the page for migrant organisations):
 * a summary of the whole page in plain words, the first thing the hit itself opens on.
 */
export const SUMMARY_ANCHOR = 'kurz-gesagt';

/** A section of a page as Pagefind returns it for one term. */
export interface SubResult {
  title: string;
  url: string;
  weighted_locations: readonly { weight: number; balanced_score: number; location: number }[];
}

/** A section to list under a page hit. */
export interface Section {
  title: string;
  url: string;
  score: number;
}

/** The results of one term for a page: which query word it serves, its weight, and whether it is the word itself. */
export interface TermSections {
  word: number;
  weight: number;
  /** The typed word (also corrected or inside a compound), not a synonym or a guessed prefix. */
  literal: boolean;
  subResults: readonly SubResult[];
}

/** A section's best match per query word, while they are collected. */
interface SectionMatches {
  title: string;
  /** Position among the page's sections, for ties. */
  order: number;
  byWord: Map<number, { score: number; literal: boolean }>;
}

/** How strongly a section matches a term: its matches' scores, saturating, so many weak ones do not win. */
const saturate = (score: number) => score / (score + 2);

/**
 * The sections of a page, best-matching first: those holding more of the query's own words (as typed,
 * corrected or inside a compound) first, then by the strength of their matches, the best term per
 * word. The page's own top (its URL without anchor) and its summary box are left out: the hit itself
 * links there, and the summary, whose plain words match many queries, would push out the section where
 * the paper says it.
 */
export function rankSections(pageUrl: string, perTerm: readonly TermSections[], limit = 3): Section[] {
  const sections = new Map<string, SectionMatches>();
  const top = new Set([pageUrl, `${pageUrl}#${SUMMARY_ANCHOR}`]);
  for (const { word, weight, literal, subResults } of perTerm)
    for (const sub of subResults) {
      if (top.has(sub.url)) continue;
      const section: SectionMatches = sections.get(sub.url) ?? {
        title: sub.title,
        order: sections.size,
        byWord: new Map(),
      };
      sections.set(sub.url, section);
      const score = weight * saturate(sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0));
      const known = section.byWord.get(word);
      section.byWord.set(word, {
        score: Math.max(known?.score ?? 0, score),
        literal: (known?.literal ?? false) || (literal && sub.weighted_locations.length > 0),
      });
    }
  return [...sections]
    .map(([url, { title, order, byWord }]) => ({
      title,
      url,
      order,
      literal: [...byWord.values()].filter((match) => match.literal).length,
      score: [...byWord.values()].reduce((sum, match) => sum + match.score, 0),
    }))
    .sort((a, b) => b.literal - a.literal || b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ title, url, score }) => ({ title, url, score }));
}
