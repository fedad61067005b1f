import type { ItemQuote } from '../../../lib/item-quote';
import type { Standings } from '../../../lib/selfcheck/standing';
import type { Assessment } from '../../../schemas/assessment';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';

/** Props the page hands to the island: plain data, serialised into the HTML. */
export interface SelfCheckProps {
  catalogue: SelfcheckDimension[];
  /** Quotes of every item the result can show, by id. */
  items: Record<string, ItemQuote>;
  /** Ids of those items in the paper's order, for ranking ties. */
  paperOrder: string[];
  /** Where answers place the municipality among the surveyed ones, resolved from figures.yaml. */
  standings: Standings;
  /** How many municipalities answered the survey, from figures.yaml. */
  respondents: number;
  /** The title of the paper's passage each question comes from, by question id (for the link's name). */
  sources: Record<string, string>;
}

/**
 * Where on the page an outcome is shown: next to the control that caused it, or at the top. The self-check's
 * areas; another island (the workshop comparison) names its own.
 */
export type NoticeArea =
  'page' | 'name' | 'save' | 'saved' | 'export' | 'share' | 'import' | 'compare' | (string & {});

/** What „Rückgängig machen“ brings back in the self-check. */
export interface SelfcheckUndo {
  assessment: Assessment;
  savedId: string | undefined;
}

/** An outcome a person sees (in its area) and hears (in the live region); `Undo` is what an undo restores. */
export interface Notice<Undo = SelfcheckUndo> {
  /** Unique per notice, so that a repeated text is announced again. */
  id: number;
  area: NoticeArea;
  kind: 'success' | 'error' | 'info';
  /** One or more complete German sentences. */
  texts: string[];
  /** What „Rückgängig machen“ brings back, for outcomes that replaced the answers. */
  undo?: Undo | undefined;
  /** Kept when the screen changes (e.g. damaged device storage). */
  sticky?: boolean | undefined;
}

/** Shows an outcome: replaces the notices of its area and announces it. */
export type Notify<Undo = SelfcheckUndo> = (notice: Omit<Notice<Undo>, 'id'>) => void;
