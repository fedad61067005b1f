// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { chartLayouts } from './src/integrations/chart-layouts.ts';
import { deployChecks } from './src/integrations/deploy-checks.ts';

/**
 * BASE_PATH lets a municipality host the site under a sub-path, e.g.
 * `BASE_PATH=/leitfaden/ npm run build`. SITE sets the absolute origin when known; only then are
 * sitemap.xml and robots.txt written. REQUIRE_CONFIG=1 fails the build while src/data/site-config.ts
 * has placeholders (for the production build).
 */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE || undefined;

export default defineConfig({
  site: site ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    preact(),
    chartLayouts(),
    deployChecks({ site, base, requireConfig: process.env.REQUIRE_CONFIG === '1' }),
  ],
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
  // Every stylesheet an external file, so every page has the same CSP (styles beside their components would
  // otherwise be inlined, each page with other hashes).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scoped styles keep the specificity their selectors have (Astro adds `:where(.astro-…)`), so a rule moved from
  // the global sheet into its component's `<style>` cascades as it did there.
  scopedStyleStrategy: 'where',
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
