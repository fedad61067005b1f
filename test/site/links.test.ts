/**
 * Link check of the built site, in Node without a browser (pages parsed with parse5): every internal link and
 * resource resolves to a file in `dist/` (under the base path), every `#fragment` to an id on its target
 * page, and nothing but plain links to external websites points to another origin.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { basePath, distDir, htmlFiles, notFoundFile, siteOrigin } from '../e2e/site';

/** A URL-valued attribute found in a page. */
interface Reference {
  /** The page it is on, relative to `dist/`. */
  file: string;
  tag: string;
  attribute: string;
  value: string;
  /** Whether following it is the reader's choice (a link, a form) rather than a resource the page loads. */
  navigation: boolean;
}

interface ParsedPage {
  ids: Set<string>;
  references: Reference[];
}

/** URL-valued attributes by element; `true` marks those the reader follows rather than the page loads. */
const urlAttributes: Record<string, Record<string, boolean>> = {
  a: { href: true },
  area: { href: true },
  form: { action: true },
  button: { formaction: true },
  link: { href: false },
  script: { src: false },
  img: { src: false, srcset: false },
  source: { src: false, srcset: false },
  video: { src: false, poster: false },
  audio: { src: false },
  track: { src: false },
  iframe: { src: false },
  embed: { src: false },
  object: { data: false },
  input: { src: false },
  image: { href: false, 'xlink:href': false },
  use: { href: false, 'xlink:href': false },
  // Astro's hydration script loads these modules.
  'astro-island': { 'component-url': false, 'renderer-url': false, 'before-hydration-url': false },
};

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Every element of a page in document order, parsed by parse5 as a browser would (entities decoded, comments
 * and the contents of scripts and styles not elements). Inline SVG's `<image>` keeps its name.
 */
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  // A <template>'s children live in its content fragment.
  const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

function parsePage(file: string): ParsedPage {
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  const ids = new Set<string>();
  const references: Reference[] = [];
  for (const element of elements(parse(readFileSync(file, 'utf8')))) {
    const name = element.tagName;
    // parse5 keeps a namespaced attribute's prefix apart: `xlink:href` is prefix `xlink`, name `href`.
    const attributes = new Map(
      element.attrs.map((attr) => [attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value]),
    );
    const id = attributes.get('id');
    if (id !== undefined) ids.add(id);
    if (name === 'a' && attributes.has('name')) ids.add(attributes.get('name') ?? '');

    const add = (attribute: string, value: string, navigation: boolean) => {
      references.push({ file: relative, tag: name, attribute, value: value.trim(), navigation });
    };
    for (const [attribute, navigation] of Object.entries(urlAttributes[name] ?? {})) {
      const value = attributes.get(attribute);
      if (value === undefined) continue;
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) add(attribute, url, navigation);
        }
      } else {
        add(attribute, value, navigation);
      }
    }
    if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attributes.get('content') ?? '')?.[1];
      if (target) add('content', target, true);
    }
  }
  return { ids, references };
}

const base = basePath();
const origin = siteOrigin();
const files = htmlFiles();
const parsed = new Map(
  files.map((file) => [path.relative(distDir, file).split(path.sep).join('/'), parsePage(file)]),
);
const references = [...parsed.values()].flatMap((page) => page.references);

/** The URL a file in `dist/` is served at; a page's links resolve against it. */
function urlOfFile(file: string): URL {
  const served =
    file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(base + served, origin);
}

function describeReference(reference: Reference): string {
  return `${reference.file}: <${reference.tag} ${reference.attribute}="${reference.value}">`;
}

/** Schemes that leave the web (mail, phone); not checked. */
const ignoredSchemes = new Set(['mailto:', 'tel:']);

/** What is wrong with an internal reference, or null if it resolves. */
function checkInternal(url: URL): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return `undecodable path ${url.pathname}`;
  }
  if (!pathname.startsWith(base)) return `${pathname} is outside the base path ${base}`;
  const rest = pathname.slice(base.length);
  const target = path.join(distDir, ...rest.split('/').filter(Boolean));
  let page: string;
  if (rest === '' || rest.endsWith('/')) {
    page = path.join(target, 'index.html');
    if (!existsSync(page)) return `no page at ${pathname} (dist/${path.relative(distDir, page)} is missing)`;
  } else if (existsSync(target) && statSync(target).isDirectory()) {
    return `${pathname} is a folder: link to ${pathname}/ (trailing slash)`;
  } else if (existsSync(target)) {
    page = target;
  } else {
    return `no file at ${pathname} (dist/${path.relative(distDir, target)} is missing)`;
  }

  const fragment = url.hash.slice(1);
  if (fragment === '' || fragment === 'top') return null;
  const targetPage = parsed.get(path.relative(distDir, page).split(path.sep).join('/'));
  if (!targetPage) return `#${fragment} points into ${pathname}, which is not an HTML page`;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `undecodable fragment #${fragment}`;
  }
  return targetPage.ids.has(id) ? null : `${pathname} has no element with id="${id}"`;
}

describe('links in the built site', () => {
  test('the site has pages with links to check', () => {
    expect(files.length, 'HTML files in dist/').toBeGreaterThan(1);
    expect(references.filter((reference) => reference.tag === 'a').length).toBeGreaterThan(files.length);
  });

  test('every internal link and resource resolves to a file, and every #fragment to an id', () => {
    const broken: string[] = [];
    for (const reference of references) {
      if (reference.value === '') {
        if (reference.tag !== 'form') broken.push(`${describeReference(reference)} → empty URL`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(reference.value, urlOfFile(reference.file));
      } catch {
        broken.push(`${describeReference(reference)} → not a valid URL`);
        continue;
      }
      if (ignoredSchemes.has(url.protocol) || url.protocol === 'data:') continue;
      if (url.protocol === 'javascript:') {
        broken.push(`${describeReference(reference)} → javascript: URL`);
        continue;
      }
      if (url.origin !== origin) continue;
      const problem = checkInternal(url);
      if (problem) broken.push(`${describeReference(reference)} → ${problem}`);
    }
    expect(broken).toEqual([]);
  });

  test('nothing but links to external websites points to another origin', () => {
    const foreign = references.filter((reference) => {
      if (reference.navigation && reference.tag !== 'form' && reference.tag !== 'button') return false;
      try {
        const url = new URL(reference.value, urlOfFile(reference.file));
        if (ignoredSchemes.has(url.protocol) || url.protocol === 'data:') return false;
        return url.origin !== origin;
      } catch {
        return false;
      }
    });
    expect(foreign.map(describeReference), 'resources, forms or <link href> on another origin').toEqual([]);
  });

  test('the 404 page links by absolute path, so its links work at any URL', () => {
    const notFound = path.relative(distDir, notFoundFile);
    // A missing page must fail here rather than pass with nothing checked.
    expect(parsed.has(notFound), `dist/${notFound}, built from src/pages/404.astro`).toBe(true);
    const relative = references.filter(
      (reference) =>
        reference.file === notFound &&
        reference.value !== '' &&
        !reference.value.startsWith('#') &&
        !reference.value.startsWith('/') &&
        !/^[a-z][a-z0-9+.-]*:/i.test(reference.value),
    );
    expect(relative.map(describeReference)).toEqual([]);
  });
});
