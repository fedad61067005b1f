import type { Figure } from '../schemas/figure';

/** The figures with the given ids, in the order asked; throws on an unknown id so a typo fails the build. */
export function pickFigures(all: readonly Figure[], ids: readonly string[]): Figure[] {
  return ids.map((id) => {
    const figure = all.find((f) => f.id === id);
    if (!figure) throw new Error(`Unknown figure id „${id}“ (src/data/figures.yaml)`);
    return figure;
  });
}
