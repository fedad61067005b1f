import { tc } from '../../i18n/de-comparison';
import { count as countOf } from '../../i18n/translator';
import { MAX_ENTRIES } from '../../schemas/comparison';
import { defaultLabel, nextEntryId, sameAs, type Comparison } from './document';
import type { Loaded } from './read';

/** One file or link, read: where it came from (its name, for messages) and what it held. */
export interface Source {
  name: string;
  loaded: Loaded;
}

/** What adding several sources did: the new comparison, what to say, and whether a loaded workshop replaced it. */
export interface Added {
  comparison: Comparison;
  /** One sentence per source: loaded, skipped or refused (naming the file or link), with the notices of each. */
  texts: string[];
  problems: number;
  /** A workshop file replaced what was loaded before. */
  replaced: boolean;
}

/**
 * Adds every readable self-check to the comparison, in order, each under its own id and label; a self-check
 * already loaded, one over the limit, or one that cannot be read is named and left out, and everything else
 * stays loaded. A workshop (comparison) file replaces the comparison as a whole.
 */
export function addSources(comparison: Comparison, sources: readonly Source[]): Added {
  let current = comparison;
  let replaced = false;
  let problems = 0;
  const texts: string[] = [];
  const problem = (text: string) => {
    problems += 1;
    texts.push(text);
  };
  for (const { name, loaded } of sources) {
    if (!loaded.ok) {
      problem(tc('comparison.problem', { source: name, error: loaded.error }));
      continue;
    }
    if (loaded.kind === 'comparison') {
      const replacing = current.entries.length > 0;
      replaced ||= replacing;
      current = loaded.comparison;
      const count = countOf(current.entries.length, tc('comparison.entryOne'), tc('comparison.entryOther'));
      texts.push(
        current.title === undefined
          ? tc('comparison.loadedWorkshopUntitled', { count })
          : tc('comparison.loadedWorkshop', { title: current.title, count }),
        ...(replacing ? [tc('comparison.replacedWorkshop')] : []),
        ...loaded.notices,
      );
      continue;
    }
    const twin = sameAs(current, loaded.assessment);
    if (twin !== undefined) {
      problem(tc('comparison.duplicate', { source: name, label: twin.label }));
      continue;
    }
    if (current.entries.length >= MAX_ENTRIES) {
      problem(tc('comparison.full', { source: name, max: MAX_ENTRIES }));
      continue;
    }
    const label = defaultLabel(loaded.assessment, name.replace(/\.json$/i, ''));
    const entry = { id: nextEntryId(current), label, assessment: loaded.assessment, notices: loaded.notices };
    current = { ...current, entries: [...current.entries, entry] };
    texts.push(
      tc('comparison.loaded', { label }),
      ...loaded.notices.map((notice) => `„${label}“: ${notice}`),
    );
  }
  if (problems > 0 && sources.length > 1) {
    texts.unshift(
      tc('comparison.summary', { read: sources.length - problems, problems, total: sources.length }),
    );
  }
  return { comparison: current, texts, problems, replaced };
}

/** The pasted links, one per line (blank lines ignored), each named by its line for messages. */
export function pastedLinks(text: string): { name: string; link: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ name: tc('comparison.lineSource', { line: index + 1 }), link: line.trim() }))
    .filter((entry) => entry.link !== '');
}
