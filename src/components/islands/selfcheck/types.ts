import type { DimensionId, ItemKind } from '../../../data/taxonomy';
import type { AnswerValue, DimensionSettings } from '../../../lib/scoring';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';

/** What the self-check shows of an item of the paper. */
export interface ItemSummary {
  id: string;
  kind: ItemKind;
  text: string;
  /** Link to the item in its chapter. */
  href: string;
  dimensions: DimensionId[];
}

/** Props the page hands to the island: plain data, serialised into the HTML. */
export interface SelfCheckProps {
  catalogue: SelfcheckDimension[];
  /** Items answers can point to, by id. */
  items: Record<string, ItemSummary>;
  /** Questions for reflection, in the paper's order. */
  reflection: ItemSummary[];
  /** Item ids in the paper's order, for ranking ties. */
  paperOrder: string[];
}

/** The answers being edited on the page. */
export interface Draft {
  name: string;
  date: string;
  answers: Record<string, AnswerValue>;
  settings: Partial<Record<DimensionId, Partial<DimensionSettings>>>;
}

/** Which screen of the self-check is showing. */
export type View =
  | { kind: 'overview' }
  | { kind: 'dimension'; id: DimensionId; focus?: string }
  | { kind: 'summary' }
  | { kind: 'result' };

/** A message for the status region. */
export interface Message {
  text: string;
  error?: boolean;
}
