// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';

/**
 * BASE_PATH lets a municipality host the site under a sub-path, e.g.
 * `BASE_PATH=/leitfaden/ npm run build`. SITE sets the absolute origin when known.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  markdown: {
    // No code blocks in the paper; Shiki's inline styles would also need a CSP exception.
    syntaxHighlight: false,
    processor: satteri({
      features: {
        // The paper's wording is reproduced verbatim: no typographic rewriting of quotes or dashes.
        smartPunctuation: false,
        gfm: {
          footnotes: { label: 'Fußnoten', backLabel: (n) => `Zurück zur Fußnote ${n}`, backContent: '↩' },
        },
      },
    }),
  },
  build: { format: 'directory' },
  vite: {
    build: {
      // Every script of ours is an external file, allowed by the CSP's 'self' (and cacheable); Astro
      // would inline small ones. Other assets keep Vite's default limit (`undefined`: 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
      ],
      // Pagefind compiles its search index reader from WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
