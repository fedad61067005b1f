import { translator } from './translator';

/**
 * Names of links to a passage of the paper („Erste Empfehlung im Abschnitt …“), made at build time
 * (`src/lib/passage-titles.ts`); a dictionary of its own, so that no island carries it.
 */
export const passages = {
  'passage.quoted': '{kind} „{text}“',
  'passage.inSection': '{kind} im Abschnitt „{section}“',
  'passage.nthInSection': '{ordinal} {kind} im Abschnitt „{section}“',
  'passage.ordinal.1': 'Erste',
  'passage.ordinal.2': 'Zweite',
  'passage.ordinal.3': 'Dritte',
  'passage.ordinal.4': 'Vierte',
  'passage.ordinal.5': 'Fünfte',
  'passage.ordinal.6': 'Sechste',
  'passage.ordinal.7': 'Siebte',
  'passage.ordinal.8': 'Achte',
  'passage.ordinal.9': 'Neunte',
  'passage.ordinal.10': 'Zehnte',
  'passage.ordinalNumber': '{n}.',
} as const;

/** A key of the passage names. */
export type PassageKey = keyof typeof passages;

/** Looks up a passage name. */
export const tPassage = translator(passages);
