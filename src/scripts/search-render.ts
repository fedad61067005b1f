import { tSearch as t } from '../i18n/de-search';
import { locale } from '../i18n/translator';
import { filterNames, type FilterCounts, type SelectedFilters } from '../lib/search-filters';
import { chapterKind } from '../lib/search-records';
import type { SearchHit } from './search-engine';

/** The legend of each filter, worded as on the item lists; the chapter filter is plainly „Kapitel“ here. */
const legends = {
  art: t('filters.kind'),
  kapitel: t('search.filter.kapitel'),
  bereich: t('filters.dimension'),
  zielgruppe: t('filters.audience'),
} as const;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** One result: a link with the title, the kind and chapter, the excerpt with the matches in `<mark>`. */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'search-hit');
  const link = element('a', 'search-hit__link', hit.title);
  link.href = hit.url;
  const kind = element('p', 'search-hit__kind');
  kind.append(element('span', 'search-hit__badge', hit.kind ?? t('search.page')));
  if (hit.chapter && hit.kind !== chapterKind) kind.append(` ${hit.chapter}`);
  const excerpt = element('p', 'search-hit__excerpt');
  excerpt.append(...hit.excerpt.map((part) => (part.hit ? element('mark', '', part.text) : part.text)));
  item.append(link, kind, excerpt);
  if (hit.sections.length > 0) {
    const list = element('ul', 'search-hit__sections');
    list.setAttribute('aria-label', t('search.sections'));
    for (const section of hit.sections) {
      const a = element('a', '', section.title);
      a.href = section.url;
      const li = element('li', '');
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/**
 * „Meinten Sie „…“?“ with the corrected query as a link to the search page, which the panel
 * intercepts to search in place (`data-query`).
 */
export function renderSuggestion(panel: HTMLElement, suggestion: string): (Node | string)[] {
  const action = panel.querySelector('form')?.getAttribute('action') ?? '';
  const link = element('a', '', `„${suggestion}“`);
  link.href = `${action}?q=${encodeURIComponent(suggestion)}`;
  link.dataset['query'] = suggestion;
  const [before = '', after = ''] = t('search.didYouMean').split('{suggestion}');
  return [before, link, after];
}

/**
 * The filters as fieldsets of native checkboxes, each value with its count for the current query;
 * checked values stay listed even when the count drops to 0, so they can be unchecked. The boxes
 * belong to the search form `formId`, so submitting it (the dialog's „Alle Treffer“) carries them along.
 */
export function renderFilters(
  idPrefix: string,
  formId: string,
  counts: FilterCounts,
  selected: SelectedFilters,
): HTMLFieldSetElement[] {
  return filterNames.flatMap((name) => {
    const values = counts[name] ?? {};
    const entries = Object.entries(values).filter(([value, n]) => n > 0 || selected[name]?.includes(value));
    if (entries.length === 0) return [];
    const fieldset = element('fieldset', 'search-filter');
    fieldset.append(element('legend', 'search-filter__legend', legends[name]));
    entries.sort(([a], [b]) => a.localeCompare(b, locale));
    entries.forEach(([value, n], index) => {
      const id = `${idPrefix}-${name}-${String(index)}`;
      const input = element('input', '');
      input.type = 'checkbox';
      input.id = id;
      input.name = name;
      input.value = value;
      input.setAttribute('form', formId);
      input.checked = selected[name]?.includes(value) ?? false;
      const label = element('label', 'search-filter__option');
      label.htmlFor = id;
      label.append(input, ` ${value} `, element('span', 'search-filter__count', `(${String(n)})`));
      fieldset.append(label);
    });
    return [fieldset];
  });
}

/** The checked filter values inside `root`, by filter name. */
export function readFilters(root: HTMLElement): SelectedFilters {
  const selected: SelectedFilters = {};
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
    (selected[box.name] ??= []).push(box.value);
  return selected;
}
