import type { Figure } from '../schemas/figure';

/**
 * The entries with the given ids, in the order asked; throws on an unknown id so a typo fails the build.
 * `what` names the kind of entry in the error, `file` where the ids are defined.
 */
export function pickById<T extends { id: string }>(
  all: readonly T[],
  ids: readonly string[],
  { what, file }: { what: string; file?: string },
): T[] {
  return ids.map((id) => {
    const entry = all.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(`Unknown ${what} id „${id}“${file === undefined ? '' : ` (${file})`}`);
    return entry;
  });
}

/** The figures with the given ids, in the order asked; throws on an unknown id so a typo fails the build. */
export function pickFigures(all: readonly Figure[], ids: readonly string[]): Figure[] {
  return pickById(all, ids, { what: 'figure', file: 'src/data/figures.yaml' });
}
