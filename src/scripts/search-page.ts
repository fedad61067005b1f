import { count, t } from '../i18n/t';

/** The part of Pagefind's browser API the search page uses. */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}

const MAX_RESULTS = 20;
const MAX_SUB_RESULTS = 3;

/** Reads `?q=` and fills the `<search-results>` element with the Pagefind results for it. */
export async function runSearch(host: HTMLElement): Promise<void> {
  const status = host.querySelector<HTMLElement>('[role="status"]');
  const list = host.querySelector<HTMLOListElement>('ol');
  if (!status || !list) return;
  const query = new URL(location.href).searchParams.get('q')?.trim() ?? '';
  const input = document.querySelector<HTMLInputElement>('#seiten-suche');
  if (input) input.value = query;
  if (query === '') {
    status.textContent = t('search.empty');
    return;
  }
  status.textContent = t('search.loading');
  try {
    const bundle = host.dataset['bundle'] ?? '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL });
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...results.map(renderResult));
    status.textContent = `${count(search.results.length, 'Treffer', 'Treffer')} für „${query}“`;
  } catch (error) {
    console.warn('Search failed', error);
    status.textContent = t('search.error');
  }
}

function renderResult(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and wraps hits in <mark>; nothing else reaches this HTML.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
  const subs = (result.sub_results ?? []).filter((sub) => sub.url !== result.url).slice(0, MAX_SUB_RESULTS);
  if (subs.length > 0) {
    const subList = document.createElement('ul');
    for (const sub of subs) {
      const li = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      li.append(subLink);
      subList.append(li);
    }
    item.append(subList);
  }
  return item;
}
