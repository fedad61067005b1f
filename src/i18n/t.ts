import { de } from './de';
import { translator } from './translator';

/** Looks up a UI string of the site (`./de.ts`) and fills `{placeholders}` from `vars`. */
export const t = translator(de);

export { count, formatDate, formatList, formatMoment, formatNumber, plural } from './translator';
