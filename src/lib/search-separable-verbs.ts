/**
 * German splits many verbs in a sentence: „Warum rufen Vereine die Mittel nicht ab?“ asks about
 * „abrufen“, whose particle „ab“ closes the clause. Searched word by word, „rufen“ would be read as a
 * typo („prüfen“) and „ab“ searched on its own; so a particle at the end of the query is joined back
 * to the earlier word it makes a known word with.
 */
import { fold } from './search-words';

/** Particles of separable verbs that can close a clause, folded. */
const PARTICLES = new Set(
  'ab an auf aus bei ein fest her hin los mit nach vor vorbei weg weiter zu zuruck zusammen'.split(' '),
);

/**
 * The typed words with a closing particle joined to the first earlier word that, with it in front,
 * is a word `known` accepts (folded): [„rufen“, „Vereine“, „ab“] → [„abrufen“, „Vereine“]. Unchanged
 * without such a particle or word.
 */
export function joinSeparableVerb(typed: readonly string[], known: (key: string) => boolean): string[] {
  const particle = typed.at(-1);
  if (typed.length < 2 || particle === undefined || !PARTICLES.has(fold(particle))) return [...typed];
  const rest = typed.slice(0, -1);
  const verb = rest.findIndex((word) => known(fold(particle) + fold(word)));
  if (verb === -1) return [...typed];
  return rest.map((word, index) =>
    index === verb ? `${particle.toLowerCase()}${word.toLowerCase()}` : word,
  );
}
