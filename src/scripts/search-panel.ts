import { count, t } from '../i18n/t';
import {
  filtersFromParams,
  knownFilters,
  writeFilterParams,
  type SelectedFilters,
} from '../lib/search-filters';
import { DEBOUNCE_MS } from '../lib/search-query';
import { availableFilters, loadPagefind, search } from './search-engine';
import { readFilters, renderFilters, renderHit } from './search-render';

/** Results shown: each costs a fragment request; the dialog shows fewer and links to the search page. */
const LIMIT = { page: 30, dialog: 10 };

/**
 * Live search inside a `<search-panel>`: searches as the user types (debounced), shows the filters with
 * counts, announces the number of results in the panel's `role="status"` and renders the results as a
 * list of links. On the search page (`data-mode="page"`) the query and the filters also live in the URL
 * (`?q=Räume&art=Empfehlung`); filter values in the URL that the index does not know are dropped and
 * the status says so.
 */
export class SearchController {
  readonly #host: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #filters: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #form: HTMLFormElement;
  readonly #bundle: string;
  readonly #onPage: boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;
  #selected: SelectedFilters = {};
  /** Filters just read from the URL, not yet checked against the index. */
  #unchecked = false;
  /** What the next status announces first: filter values of the URL that were dropped. */
  #notice = '';

  constructor(host: HTMLElement) {
    const find = <T extends Element>(selector: string, type: new () => T): T => {
      const found = host.querySelector(selector);
      if (!(found instanceof type)) throw new Error(`<search-panel> lacks ${selector}`);
      return found;
    };
    // SearchPanel.astro always sets both; the id prefixes the ids of the filter checkboxes.
    const bundle = host.dataset['bundle'];
    if (!bundle || !host.id) throw new Error('<search-panel> lacks its id or data-bundle');
    this.#host = host;
    this.#input = find('input[name="q"]', HTMLInputElement);
    this.#status = find('[role="status"]', HTMLElement);
    this.#filters = find('.search-panel__filters', HTMLElement);
    this.#list = find('.search-hits', HTMLOListElement);
    this.#form = find('form', HTMLFormElement);
    this.#bundle = bundle;
    this.#onPage = host.dataset['mode'] === 'page';
    this.#input.addEventListener('input', () => {
      this.#schedule();
    });
    this.#filters.addEventListener('change', () => {
      this.#selected = readFilters(this.#filters);
      if (this.#onPage) this.#writeUrl('replace');
      void this.run();
    });
    if (this.#onPage) {
      this.#form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#writeUrl('push');
        void this.run();
      });
      window.addEventListener('popstate', () => {
        this.#readUrl();
        void this.run();
      });
      this.#readUrl();
    }
    // Search is open: fetch Pagefind and its index while the user types the first word.
    loadPagefind(this.#bundle).catch((error: unknown) => {
      console.warn('Search failed to load', error);
    });
    host.dataset['ready'] = '';
  }

  /** Puts the cursor in the search box. */
  focus(): void {
    this.#input.focus();
  }

  #readUrl(): void {
    const params = new URL(location.href).searchParams;
    this.#input.value = params.get('q') ?? '';
    this.#selected = filtersFromParams(params);
    this.#unchecked = true;
  }

  #writeUrl(how: 'push' | 'replace'): void {
    const url = new URL(location.href);
    const query = this.#input.value.trim();
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    writeFilterParams(url.searchParams, this.#selected);
    if (url.href === location.href) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#onPage) this.#writeUrl('replace');
      void this.run();
    }, DEBOUNCE_MS);
  }

  /** Searches the current query and filters; a newer search makes an older one drop its outcome. */
  async run(): Promise<void> {
    const generation = ++this.#generation;
    const query = this.#input.value.trim();
    if (query === '') {
      this.#list.replaceChildren();
      this.#filters.replaceChildren();
      this.#status.textContent = this.#onPage ? t('search.empty') : '';
      return;
    }
    this.#host.setAttribute('aria-busy', 'true');
    try {
      await this.#dropUnknownFilters();
      const outcome = await search(
        this.#bundle,
        query,
        this.#selected,
        this.#onPage ? LIMIT.page : LIMIT.dialog,
      );
      if (generation !== this.#generation) return;
      // Re-rendering the filters must not lose the keyboard focus on the checkbox just toggled.
      const focused = this.#filters.contains(document.activeElement) ? document.activeElement : null;
      const key = focused instanceof HTMLInputElement ? `${focused.name}=${focused.value}` : '';
      this.#filters.replaceChildren(
        ...renderFilters(this.#host.id, this.#form.id, outcome.counts, this.#selected),
      );
      for (const box of this.#filters.querySelectorAll<HTMLInputElement>('input'))
        if (`${box.name}=${box.value}` === key) box.focus();
      this.#list.replaceChildren(...outcome.hits.map(renderHit));
      this.#status.textContent =
        this.#notice +
        (outcome.total === 0
          ? t('search.none', { query })
          : t('search.count', { count: count(outcome.total, 'Treffer', 'Treffer'), query }) +
            (outcome.total > outcome.hits.length ? t('search.shown', { shown: outcome.hits.length }) : ''));
      this.#notice = '';
      this.#host.dataset['query'] = outcome.query;
    } catch (error) {
      console.warn('Search failed', error);
      if (generation === this.#generation) this.#status.textContent = t('search.error');
    } finally {
      if (generation === this.#generation) this.#host.removeAttribute('aria-busy');
    }
  }

  /**
   * Checks filters read from the URL against the index once: values it does not know (a mistyped or
   * outdated link) are dropped from the search and the URL, and the next status reports them.
   */
  async #dropUnknownFilters(): Promise<void> {
    if (!this.#unchecked) return;
    this.#unchecked = false;
    const { known, unknown } = knownFilters(this.#selected, await availableFilters(this.#bundle));
    if (unknown.length === 0) return;
    this.#selected = known;
    this.#writeUrl('replace');
    const values = unknown.map((value) => `„${value}“`).join(', ');
    this.#notice = t(unknown.length === 1 ? 'search.unknownFilter.one' : 'search.unknownFilter.other', {
      values,
    });
  }
}
