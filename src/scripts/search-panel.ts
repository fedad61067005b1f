import { tSearch as t } from '../i18n/de-search';
import { count, plural } from '../i18n/translator';
import {
  filtersFromParams,
  knownFilters,
  writeFilterParams,
  type SelectedFilters,
} from '../lib/search-filters';
import { ANNOUNCE_MS, DEBOUNCE_MS } from '../lib/search-timing';
import type { SearchOutcome } from './search-engine';
import { readFilters, renderFilters, renderHit, renderSuggestion } from './search-render';

/** Results shown: each costs a fragment request; the dialog shows fewer and links to the search page. */
const LIMIT = { page: 30, dialog: 10 };

/** The search itself (Pagefind and the query side), loaded on the first query. */
const engine = () => import('./search-engine');

/**
 * Live search inside a `<search-panel>`: searches as the user types (debounced), shows the filters with
 * counts and the results, offers a corrected query („Meinten Sie …?“), and announces the outcome once
 * typing has stopped, in a visually hidden `role="status"` (the visible summary above the results is
 * not live, so a screen reader does not read every intermediate count). On the search page
 * (`data-mode="page"`) the query and the filters also live in the URL (`?q=Räume&art=Empfehlung`);
 * filter values in the URL that the index does not know are dropped and the announcement says so.
 * Nothing of search loads before there is a query (typed, or in the address of /suche/).
 */
