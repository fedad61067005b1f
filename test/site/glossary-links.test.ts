/**
 * Glossary links on the built site, in Node: on every page each term's first use links to its entry on
 * /glossar/ and no term is linked twice; the glossary itself links none of its own terms.
 */
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../fixtures/data';
import { glossaryLinkClass } from '../../src/lib/glossary-links';
import { basePath, pageFile, sitePages } from '../e2e/site';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

interface GlossaryLink {
  href: string;
  text: string;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** The glossary links of a built page, in document order. */
function glossaryLinks(page: string): GlossaryLink[] {
  const links: GlossaryLink[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'a') {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value ?? '';
      if (attr('class').split(' ').includes(glossaryLinkClass))
        links.push({ href: attr('href'), text: textOf(node) });
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(readFileSync(pageFile(page), 'utf8')));
  return links;
}

const glossaryPage = 'glossar/';
const entryHref = (id: string) => `${basePath()}${glossaryPage}#${id}`;
const entries = loadGlossary();
const linksByPage = new Map(sitePages().map((page) => [page, glossaryLinks(page)]));

describe('glossary links', () => {
  test.each(sitePages().filter((page) => page !== glossaryPage))(
    '%s links each term at most once',
    (page) => {
      const hrefs = (linksByPage.get(page) ?? []).map((link) => link.href);
      expect(hrefs).toEqual([...new Set(hrefs)]);
      expect(hrefs.filter((href) => !entries.some((entry) => entryHref(entry.id) === href))).toEqual([]);
    },
  );

  test('the glossary does not link its own terms', () => {
    expect(linksByPage.get(glossaryPage)).toEqual([]);
  });

  test.each(entries.filter((entry) => !entry.linked).map((entry) => [entry.id]))(
    '„%s“, a word of the self-check, is linked from no page',
    (id) => {
      const pages = [...linksByPage].filter(([, links]) => links.some((link) => link.href === entryHref(id)));
      expect(pages.map(([page]) => page)).toEqual([]);
    },
  );

  test.each(entries.filter((entry) => entry.linked).map((entry) => [entry.id]))(
    '„%s“ is linked from some page',
    (id) => {
      const pages = [...linksByPage].filter(([, links]) => links.some((link) => link.href === entryHref(id)));
      expect(pages.length).toBeGreaterThan(0);
    },
  );

  test.each([
    ['leitfaden/befragung/', 'institutionelle-foerderung', 'institutionelle Förderung'],
    ['leitfaden/warum-zusammenarbeit/', 'critical-friends', 'Critical Friends'],
    ['leitfaden/vorwort/', 'kommunaler-qualitaetszirkel', 'Kommunalen Qualitätszirkels'],
    ['fuer-migrantenorganisationen/', 'house-of-resources', 'House of Resources'],
    ['einfache-sprache/', 'migrantenorganisation', 'Migranten-Organisationen'],
    ['leitfaden/bewertung/', 'asymmetrie', 'Asymmetrie'],
    ['leitfaden/bewertung/', 'hauptamt-ehrenamt', 'Hauptamt'],
    ['leitfaden/themen/', 'hearing', 'Hearings'],
    ['leitfaden/themen/', 'migrationsbeirat', 'Migrationsbeiräte'],
    ['leitfaden/schlussbetrachtung/', 'postmigrantisch', 'postmigrantischen'],
  ])('%s links „%s“ from its first use', (page, id, text) => {
    expect(linksByPage.get(page)).toContainEqual({ href: entryHref(id), text });
  });
});
