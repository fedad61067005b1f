import { describe, expect, test } from 'vitest';
import { glossaryLinker } from '../../src/lib/glossary-links';

const linkGlossaryTerms = glossaryLinker(
  [
    { id: 'mo', term: 'Migrantenorganisation', aliases: ['MO'], forms: [] },
    { id: 'dachverband', term: 'Dachverband', aliases: [], forms: [] },
  ],
  { href: (id) => `/glossar/#${id}`, hint: 'Begriff im Glossar erklärt' },
);

const page = (main: string, around = '') =>
  `<!DOCTYPE html><html lang="de"><head><title>T</title></head><body><header>Migrantenorganisation ${around}</header><main>${main}</main><footer>Dachverband</footer></body></html>`;
const link = (id: string, text: string) =>
  `<a href="/glossar/#${id}" class="glossary-link" aria-describedby="glossary-link-hint">${text}</a>`;
const hint = '<span id="glossary-link-hint" hidden data-pagefind-ignore>Begriff im Glossar erklärt</span>';

describe('glossaryLinker', () => {
  test('links the first use of each term in main and leaves the rest of the page as it was', () => {
    const html = page(
      '<p>Viele Migrantenorganisationen und ein Dachverband.</p><p>Jede Migrantenorganisation.</p>',
    );
    expect(linkGlossaryTerms(html)).toBe(
      page(
        `<p>Viele ${link('mo', 'Migrantenorganisationen')} und ein ${link('dachverband', 'Dachverband')}.</p><p>Jede Migrantenorganisation.</p>${hint}`,
      ),
    );
  });

  test.each([
    ['a heading', '<h2>Migrantenorganisationen</h2>'],
    ['a link', '<p><a href="/x/">Migrantenorganisationen</a></p>'],
    ['the title of a work', '<p>Siehe <cite>Migrantenorganisationen in Deutschland</cite>.</p>'],
    ['a button', '<button type="button">MO wählen</button>'],
    ['a form label', '<label for="x">Ihre Migrantenorganisation</label><input id="x">'],
    ['a disclosure summary', '<details><summary>Migrantenorganisationen</summary></details>'],
    ['a Preact island', '<astro-island uid="1"><p>Migrantenorganisationen</p></astro-island>'],
    ['chart SVG', '<svg role="img"><title>Migrantenorganisationen</title><text>MO</text></svg>'],
    ['a script', '<script>const MO = "Migrantenorganisation";</script>'],
    ['an element that opts out', '<div data-glossary="off"><p>Migrantenorganisationen</p></div>'],
    ['a breadcrumb', '<nav aria-label="Brotkrumen"><ol><li>Migrantenorganisationen</li></ol></nav>'],
  ])('does not link text in %s', (_, main) => {
    const html = page(main);
    expect(linkGlossaryTerms(html)).toBe(html);
  });

  test('does not link outside main', () => {
    const html = page('<p>Nichts.</p>', 'Dachverband');
    expect(linkGlossaryTerms(html)).toBe(html);
  });

  test('links the first use after text it skipped', () => {
    const html = page(
      '<h1>Migrantenorganisationen</h1><p>Eine <strong>Migrantenorganisation</strong> berät.</p>',
    );
    expect(linkGlossaryTerms(html)).toContain(`<strong>${link('mo', 'Migrantenorganisation')}</strong>`);
  });

  test('counts a term linked by hand anywhere on the page as used', () => {
    const html = page('<p>Jede Migrantenorganisation.</p><p><a href="/glossar/#mo">Was ist eine MO?</a></p>');
    expect(linkGlossaryTerms(html)).toBe(html);
  });

  test('keeps character references in the text as they were', () => {
    const html = page('<p>Tom &amp; Jerry, Dachverband &lt;e.V.&gt;</p>');
    expect(linkGlossaryTerms(html)).toContain(
      `<p>Tom &amp; Jerry, ${link('dachverband', 'Dachverband')} &lt;e.V.&gt;</p>`,
    );
  });

  test('leaves a page without main unchanged', () => {
    const html = '<!DOCTYPE html><html><body><p>Migrantenorganisationen</p></body></html>';
    expect(linkGlossaryTerms(html)).toBe(html);
  });
});
