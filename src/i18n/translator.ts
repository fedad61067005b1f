/**
 * Looking up UI text, without any dictionary: each dictionary (`./de.ts` for the site, `./de-comparison.ts` for
 * the workshop comparison, …) makes its own lookup with `translator`, so that a script in the browser carries
 * only the text it can show.
 */

const pluralRules = new Intl.PluralRules('de-DE');

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

/** Picks the singular or plural of anything (words, message keys) for a count, by German plural rules. */
export function plural<T>(n: number, one: T, other: T): T {
  return pluralRules.select(n) === 'one' ? one : other;
}

/** Chooses the singular or plural form for a count, e.g. `count(3, 'Treffer', 'Treffer')`. */
export function count(n: number, one: string, other: string): string {
  return `${n.toLocaleString('de-DE')} ${plural(n, one, other)}`;
}
