import { getEntry, render } from 'astro:content';

/** Ids of the pages whose prose lives in `src/content/pages/`: each is also the page's address. */
export type ProsePageId =
  | 'barrierefreiheit'
  | 'datenschutz'
  | 'einfache-sprache'
  | 'fuer-integrationsbeauftragte'
  | 'fuer-migrantenorganisationen'
  | 'fuer-moderation'
  | 'glossar'
  | 'impressum';

/** A page's prose, rendered, and its frontmatter; fails the build if the file is missing. */
export async function getProsePage(id: ProsePageId) {
  const entry = await getEntry('pages', id);
  if (entry === undefined) throw new Error(`src/content/pages/${id}.mdx is missing`);
  const { Content } = await render(entry);
  return { Content, data: entry.data };
}
