import type { DimensionId } from '../../data/taxonomy';
import { round } from '../charts/scene';
import { paperPosition, type Contribution } from '../selfcheck/priorities';
import { selfcheckResult, type ResultContext, type SelfcheckResult } from '../selfcheck/result';
import { levelShort, levelWords } from '../selfcheck/words';
import { catalogueFor } from '../selfcheck/department';
import type { Comparison, Entry } from './document';

/** An entry with the self-check's result of its answers. */
export interface EntryResult {
  entry: Entry;
  result: SelfcheckResult;
}

/** Every entry's result, in the comparison's order. */
export function resultsOf(comparison: Pick<Comparison, 'entries'>, context: ResultContext): EntryResult[] {
  return comparison.entries.map((entry) => ({ entry, result: selfcheckResult(entry.assessment, context) }));
}

/** One entry's standing in one dimension. */
export interface DimensionValue {
  entryId: string;
  label: string;
  /** Level (decided) or mean 0–3; null when unknown or not answered. */
  value: number | null;
  /** The level in words, as the single result states it. */
  words: string;
  /** The level in a few words: „Stufe 2“, „Mittelwert 1,5“, „unbekannt“, „offen“. */
  short: string;
  /** Decided level, mean of answers, unknown („Weiß nicht“ on the deciding question) or not answered. */
  kind: 'decided' | 'mean' | 'unknown' | 'open';
}

/** How the departments stand in one dimension, and how far apart they are. */
export interface DimensionComparison {
  dimension: DimensionId;
  values: DimensionValue[];
  /** Largest minus smallest known value; null with fewer than two known values. */
  spread: number | null;
  /** The survey's benchmark sentence, where the paper has one. */
  benchmark: string | undefined;
  /** Whether its value is a mean of answers (a dimension without a deciding question), not a level. */
  mean: boolean;
}

/**
 * Each dimension across the entries: its values and their spread. The dimensions where the entries differ most
 * come first; those with fewer than two known values (no spread) last; ties in the catalogue's order.
 */
export function compareDimensions(
  results: readonly EntryResult[],
  context: ResultContext,
): DimensionComparison[] {
  const compared = context.catalogue.map((dimension, index): DimensionComparison => {
    const values = results.map(({ entry, result }) => {
      const row = result.dimensions[index];
      const view = catalogueFor(context.catalogue, entry.assessment.department)[index] ?? dimension;
      return {
        entryId: entry.id,
        label: entry.label,
        value: row?.value ?? null,
        words: row === undefined ? '' : levelWords(view, row),
        short: row === undefined ? '' : levelShort(row),
        kind: row?.level.kind ?? 'open',
      };
    });
    const known = values.flatMap((value) => (value.value === null ? [] : [value.value]));
    const spread = known.length < 2 ? null : round(Math.max(...known) - Math.min(...known));
    return {
      dimension: dimension.id,
      values,
      spread,
      benchmark: dimension.benchmark?.text,
      mean: dimension.decidedBy === undefined,
    };
  });
  return compared
    .map((comparison, index) => ({ comparison, index }))
    .sort((a, b) => (b.comparison.spread ?? -1) - (a.comparison.spread ?? -1) || a.index - b.index)
    .map(({ comparison }) => comparison);
}

/** A recommendation that is a next step for one or more entries, with the answers that put it there for each. */
export interface SharedStep {
  itemId: string;
  entries: { entryId: string; label: string; reasons: Contribution[] }[];
  /** The weights of its steps, added up over the entries. */
  weight: number;
  /** Its best place in an entry's own list of next steps (0 = first). */
  rank: number;
}

/**
 * The combined priority list: every recommendation that is a next step of some entry, those that most entries
 * need first, then by the weights of their steps added up, then by their best place in an entry's own list (so
 * that one entry's list keeps its order), then in the paper's order.
 */
export function sharedSteps(results: readonly EntryResult[], paperOrder: readonly string[]): SharedStep[] {
  const byItem = new Map<string, SharedStep>();
  for (const { entry, result } of results) {
    result.steps.forEach((step, index) => {
      const shared = byItem.get(step.itemId) ?? { itemId: step.itemId, entries: [], weight: 0, rank: index };
      shared.entries.push({ entryId: entry.id, label: entry.label, reasons: step.reasons });
      shared.weight = round(shared.weight + step.weight);
      shared.rank = Math.min(shared.rank, index);
      byItem.set(step.itemId, shared);
    });
  }
  const position = paperPosition(paperOrder);
  return [...byItem.values()].sort(
    (a, b) =>
      b.entries.length - a.entries.length ||
      b.weight - a.weight ||
      a.rank - b.rank ||
      position(a.itemId) - position(b.itemId),
  );
}

/** A question some entries answered „Weiß nicht“, with who did: the „Noch zu klären“ of the workshop. */
export interface OpenQuestion {
  dimension: DimensionId;
  questionId: string;
  question: string;
  labels: string[];
}

/** Every „Weiß nicht“ of every entry, one line per question, in the catalogue's order. */
export function openQuestions(results: readonly EntryResult[], context: ResultContext): OpenQuestion[] {
  const found = new Map<string, OpenQuestion>();
  for (const { entry, result } of results) {
    for (const clarification of result.clarifications) {
      for (const open of clarification.questions) {
        const known = found.get(open.questionId) ?? { ...open, labels: [] };
        if (!known.labels.includes(entry.label)) known.labels.push(entry.label);
        found.set(open.questionId, known);
      }
    }
  }
  const order = context.catalogue.flatMap((dimension) => dimension.questions.map((question) => question.id));
  return [...found.values()].sort((a, b) => order.indexOf(a.questionId) - order.indexOf(b.questionId));
}

/** How many entries marked each recommendation as one to take on. */
export function tally(comparison: Pick<Comparison, 'marks' | 'entries'>): Record<string, number> {
  const ids = new Set(comparison.entries.map((entry) => entry.id));
  return Object.fromEntries(
    Object.entries(comparison.marks).map(([itemId, by]) => [itemId, by.filter((id) => ids.has(id)).length]),
  );
}
