// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Why markup is never built from strings: any of these turns text into HTML, the way in for XSS. */
const htmlFromStrings =
  'builds HTML from a string. Create elements (document.createElement, textContent) or render in an .astro or Preact template.';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  {
    // Astro and MDX files are checked by `astro check`; type-aware lint rules need a TS program they lack.
    files: ['**/*.astro', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The `<script>`s of .astro files, which eslint-plugin-astro lints as virtual files: they are not
    // part of the TS program either (without this, the project service rejects them and they go unlinted).
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: `innerHTML ${htmlFromStrings}` },
        { property: 'outerHTML', message: `outerHTML ${htmlFromStrings}` },
        { property: 'insertAdjacentHTML', message: `insertAdjacentHTML ${htmlFromStrings}` },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXAttribute[name.name='dangerouslySetInnerHTML'], Property[key.name='dangerouslySetInnerHTML']",
          message: `dangerouslySetInnerHTML ${htmlFromStrings}`,
        },
      ],
      'astro/no-set-html-directive': 'error',
    },
  },
);
