import type { ChapterId } from '../../data/taxonomy';
import type { Figure } from '../../schemas/figure';
import { figureCount, RESPONDENTS } from '../figures';
import type { Item } from '../../schemas/item';
import type { Question, SelfcheckDimension } from '../../schemas/selfcheck';
import { quotesOf, type ItemQuote } from '../item-quote';
import { resultItemIds } from '../linked-items';
import { passageTitle, type ChapterOutline } from '../passage-titles';
import { resolveStandings, type Standings } from './standing';

/** Where the build writes `SelfcheckData` (`src/pages/daten/selbstcheck.json.ts`), below the base path. */
export const SELFCHECK_DATA_PATH = '/daten/selbstcheck.json';

/** What the self-check island receives from the page, all of it plain data computed at build time. */
export interface SelfcheckData {
  catalogue: SelfcheckDimension[];
  items: Record<string, ItemQuote>;
  paperOrder: string[];
  standings: Standings;
  sources: Record<string, string>;
  /** How many municipalities answered the survey, from figures.yaml. */
  respondents: number;
}

/** The title of each question's passage in the paper, by question id (for the name of the link to it). */
export function sourceTitles(
  questions: readonly Question[],
  outlines: ReadonlyMap<ChapterId, ChapterOutline>,
  items: readonly Item[],
): Record<string, string> {
  return Object.fromEntries(
    questions.map((question) => {
      const outline = outlines.get(question.source.chapter);
      if (outline === undefined)
        throw new Error(`Question „${question.id}“: no chapter „${question.source.chapter}“`);
      return [question.id, passageTitle(question.source, outline, items)];
    }),
  );
}

/** The island's props: only the items the result can quote travel with it, in the paper's order. */
export function selfcheckData(
  catalogue: SelfcheckDimension[],
  items: readonly Item[],
  figures: readonly Figure[],
  outlines: ReadonlyMap<ChapterId, ChapterOutline>,
): SelfcheckData {
  const ids = resultItemIds(catalogue, items);
  return {
    catalogue,
    items: quotesOf(items, ids),
    paperOrder: items.filter((item) => ids.has(item.id)).map((item) => item.id),
    standings: resolveStandings(catalogue, figures),
    respondents: figureCount(figures, RESPONDENTS),
    sources: sourceTitles(
      catalogue.flatMap((dimension) => dimension.questions),
      outlines,
      items,
    ),
  };
}
