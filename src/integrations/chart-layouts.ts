/**
 * Serves the container queries of the survey charts as a stylesheet, `virtual:chart-layouts.css`, written from
 * the chart layouts in `src/lib/charts/chart-layouts.ts`: the breakpoints live in one place, and the CSS is
 * bundled like any other stylesheet (an external file, under the site's one CSP). A `<style>` cannot take the
 * widths from TypeScript, since `define:vars` custom properties do not work in `@container` conditions.
 */
import type { AstroIntegration } from 'astro';
import { chartLayoutCss } from '../lib/charts/chart-layouts';

const id = 'virtual:chart-layouts.css';
/** Vite's convention for a virtual module's resolved id; it keeps the `.css` ending, so Vite bundles it as CSS. */
const resolvedId = `\0${id}`;

export function chartLayouts(): AstroIntegration {
  return {
    name: 'mo-leitfaden:chart-layouts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mo-leitfaden:chart-layouts',
                resolveId: (source) => (source === id ? resolvedId : undefined),
                load: (loaded) => (loaded === resolvedId ? chartLayoutCss() : undefined),
              },
            ],
          },
        });
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({ filename: 'chart-layouts.d.ts', content: `declare module '${id}';\n` });
      },
    },
  };
}