export class SearchController {
  readonly #host: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #summary: HTMLElement;
  readonly #suggestion: HTMLElement;
  readonly #status: HTMLElement;
  readonly #filters: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #form: HTMLFormElement;
  readonly #bundle: string;
  readonly #onPage: boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;
  #selected: SelectedFilters = {};
  /** Filters just read from the URL, not yet checked against the index. */
  #unchecked = false;
  /** What the next announcement says first: filter values of the URL that were dropped. */
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
    this.#summary = find('.search-panel__status', HTMLElement);
    this.#suggestion = find('.search-panel__suggestion', HTMLElement);
    this.#status = find('[role="status"]', HTMLElement);
    this.#filters = find('.search-panel__filters', HTMLElement);
    this.#list = find('.search-hits', HTMLOListElement);
    this.#form = find('form', HTMLFormElement);
    this.#bundle = bundle;
    this.#onPage = host.dataset['mode'] === 'page';
    this.#input.addEventListener('input', () => {
      // Still typing: what was about to be announced is out of date.
      clearTimeout(this.#announceTimer);
      // Fetch search while the first word is being typed.
      if (this.#input.value.trim() !== '') this.preload();
      this.#schedule();
    });
    this.#filters.addEventListener('change', () => {
      this.#selected = readFilters(this.#filters);
      if (this.#onPage) this.#writeUrl('replace');
      void this.run();
    });
    this.#suggestion.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link) return;
      event.preventDefault();
      this.#input.value = link.dataset['query'] ?? '';
      if (this.#onPage) this.#writeUrl('push');
      this.#input.focus();
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
    host.dataset['ready'] = '';
  }

  /** Starts loading search (Pagefind, its index and the query side's data), e.g. when the dialog opens. */
  preload(): void {
    engine()
      .then(({ loadSearch }) => loadSearch(this.#bundle))
      .catch((error: unknown) => {
        console.warn('Search failed to load', error);
      });
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
      void this.run({ typing: true });
    }, DEBOUNCE_MS);
  }

  /**
   * Says `text` in the live region: at once, or after typing has paused for `ANNOUNCE_MS`, so that one
   * announcement follows a typed query instead of one per keystroke.
   */
  #announce(text: string, typing: boolean): void {
    clearTimeout(this.#announceTimer);
    const say = () => {
      if (this.#status.textContent !== text) this.#status.textContent = text;
    };
    if (typing) this.#announceTimer = setTimeout(say, ANNOUNCE_MS - DEBOUNCE_MS);
    else say();
  }

  #show(summary: string, typing: boolean, suggestion?: string): void {
    this.#summary.textContent = summary;
    this.#suggestion.replaceChildren(...(suggestion ? renderSuggestion(this.#host, suggestion) : []));
    this.#suggestion.hidden = !suggestion;
    const said = suggestion
      ? `${summary} ${t('search.didYouMean', { suggestion: `„${suggestion}“` })}`
      : summary;
    this.#announce(said, typing);
  }

  /**
   * Shows a search's outcome; announces it only if its query is still what the box holds. Typed on
   * since („R“ of „Räume“, searched while the search code loaded), the results show, but the newer
   * query's search, already scheduled, is the one to announce.
   */
  #showOutcome(query: string, summary: string, typing: boolean, suggestion?: string): void {
    if (this.#input.value.trim() === query) {
      this.#show(summary, typing, suggestion);
      return;
    }
    clearTimeout(this.#announceTimer);
    this.#summary.textContent = summary;
    this.#suggestion.replaceChildren();
    this.#suggestion.hidden = true;
  }

  /** Searches the current query and filters; a newer search makes an older one drop its outcome. */
  async run({ typing = false } = {}): Promise<void> {
    const generation = ++this.#generation;
    const query = this.#input.value.trim();
    if (query === '') {
      this.#list.replaceChildren();
      this.#filters.replaceChildren();
      this.#show(this.#onPage ? t('search.empty') : '', typing);
      return;
    }
    this.#host.setAttribute('aria-busy', 'true');
    try {
      const { search } = await engine();
      await this.#dropUnknownFilters();
      const outcome = await search(
        this.#bundle,
        query,
        this.#selected,
        this.#onPage ? LIMIT.page : LIMIT.dialog,
      );
      if (generation !== this.#generation) return;
      this.#render(outcome);
      this.#showOutcome(query, this.#notice + this.#summaryOf(outcome, query), typing, outcome.suggestion);
      this.#notice = '';
      this.#host.dataset['query'] = query;
    } catch (error) {
      console.warn('Search failed', error);
      if (generation === this.#generation) this.#show(t('search.error'), false);
    } finally {
      if (generation === this.#generation) this.#host.removeAttribute('aria-busy');
    }
  }

  #summaryOf(outcome: SearchOutcome, query: string): string {
    if (outcome.total === 0) return t('search.none', { query });
    const shown =
      outcome.total > outcome.hits.length ? t('search.shown', { shown: outcome.hits.length }) : '';
    return (
      t('search.count', { count: count(outcome.total, t('search.hitOne'), t('search.hitOther')), query }) +
      shown
    );
  }

  #render(outcome: SearchOutcome): void {
    // Re-rendering the filters must not lose the keyboard focus on the checkbox just toggled.
    const focused = this.#filters.contains(document.activeElement) ? document.activeElement : null;
    const key = focused instanceof HTMLInputElement ? `${focused.name}=${focused.value}` : '';
    this.#filters.replaceChildren(
      ...renderFilters(this.#host.id, this.#form.id, outcome.counts, this.#selected),
    );
    for (const box of this.#filters.querySelectorAll<HTMLInputElement>('input'))
      if (`${box.name}=${box.value}` === key) box.focus();
    this.#list.replaceChildren(...outcome.hits.map(renderHit));
  }

  /**
   * Checks filters read from the URL against the index once: values it does not know (a mistyped or
   * outdated link) are dropped from the search and the URL, and the next announcement reports them.
   */
  async #dropUnknownFilters(): Promise<void> {
    if (!this.#unchecked) return;
    this.#unchecked = false;
    const { availableFilters } = await engine();
    const { known, unknown } = knownFilters(this.#selected, await availableFilters(this.#bundle));
    if (unknown.length === 0) return;
    this.#selected = known;
    this.#writeUrl('replace');
    const values = unknown.map((value) => `„${value}“`).join(', ');
    this.#notice = t(plural(unknown.length, 'search.unknownFilter.one', 'search.unknownFilter.other'), {
      values,
    });
  }
}
