/**
 * Which fields of `src/data/site-config.ts` still hold the placeholder shipped with the site. The
 * accessibility statement, the imprint and the privacy notice need them all before the site goes live
 * (BITV 2.0), so the build lists them and a production build (`REQUIRE_CONFIG=1`) refuses to finish.
 */
import { isPlaceholder } from '../data/site-config';

/** Names of the fields whose value, or any of whose lines, is still a placeholder, in the file's order. */
export function unfilledFields(config: Readonly<Record<string, string | readonly string[]>>): string[] {
  return Object.entries(config)
    .filter(([, value]) => (typeof value === 'string' ? [value] : value).some(isPlaceholder))
    .map(([key]) => key);
}
