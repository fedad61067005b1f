import { de, type UiKey } from './de';

const plural = new Intl.PluralRules('de-DE');

/** Looks up a UI string and fills `{placeholders}` from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return de[key].replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match));
}

/** Chooses the singular or plural form for a count, e.g. `count(3, 'Treffer', 'Treffer')`. */
export function count(n: number, one: string, other: string): string {
  return `${n.toLocaleString('de-DE')} ${plural.select(n) === 'one' ? one : other}`;
}
