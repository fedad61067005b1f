import { de, type UiKey } from './de';

const pluralRules = new Intl.PluralRules('de-DE');

/** Looks up a UI string and fills `{placeholders}` from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return de[key].replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match));
}

/** Picks the singular or plural of anything (words, message keys) for a count, by German plural rules. */
export function plural<T>(n: number, one: T, other: T): T {
  return pluralRules.select(n) === 'one' ? one : other;
}

/** Chooses the singular or plural form for a count, e.g. `count(3, 'Treffer', 'Treffer')`. */
export function count(n: number, one: string, other: string): string {
  return `${n.toLocaleString('de-DE')} ${plural(n, one, other)}`;
}
