/**
 * Links the first use of each glossary term on a page to its entry. Works on the page's finished HTML
 * (see `src/middleware.ts`), so chapter text from MDX and item text from YAML are treated alike and the
 * content files keep the paper's wording untouched.
 *
 * Only text inside `<main>` is linked, and never text in places where a link would be wrong or would
 * break something: existing links and buttons, headings, titles of works, form labels, disclosure
 * summaries, chart SVG, code, and Preact islands (the browser would replace their server HTML when it
 * hydrates them). Any element can opt out with `data-glossary="off"`. A term already linked by hand to its entry
 * counts as used. Everything else of the page stays byte for byte as it was.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { termMatcher, type GlossaryTerm, type TermMatch } from './glossary-terms';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose text is never linked. */
const skippedElements = new Set([
  'a',
  'abbr',
  'astro-island',
  'button',
  'cite',
  'code',
  'dfn',
  'dialog',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'kbd',
  'label',
  'legend',
  'mark',
  'nav',
  'option',
  'pre',
  'samp',
  'script',
  'select',
  'style',
  'summary',
  'svg',
  'template',
  'textarea',
]);

/** How the links look and where they point. */
export interface GlossaryLinkOptions {
  /** The URL of a term's entry, e.g. `/glossar/#dachverband`. */
  href: (id: string) => string;
  /** Text that screen readers announce as each link's description („Begriff im Glossar erklärt“). */
  hint: string;
}

export const glossaryLinkClass = 'glossary-link';
const hintId = 'glossary-link-hint';

const isElement = (node: Node): node is Element => 'tagName' in node;
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function children(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

function findMain(node: Node): Element | undefined {
  if (isElement(node) && node.tagName === 'main') return node;
  for (const child of children(node)) {
    const main = findMain(child);
    if (main) return main;
  }
  return undefined;
}

/** Calls `visit` for every element and every linkable text node under `node`, in document order. */
function walk(
  node: Node,
  visit: { element: (el: Element) => void; text: (start: number, end: number) => void },
) {
  for (const child of children(node)) {
    if (isElement(child)) {
      visit.element(child);
      const optedOut = child.attrs.some((attr) => attr.name === 'data-glossary' && attr.value === 'off');
      if (!skippedElements.has(child.tagName) && !optedOut) walk(child, visit);
    } else if (child.nodeName === '#text' && child.sourceCodeLocation) {
      visit.text(child.sourceCodeLocation.startOffset, child.sourceCodeLocation.endOffset);
    }
  }
}

/** Returns a function that adds glossary links to a page's HTML. */
export function glossaryLinker(terms: readonly GlossaryTerm[], options: GlossaryLinkOptions) {
  const findTerms = termMatcher(terms);
  const anchors = new Map(terms.map((term) => [options.href(term.id), term.id]));

  return function linkGlossaryTerms(html: string): string {
    const main = findMain(parse(html, { sourceCodeLocationInfo: true }));
    const closing = main?.sourceCodeLocation?.endTag?.startOffset;
    if (!main || closing === undefined) return html;

    // First the terms already linked by hand, anywhere on the page; then the first use of each other term.
    const linked = new Set<string>();
    const texts: [start: number, end: number][] = [];
    walk(main, {
      element(el) {
        const href = el.tagName === 'a' ? el.attrs.find((attr) => attr.name === 'href')?.value : undefined;
        const id = href === undefined ? undefined : anchors.get(href);
        if (id) linked.add(id);
      },
      text: (start, end) => texts.push([start, end]),
    });
    const uses: TermMatch[] = [];
    for (const [start, end] of texts) {
      // Offsets are into the source; a text node that parse5 moved (e.g. out of a table) is left alone.
      const source = html.slice(start, end);
      if (source.includes('<')) continue;
      for (const use of findTerms(source, linked)) {
        linked.add(use.id);
        uses.push({ ...use, start: start + use.start, end: start + use.end });
      }
    }
    if (uses.length === 0) return html;

    const hint = `<span id="${hintId}" hidden data-pagefind-ignore>${escapeText(options.hint)}</span>`;
    let result = html.slice(0, closing) + hint + html.slice(closing);
    for (const use of [...uses].reverse()) {
      const href = escapeAttribute(options.href(use.id));
      const link = `<a href="${href}" class="${glossaryLinkClass}" aria-describedby="${hintId}">`;
      result =
        result.slice(0, use.start) + link + result.slice(use.start, use.end) + '</a>' + result.slice(use.end);
    }
    return result;
  };
}
