import { dimensions, type DimensionId } from '../../data/taxonomy';

/** Which screen of the self-check is showing; `focus` is a question to put the keyboard on. */
export type View =
  | { kind: 'overview' }
  | { kind: 'dimension'; id: DimensionId; focus?: string | undefined }
  | { kind: 'summary' }
  | { kind: 'result' };

/**
 * Each screen has its own address fragment, so every step is a history entry (Back goes to the previous step)
 * and a reload shows the same step: `#bereich-konzept`, `#antworten`, `#ergebnis`; the overview has none.
 */
export function hashOf(view: View): string {
  switch (view.kind) {
    case 'overview':
      return '';
    case 'dimension':
      return `#bereich-${view.id}`;
    case 'summary':
      return '#antworten';
    case 'result':
      return '#ergebnis';
  }
}

/** The screen an address fragment names, or `undefined` for any other fragment (a skip link, a share link). */
export function viewOf(hash: string): View | undefined {
  if (hash === '' || hash === '#') return { kind: 'overview' };
  if (hash === '#antworten') return { kind: 'summary' };
  if (hash === '#ergebnis') return { kind: 'result' };
  const id = /^#bereich-([a-z]+)$/.exec(hash)?.[1];
  return id !== undefined && Object.hasOwn(dimensions, id)
    ? { kind: 'dimension', id: id as DimensionId }
    : undefined;
}

/** Whether a fragment carries a shared self-check (`#s=…`). */
export const isShareHash = (hash: string): boolean => /^#(?:.*&)?s=/.test(hash);
