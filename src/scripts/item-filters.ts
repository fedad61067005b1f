/**
 * Combined filters on the recommendation index (`<item-filters>` in `src/components/ItemIndex.astro`). Without
 * JavaScript every filter is a link to its static page. This script turns the links into checkboxes, one
 * fieldset per facet: on /empfehlungen/ the list follows them at once and the address keeps the choice
 * (`?art=empfehlung&dimension=raeume`, so it can be bookmarked and shared); on a static filter page a change
 * leads to /empfehlungen/ with that page's filter and the new one.
 */
import { formatNumber, plural } from '../i18n/translator';
import {
  byFacet,
  facetIds,
  isEmpty,
  matchesSelection,
  optionCount,
  selectionFromParams,
  selectionToParams,
  type FacetId,
  type ItemFacets,
  type KnownValues,
  type Selection,
} from '../lib/item-selection';

/** One checkbox and what it shows. */
interface Option {
  facet: FacetId;
  input: HTMLInputElement;
  /** The value's name without its count. */
  name: string;
  count: HTMLElement;
}

/** An entry of the list: its element, its filter values and the entries under it. */
interface Entry {
  element: HTMLElement;
  facets: ItemFacets;
  children: Entry[];
}

const entryOf = (element: HTMLElement): Entry => ({
  element,
  facets: byFacet((facet) => (element.dataset[facet] ?? '').split(' ')),
  children: [...element.querySelectorAll<HTMLElement>(':scope > .item__children > .item')].map(entryOf),
});

class ItemFilters extends HTMLElement {
  #options: Option[] = [];
  #legends = new Map<FacetId, string>();
  #entries: Entry[] = [];

  connectedCallback(): void {
    const nav = this.querySelector('.filters');
    if (!nav) return;
    for (const section of nav.querySelectorAll<HTMLElement>('.filters__facet')) this.#fieldset(section);
    for (const hidden of nav.querySelectorAll<HTMLElement>('.filters__combine, .filters__reset'))
      hidden.hidden = false;
    const all = nav.querySelector<HTMLAnchorElement>('.filters__all a');
    const index = all?.href ?? '';
    nav.querySelector('.filters__all')?.remove();

    if (this.dataset['index'] === undefined) {
      // A static filter page lists only its own entries: combining happens on the index page.
      this.addEventListener('change', () => {
        location.assign(`${index}?${selectionToParams(this.#chosen()).toString()}`);
      });
      return;
    }
    this.#entries = [...this.querySelectorAll<HTMLElement>('.items--index > .item')].map(entryOf);
    const known: KnownValues = byFacet((facet) =>
      this.#options.filter((option) => option.facet === facet).map((option) => option.input.value),
    );
    const selection = selectionFromParams(new URLSearchParams(location.search), known);
    for (const option of this.#options)
      option.input.checked = (selection[option.facet] ?? []).includes(option.input.value);
    this.#apply(selection, false);
    this.addEventListener('change', () => {
      this.#apply(this.#chosen(), true);
    });
    nav.querySelector('.filters__reset button')?.addEventListener('click', () => {
      for (const option of this.#options) option.input.checked = false;
      this.#apply({}, true);
    });
  }

  /** Replaces a facet's list of links by a fieldset of checkboxes. */
  #fieldset(section: HTMLElement): void {
    const facet = section.dataset['facet'] as FacetId;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'filters__facet';
    const legend = document.createElement('legend');
    legend.textContent = section.querySelector('h3')?.textContent ?? '';
    this.#legends.set(facet, legend.textContent);
    fieldset.append(legend);
    for (const link of section.querySelectorAll<HTMLAnchorElement>('a[data-value]')) {
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = facet;
      input.value = link.dataset['value'] ?? '';
      input.id = `filter-${facet}-${input.value}`;
      input.checked = link.getAttribute('aria-current') === 'page';
      const count = link.querySelector<HTMLElement>('.filters__count');
      const name = link.firstChild?.textContent?.trim() ?? '';
      const label = document.createElement('label');
      label.htmlFor = input.id;
      label.append(`${name} `, count ?? '');
      const row = document.createElement('div');
      row.className = 'filters__option';
      row.append(input, label);
      fieldset.append(row);
      if (count) this.#options.push({ facet, input, name, count });
    }
    fieldset.append(...section.querySelectorAll('.filters__common'));
    section.replaceWith(fieldset);
  }

  /** What the checkboxes choose. */
  #chosen(): Selection {
    const selection: Selection = {};
    for (const option of this.#options)
      if (option.input.checked) (selection[option.facet] ??= []).push(option.input.value);
    return selection;
  }

  /** Shows the entries the selection lists, updates counts, heading and address. */
  #apply(selection: Selection, changed: boolean): void {
    let shown = 0;
    for (const entry of this.#entries) {
      const own = matchesSelection(entry.facets, selection);
      let children = 0;
      for (const child of entry.children) {
        const match = matchesSelection(child.facets, selection);
        child.element.hidden = !match;
        if (match) children++;
      }
      // A question under a Hinweis may match while the Hinweis does not: it then stands alone.
      entry.element.hidden = !own && children === 0;
      entry.element.classList.toggle('item--context', !own && children > 0);
      shown += Number(own) + children;
    }
    const all = [...this.#entries, ...this.#entries.flatMap((entry) => entry.children)];
    for (const option of this.#options)
      option.count.textContent = `(${String(
        optionCount(
          all.map((entry) => entry.facets),
          selection,
          option.facet,
          option.input.value,
        ),
      )})`;

    const words = facetIds.flatMap((facet) => {
      const names = this.#options
        .filter((option) => option.facet === facet && option.input.checked)
        .map((option) => option.name);
      return names.length > 0 ? [`${this.#legends.get(facet) ?? facet}: ${names.join(', ')}`] : [];
    });
    const count = `${formatNumber(shown)} ${plural(shown, this.dataset['one'], this.dataset['other']) ?? ''}`;
    const filter =
      words.length > 0 ? ` – ${(this.dataset['active'] ?? '').replace('{filters}', words.join('; '))}` : '';
    this.#text('.item-index__count', count);
    this.#text('.item-index__filter', filter);
    this.#text('.item-index__status', changed ? count + filter : '');
    const none = this.querySelector<HTMLElement>('.item-index__none');
    if (none) none.hidden = shown > 0;
    const reset = this.querySelector<HTMLElement>('.filters__reset');
    if (reset) reset.hidden = isEmpty(selection);

    if (changed) {
      const query = selectionToParams(selection).toString();
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
      );
    }
  }

  #text(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element) element.textContent = text;
  }
}

customElements.define('item-filters', ItemFilters);
