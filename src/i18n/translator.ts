/**
 * Looking up UI text, without any dictionary: each dictionary (`./de.ts` for the site, `./de-comparison.ts` for
 * the workshop comparison, …) makes its own lookup with `translator`, so that a script in the browser carries
 * only the text it can show. Numbers, dates and plurals are formatted here, in one place, for the site's locale.
 */

/** The language of the site's text and formats. */
export const locale = 'de-DE';

const pluralRules = new Intl.PluralRules(locale);
// Each formatter is made where it is used: a line of code each, as every island carries this file.

/** Fills `{placeholders}` of a text from `vars`; a placeholder without a value stays as it is. */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match));
}

/** The lookup of one dictionary: a key's text with its `{placeholders}` filled. */
export function translator<K extends string>(dictionary: Readonly<Record<K, string>>) {
  const texts = new Map<string, string>(Object.entries(dictionary));
  // Every key of K is in the dictionary, so the key itself is never shown.
  return (key: K, vars: Record<string, string | number> = {}): string => fill(texts.get(key) ?? key, vars);
}

/** A number in German: 1.234; with `decimal`, one decimal at most: 1,5. */
export function formatNumber(n: number, decimal = false): string {
  return new Intl.NumberFormat(locale, decimal ? { maximumFractionDigits: 1 } : {}).format(n);
}

/**
 * A date-only value (`2026-12-02`) in German, „2. Dezember 2026“ (`long`) or „2.12.2026“ (`short`). Read and
 * shown in UTC, so the day is the same in every time zone.
 */
export function formatDate(isoDate: string, style: 'long' | 'short' = 'long'): string {
  const day = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    ...(style === 'long' && { dateStyle: 'long' }),
  }).format(day);
}

/** A moment (an ISO timestamp) in German with date and time, in the reader's time zone: „2.12.2026, 14:05:00“. */
export function formatMoment(isoTimestamp: string): string {
  const time = { hour: '2-digit', minute: '2-digit', second: '2-digit' } as const;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    ...time,
  }).format(new Date(isoTimestamp));
}

/** Words as a German list: „a, b und c“ (`and`) or „a, b oder c“ (`or`). */
export function formatList(words: readonly string[], type: 'and' | 'or' = 'and'): string {
  return new Intl.ListFormat(locale, { type: type === 'or' ? 'disjunction' : 'conjunction' }).format(words);
}

/**
 * Picks the singular or plural of anything (words, message keys) for a count, by German plural rules
 * (`Intl.PluralRules`): the one way the site chooses a form by a number.
 */
export function plural<T>(n: number, one: T, other: T): T {
  return pluralRules.select(n) === 'one' ? one : other;
}

/** A count with its noun, e.g. `count(3, 'Treffer', 'Treffer')` → „3 Treffer“, `count(1, 'Eintrag', 'Einträge')`. */
export function count(n: number, one: string, other: string): string {
  return `${formatNumber(n)} ${plural(n, one, other)}`;
}
